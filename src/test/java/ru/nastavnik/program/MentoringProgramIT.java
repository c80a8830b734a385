package ru.nastavnik.program;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.calendar.ProductionCalendar;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.notification.NotificationRepository;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.MentoringPairRepository;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.reporting.KeptSums;
import ru.nastavnik.reporting.ReportingSumsKeeper;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonRepository;

/**
 * The work of a pair formed from the demo data, through the engine REST as Tasklist uses it
 * (submit-form): the program drafted, returned (the rework opens filled with the draft) and
 * approved, the self-assessments, the meetings held on the dates the mentor enters or cancelled
 * with a reason, with the feedback of both sides due from the held date (one of them missed and
 * given late), the reports, the curator's assessment and the director's reward decision, the
 * request following its pair; and the curator's early end of another pair, which sends the mentee
 * back to the search for a mentor, where the curator sees why earlier pairs failed and excludes
 * a mentor from the request's candidates.
 */
class MentoringProgramIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FILE_REQUEST = "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form";
  private static final ZoneId KHANTY_MANSIYSK = ZoneId.of("Asia/Yekaterinburg");
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired MentoringPairRepository pairs;
  @Autowired MentoringProgramRepository programs;
  @Autowired MentorProfileRepository mentors;
  @Autowired PersonRepository people;
  @Autowired NotificationRepository notifications;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;
  @Autowired ReportingSumsKeeper sums;

  private final LocalDate today = LocalDate.now(KHANTY_MANSIYSK);

  // --- helpers -------------------------------------------------------------------------------

  private Task programTask(long pairId, String taskKey) {
    return taskService.createTaskQuery().processDefinitionKey(MentoringProgramProcess.ID)
        .processInstanceBusinessKey(String.valueOf(pairId)).taskDefinitionKey(taskKey).singleResult();
  }

  private String ru(int days) {
    return today.plusDays(days).format(RU);
  }

  private String iso(int days) {
    return today.plusDays(days).toString();
  }

  private Map<String, Object> program(int acquaintance, String workingMeetings, int finalMeeting, int months) {
    return vars("goals", "Освоить формирующее оценивание и цифровые инструменты урока",
        "tasks", "Посетить уроки наставника; провести открытый урок; составить банк заданий",
        "plannedResults", "Открытый урок с формирующим оцениванием; рост самооценки по затруднениям",
        "durationMonths", months, "acquaintanceDate", iso(acquaintance), "trialDate", iso(acquaintance + 7),
        "planningDate", iso(acquaintance + 14), "workingMeetings", workingMeetings, "finalDate", iso(finalMeeting));
  }

  private long pairIdOf(String processInstanceId) {
    return (Long) historyService.createHistoricVariableInstanceQuery().variableName("pairId")
        .processInstanceId(processInstanceId).singleResult().getValue();
  }

  /**
   * From the mentee's request (filed by the curator for them) to the director's order, as in
   * pair formation; returns the pair id once its program process has created the draft task.
   */
  private long formPair(String curator, String director, String menteeLogin, String mentorLogin) throws Exception {
    ResponseEntity<String> filed = post(curator, FILE_REQUEST, Map.of("variables", Map.of(
        "menteeLogin", variable(menteeLogin, "String"),
        "difficulties", variable("[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]", "Json"),
        "otherDifficulty", variable("Выступления на педагогическом совете", "String"),
        "subject", variable("математика", "String"), "desiredForm", variable("TRADITIONAL", "String"))));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String requestInstance = JSON.readTree(filed.getBody()).get("id").asText();
    Long requestId = (Long) runtimeService.getVariable(requestInstance, "requestId");
    submitOk(curator, taskService.createTaskQuery().processInstanceId(requestInstance).singleResult(),
        vars("decision", "ACCEPT"));

    Task choose = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    long mentorProfile = mentors.findByPersonId(people.findByLogin(mentorLogin).orElseThrow().getId()).orElseThrow().getId();
    submitOk(curator, choose, vars("mentorProfileId", String.valueOf(mentorProfile)));
    submitOk(mentorLogin, awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms"), vars("accepted", "true"));
    submitOk(menteeLogin, awaitTask("PairFormationProcess", requestId, "UserTask_MenteeConfirms"), vars("accepted", "true"));
    Task order = awaitTask("PairFormationProcess", requestId, "UserTask_IssueOrder");
    submitOk(director, order, vars("orderNumber", "77-о", "orderDate", today.toString()));

    long pairId = pairIdOf(order.getProcessInstanceId());
    assertThat(pairs.findById(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.ACTIVE);
    awaitTask(MentoringProgramProcess.ID, pairId, "UserTask_DraftProgram");
    return pairId;
  }

  /** A new teacher of a demo school with a login, the personal-data consent and the demo password. */
  private void newMentee(String curator, String school, String login, String fullName) throws Exception {
    long schoolId = 0;
    for (JsonNode o : JSON.readTree(as(curator).getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(school)) schoolId = o.get("id").asLong();
    }
    ResponseEntity<String> created = post(curator, "/api/people", Map.of("organizationId", schoolId, "fullName", fullName,
        "experienceYears", 1, "subjects", List.of("Математика"), "login", login, "roles", List.of("MENTEE")));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long personId = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(post(curator, "/api/people/" + personId + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", fullName, "givenByRelation", "SELF")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    accounts.setPassword(login, DEMO_PASSWORD);
  }

  /** The request as the bank of mentees lists it (GET /api/organizations/{id}/requests). */
  private JsonNode requestInBank(String curator, long pairId) throws Exception {
    MentoringPair pair = pairs.findDetailedById(pairId).orElseThrow();
    ResponseEntity<String> response = as(curator).getForEntity("/api/organizations/" + pair.getOrganization().getId()
        + "/requests", String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    for (JsonNode request : JSON.readTree(response.getBody())) {
      if (request.get("id").asLong() == pair.getRequest().getId()) {
        return request;
      }
    }
    throw new AssertionError("Запрос пары № " + pairId + " не найден в банке наставляемых");
  }

  private JsonNode programOfPair(String login, long pairId) throws Exception {
    ResponseEntity<String> response = as(login).getForEntity("/api/programs?pairId=" + pairId, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(response.getBody());
  }

  private Job timer(Task feedbackTask, String boundaryEvent) {
    return managementService.createJobQuery().processInstanceId(feedbackTask.getProcessInstanceId())
        .activityId(boundaryEvent).singleResult();
  }

  // --- tests ---------------------------------------------------------------------------------

  @Test
  void aPairFormedFromTheDemoDataRunsItsProgramToCompletion() throws Exception {
    long pairId = formPair("curator3", "director3", "mentee3b", "mentor3a");

    // The mentee's confirmation is her consent to mentoring, given by herself; her request is now «в паре».
    long menteeId = people.findByLogin("mentee3b").orElseThrow().getId();
    JsonNode consents = JSON.readTree(as("curator3").getForEntity("/api/people/" + menteeId + "/consents", String.class).getBody());
    assertThat(consents).anySatisfy(consent -> {
      assertThat(consent.get("kind").asText()).isEqualTo("MENTORING_DUTIES");
      assertThat(consent.get("kindTitle").asText()).isEqualTo("Согласие на участие в наставничестве");
      assertThat(consent.get("givenByRelation").asText()).isEqualTo("SELF");
      assertThat(consent.get("givenBy").asText()).isEqualTo(people.findByLogin("mentee3b").orElseThrow().getFullName());
      assertThat(consent.get("document").asText()).isEqualTo("Подтверждение участия в наставнической паре № " + pairId);
      assertThat(consent.get("valid").asBoolean()).isTrue();
    });
    assertThat(requestInBank("curator3", pairId).get("status").asText()).isEqualTo("IN_PAIR");
    assertThat(requestInBank("curator3", pairId).get("statusTitle").asText()).isEqualTo("В паре: закреплён приказом");
    // The figures' kept sums followed the pair in the same transaction: the request is served, the mentee has a mentor.
    assertThat(KeptSums.ofPair(jdbc, pairId)).isEqualTo(new KeptSums.Flags(true, true));

    // 1. The mentor drafts the program; the server checks the meeting plan and says what is wrong.
    Task draft = programTask(pairId, "UserTask_DraftProgram");
    assertThat(draft.getAssignee()).isEqualTo("mentor3a");
    assertThat(draft.getName()).startsWith("Составить программу наставничества — пара № " + pairId + ": наставник");
    assertThat((String) taskService.getVariableLocal(draft.getId(), "programSummary"))
        .contains("Оценивание образовательных результатов").contains("Выступления на педагогическом совете");
    String working = ru(21) + " Анализ открытого урока\n\n" + ru(28) + " — Формирующее оценивание на практике";
    submitRefused("mentor3a", draft, program(-1, working, 60, 3), "Встреча-знакомство: дата " + ru(-1) + " уже прошла");
    submitRefused("mentor3a", draft, program(0, ru(21) + " Анализ урока\nАнализ урока без даты", 60, 3),
        "Рабочие встречи, строка 2");
    submitRefused("mentor3a", draft, program(0, ru(21) + " Анализ урока\n31.02.2030 Итоги", 60, 3),
        "Рабочие встречи, строка 2: даты 31.02.2030 не существует");
    submitRefused("mentor3a", draft, program(0, ru(10) + " Анализ урока", 60, 3),
        "Рабочая встреча в строке 1: дата " + ru(10) + " раньше предыдущей встречи (встреча-планирование, " + ru(14) + ")");
    submitRefused("mentor3a", draft, program(0, working, 200, 3), "Итоговая встреча " + ru(200) + " выходит за срок программы");
    submitRefused("mentor3a", draft, program(0, working, 60, 13), "от 3 до 12");
    MentoringProgram stored = programs.findDetailedByPairId(pairId).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(ProgramStatus.DRAFT);
    assertThat(stored.getGoals()).isNull();
    submitOk("mentor3a", draft, program(0, working, 60, 3));

    // The curator returns it with a comment (a comment is required), the mentor corrects it, the curator approves.
    Task review = programTask(pairId, "UserTask_ReviewProgram");
    submitRefused("curator3", review, vars("programDecision", "RETURN"), "Напишите наставнику, что нужно доработать");
    submitOk("curator3", review, vars("programDecision", "RETURN", "reviewComment", "Добавьте встречу по работе с родителями"));
    Task correct = programTask(pairId, "UserTask_CorrectProgram");
    assertThat(correct.getAssignee()).isEqualTo("mentor3a");
    assertThat((String) taskService.getVariableLocal(correct.getId(), "programSummary"))
        .contains("Добавьте встречу по работе с родителями");
    // The rework form opens with the program as drafted: Tasklist fills its fields from these variables.
    JsonNode prefilled = JSON.readTree(as("mentor3a").getForEntity("/engine-rest/task/" + correct.getId()
        + "/form-variables", String.class).getBody());
    assertThat(prefilled.get("goals").get("value").asText()).isEqualTo("Освоить формирующее оценивание и цифровые инструменты урока");
    assertThat(prefilled.get("tasks").get("value").asText()).startsWith("Посетить уроки наставника");
    assertThat(prefilled.get("plannedResults").get("value").asText()).startsWith("Открытый урок");
    assertThat(prefilled.get("durationMonths").get("value").asInt()).isEqualTo(3);
    assertThat(prefilled.get("acquaintanceDate").get("value").asText()).isEqualTo(iso(0));
    assertThat(prefilled.get("trialDate").get("value").asText()).isEqualTo(iso(7));
    assertThat(prefilled.get("planningDate").get("value").asText()).isEqualTo(iso(14));
    assertThat(prefilled.get("finalDate").get("value").asText()).isEqualTo(iso(60));
    assertThat(prefilled.get("workingMeetings").get("value").asText())
        .isEqualTo(ru(21) + " Анализ открытого урока\n" + ru(28) + " Формирующее оценивание на практике");
    // The mentor changes only the working meetings; what he left as drafted is kept.
    submitOk("mentor3a", correct, vars("workingMeetings", working + "\n" + ru(35) + " Работа с родителями"));
    JsonNode corrected = programOfPair("curator3", pairId);
    assertThat(corrected.get("goals").asText()).isEqualTo("Освоить формирующее оценивание и цифровые инструменты урока");
    assertThat(corrected.get("meetings")).hasSize(7);
    assertThat(corrected.get("meetings").get(5).get("topic").asText()).isEqualTo("Работа с родителями");
    submitOk("curator3", programTask(pairId, "UserTask_ReviewProgram"), vars("programDecision", "APPROVE"));
    assertThat(runtimeService.createVariableInstanceQuery().variableName("goals").count()).isZero();

    // 2. The entry self-assessment: a score 1–10 for every difficulty of the request.
    Task entry = programTask(pairId, "UserTask_EntrySurvey");
    assertThat(entry.getAssignee()).isEqualTo("mentee3b");
    assertThat(((SpinJsonNode) taskService.getVariableLocal(entry.getId(), "difficulties")).elements())
        .extracting(SpinJsonNode::stringValue).containsExactly("ASSESSMENT", "DIGITAL_TOOLS", "OTHER");
    submitRefused("mentee3b", entry, vars("score_ASSESSMENT", 3, "score_DIGITAL_TOOLS", 4),
        "Оцените по шкале от 1 до 10: «Выступления на педагогическом совете»");
    submitRefused("mentee3b", entry, vars("score_ASSESSMENT", 3, "score_DIGITAL_TOOLS", 4, "score_OTHER", 11),
        "оценка — целое число от 1 до 10");
    submitOk("mentee3b", entry, vars("score_ASSESSMENT", 3, "score_DIGITAL_TOOLS", 4, "score_OTHER", 2));
    // Five user tasks later the department and the coordinators of the municipality still hold one read grant each
    // on the program's instance (granted at its first task, never again), and nobody else was granted it.
    assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
        .resourceId(entry.getProcessInstanceId()).list())
        .extracting(Authorization::getGroupId).containsExactlyInAnyOrder("managers-khm", "coordinators-khm");

    // 3. The meetings in order, each due at the end of its planned day in Khanty-Mansiysk; held on the date the
    // mentor enters (not in the future, not before the approval), the feedback due three working days after it.
    List<LocalDate> planned = List.of(today, today.plusDays(7), today.plusDays(14), today.plusDays(21), today.plusDays(28),
        today.plusDays(35), today.plusDays(60));
    Date feedbackDue = Date.from(WorkingDays.endOfDay(ProductionCalendar.standard().plusWorkingDays(today, 3), KHANTY_MANSIYSK));
    for (int n = 1; n <= planned.size(); n++) {
      Task hold = programTask(pairId, "UserTask_HoldMeeting");
      assertThat(hold.getAssignee()).isEqualTo("mentor3a");
      assertThat(hold.getName()).contains("встреча " + n + " из 7");
      assertThat(hold.getDueDate()).isEqualTo(Date.from(WorkingDays.endOfDay(planned.get(n - 1), KHANTY_MANSIYSK)));
      String notes = "Встреча " + n + ": обсудили план и договорились о следующих шагах";
      if (n == 1) {
        assertThat(hold.getName()).startsWith("Провести встречу — встреча 1 из 7: встреча-знакомство, " + ru(0));
        assertThat((String) taskService.getVariableLocal(hold.getId(), "meetingInfo"))
            .contains("укажите, когда встреча прошла на самом деле — не раньше " + ru(0) + " и не в будущем");
        submitRefused("mentor3a", hold, vars("meetingOutcome", "HELD", "meetingNotes", notes), "Укажите дату, когда прошла встреча");
        submitRefused("mentor3a", hold, vars("meetingOutcome", "HELD", "heldOn", iso(1), "meetingNotes", notes),
            "Дата встречи " + ru(1) + " ещё не наступила");
        submitRefused("mentor3a", hold, vars("meetingOutcome", "HELD", "heldOn", iso(-1), "meetingNotes", notes),
            "Дата встречи " + ru(-1) + " раньше, чем утверждена программа (" + ru(0) + ")");
        submitRefused("mentor3a", hold, vars("meetingOutcome", "HELD", "heldOn", iso(0), "meetingNotes", " "),
            "Кратко опишите, как прошла встреча");
        submitRefused("mentor3a", hold, vars("meetingOutcome", "CANCELLED", "cancelReason", " "), "Укажите причину отмены встречи");
      }
      if (n == 2) {
        // The trial meeting does not take place: cancelled with a reason, no feedback is owed, the plan goes on.
        submitOk("mentor3a", hold, vars("meetingOutcome", "CANCELLED", "cancelReason", "Наставляемая на больничном"));
        assertThat(programTask(pairId, "UserTask_MentorFeedback")).isNull();
        continue;
      }
      submitOk("mentor3a", hold, vars("meetingOutcome", "HELD", "heldOn", iso(0), "meetingNotes", notes));
      Task mentorFeedback = programTask(pairId, "UserTask_MentorFeedback");
      Task menteeFeedback = programTask(pairId, "UserTask_MenteeFeedback");
      assertThat(menteeFeedback.getAssignee()).isEqualTo("mentee3b");
      assertThat(menteeFeedback.getDueDate()).isEqualTo(feedbackDue);
      assertThat(mentorFeedback.getDueDate()).isEqualTo(feedbackDue);
      assertThat((String) taskService.getVariableLocal(menteeFeedback.getId(), "meetingInfo"))
          .contains("**Проведена:** " + ru(0))
          .contains("**Обратная связь — до:** " + ProductionCalendar.standard().plusWorkingDays(today, 3).format(RU) + " 23:59");
      if (n == 1) {
        submitRefused("mentor3a", mentorFeedback, vars("feedbackRating", 11, "feedbackComment", "Хорошо"),
            "Оценка встречи: оценка — целое число от 1 до 10");
      }
      submitOk("mentor3a", mentorFeedback, vars("feedbackRating", 8, "feedbackComment", "Наставляемый подготовился"));
      if (n == 1) {
        // The mentee is silent: past the due date a reminder, two days later the curators are told.
        assertThat(timer(menteeFeedback, "BoundaryEvent_MenteeFeedbackOverdue").getDuedate()).isEqualTo(feedbackDue);
        assertThat(timer(menteeFeedback, "BoundaryEvent_MenteeFeedbackMissed").getDuedate())
            .isEqualTo(Date.from(feedbackDue.toInstant().plus(java.time.Duration.ofDays(2))));
        managementService.executeJob(timer(menteeFeedback, "BoundaryEvent_MenteeFeedbackOverdue").getId());
        awaitAsyncSteps(menteeFeedback.getProcessInstanceId());
        managementService.executeJob(timer(menteeFeedback, "BoundaryEvent_MenteeFeedbackMissed").getId());
        awaitAsyncSteps(menteeFeedback.getProcessInstanceId());
        assertThat(isOpen(menteeFeedback)).isTrue();
        assertThat(notifications.findByRecipientGroupOrderByCreatedAtDesc("curators-khm-sch3"))
            .anySatisfy(mail -> assertThat(mail.getSubject()).isEqualTo("Нет обратной связи о встрече наставнической пары"));
        assertThat(notifications.findByRecipientGroupOrderByCreatedAtDesc("mentee3b"))
            .anySatisfy(mail -> assertThat(mail.getSubject()).startsWith("Напоминание: обратная связь о встрече"));
        JsonNode missed = JSON.readTree(as("curator3").getForEntity("/api/programs/missed-feedback?organizationId="
            + pairs.findDetailedById(pairId).orElseThrow().getOrganization().getId(), String.class).getBody());
        assertThat(missed).anySatisfy(item -> {
          assertThat(item.get("pairId").asLong()).isEqualTo(pairId);
          assertThat(item.get("author").asText()).isEqualTo("MENTEE");
          assertThat(item.has("submittedAt")).isFalse();
        });
        assertThat(programOfPair("curator3", pairId).get("meetings").get(0).get("feedback"))
            .anySatisfy(f -> assertThat(f.get("state").asText()).isEqualTo("пропущен, передан куратору"));
      }
      submitOk("mentee3b", menteeFeedback, vars("feedbackRating", 9, "feedbackComment", "Полезно"));
    }

    // 5. Completion: final self-assessment, both reports, the curator's assessment, the director's reward decision.
    Task finalSurvey = programTask(pairId, "UserTask_FinalSurvey");
    assertThat((String) taskService.getVariableLocal(finalSurvey.getId(), "surveyItems")).contains("в начале программы: 3");
    submitOk("mentee3b", finalSurvey, vars("score_ASSESSMENT", 7, "score_DIGITAL_TOOLS", 6, "score_OTHER", 5));
    Task menteeReport = programTask(pairId, "UserTask_MenteeReport");
    submitRefused("mentee3b", menteeReport, vars("reflection", "Стала увереннее"), "Напишите отчёт о реализации программы");
    submitOk("mentee3b", menteeReport, vars("reflection", "Стала увереннее", "report", "Провела открытый урок"));
    submitOk("mentor3a", programTask(pairId, "UserTask_MentorReport"),
        vars("reflection", "Научился давать обратную связь", "report", "Задачи программы выполнены"));
    Task assess = programTask(pairId, "UserTask_AssessProgram");
    assertThat((String) taskService.getVariableLocal(assess.getId(), "programSummary"))
        .contains("1. " + ru(0) + " — Встреча-знакомство (проведена " + ru(0) + ";")
        .contains("2. " + ru(7) + " — Пробная встреча (отменена: Наставляемая на больничном)");
    Map<String, Object> assessment = vars("assessment", "Цели достигнуты", "assessmentRating", 9,
        "finalEventKind", "OTHER", "finalEventDate", today.toString(), "goodPractice", true, "rewardProposed", true);
    submitRefused("curator3", assess, assessment, "Опишите итоговое мероприятие");
    assessment.put("finalEventKind", variable("ROUND_TABLE", "String"));
    submitRefused("curator3", assess, assessment, "Опишите предлагаемое поощрение наставника");
    assessment.put("rewardProposal", variable("Благодарность руководителя", "String"));
    submitOk("curator3", assess, assessment);

    Task reward = programTask(pairId, "UserTask_DecideReward");
    assertThat(as("curator3").getForEntity("/engine-rest/task/" + reward.getId(), String.class).getStatusCode())
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    submitRefused("director3", reward, vars("rewardDecision", "DECLINE"), "Укажите причину отказа в поощрении");
    submitOk("director3", reward, vars("rewardDecision", "APPROVE", "rewardComment", "Приказ № 15-п"));

    // The pair is completed; the REST view shows the meetings, the late feedback and the growth.
    assertThat(pairs.findById(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.COMPLETED);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId("EndEvent_ProgramCompleted")
        .processInstanceId(reward.getProcessInstanceId()).count()).isEqualTo(1);
    JsonNode view = programOfPair("curator3", pairId);
    assertThat(view.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(view.get("pairStatus").asText()).isEqualTo("COMPLETED");
    assertThat(requestInBank("curator3", pairId).get("status").asText()).isEqualTo("COMPLETED");
    long school = pairs.findById(pairId).orElseThrow().getOrganization().getId();
    assertThat(KeptSums.ofPair(jdbc, pairId)).isEqualTo(new KeptSums.Flags(true, true));
    assertThat(KeptSums.ratings(jdbc, school)).isPositive();
    KeptSums.assertAsRecomputed(jdbc, sums, school);
    assertThat(view.get("meetings")).hasSize(7);
    assertThat(view.get("meetings").get(0).get("heldOn").asText()).isEqualTo(iso(0));
    assertThat(view.get("meetings").get(1).get("status").asText()).isEqualTo("CANCELLED");
    assertThat(view.get("meetings").get(1).get("cancelReason").asText()).isEqualTo("Наставляемая на больничном");
    assertThat(view.get("meetings").get(1).get("feedback")).isEmpty();
    assertThat(java.time.Instant.parse(view.get("meetings").get(0).get("feedback").get(0).get("dueAt").asText())
        .truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).isEqualTo(feedbackDue.toInstant());
    assertThat(view.get("meetings").get(6).get("kind").asText()).isEqualTo("FINAL");
    assertThat(view.get("missedFeedback").asLong()).isEqualTo(1);
    JsonNode late = view.get("meetings").get(0).get("feedback");
    assertThat(late).anySatisfy(f -> {
      assertThat(f.get("author").asText()).isEqualTo("MENTEE");
      assertThat(f.get("missed").asBoolean()).isTrue();
      assertThat(f.get("late").asBoolean()).isTrue();
      assertThat(f.get("rating").asInt()).isEqualTo(9);
      assertThat(f.get("state").asText()).isEqualTo("получен с опозданием");
    });
    assertThat(view.get("survey")).extracting(item -> item.get("code").asText() + ":" + item.get("growth").asInt())
        .containsExactly("ASSESSMENT:4", "DIGITAL_TOOLS:2", "OTHER:3");
    assertThat(view.get("averageGrowth").asDouble()).isEqualTo(3.0);
    assertThat(view.get("reports")).hasSize(2);
    assertThat(view.get("assessment").get("goodPractice").asBoolean()).isTrue();
    assertThat(view.get("assessment").get("finalEventKind").asText()).isEqualTo("ROUND_TABLE");
    assertThat(view.get("assessment").get("rewardStatus").asText()).isEqualTo("APPROVED");

    // 6. Who may see it: the pair itself and its organization, not another school.
    assertThat(programOfPair("mentee3b", pairId).get("id").asLong()).isEqualTo(view.get("id").asLong());
    assertThat(programOfPair("manager", pairId).get("id").asLong()).isEqualTo(view.get("id").asLong());
    assertThat(as("curator1").getForEntity("/api/programs?pairId=" + pairId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("mentee1a").getForEntity("/api/programs/" + view.get("id").asLong(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/programs?pairId=" + pairId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theCuratorEndsAPairEarlyAndTheMenteeReturnsToTheSearchForAMentor() throws Exception {
    newMentee("curator2", "khm-sch2", "program-early", "Ершова Вера Павловна");
    long pairId = formPair("curator2", "director2", "program-early", "mentor2a");
    Task draft = programTask(pairId, "UserTask_DraftProgram");
    MentoringPair pair = pairs.findDetailedById(pairId).orElseThrow();
    Long requestId = pair.getRequest().getId();
    String endEarly = "/api/pairs/" + pairId + "/end-early";

    assertThat(post("curator1", endEarly, Map.of("reason", "Переезд")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("mentor2a", endEarly, Map.of("reason", "Переезд")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> withoutReason = post("curator2", endEarly, Map.of("reason", "  "));
    assertThat(withoutReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutReason.getBody()).contains("Укажите причину досрочного завершения работы пары");
    assertThat(isOpen(draft)).isTrue();
    assertThat(pairs.findById(pairId).orElseThrow().getStatus()).isEqualTo(PairStatus.ACTIVE);

    ResponseEntity<String> ended = post("curator2", endEarly, Map.of("reason", "Наставник переведён в другую школу"));

    assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode answer = JSON.readTree(ended.getBody());
    assertThat(answer.get("status").asText()).isEqualTo("ENDED_EARLY");
    assertThat(answer.get("programStatus").asText()).isEqualTo("ENDED_EARLY");
    MentoringPair endedPair = pairs.findById(pairId).orElseThrow();
    assertThat(endedPair.getStatus()).isEqualTo(PairStatus.ENDED_EARLY);
    assertThat(endedPair.getEndReason()).isEqualTo("Наставник переведён в другую школу");
    assertThat(isOpen(draft)).isFalse();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(MentoringProgramProcess.ID)
        .processInstanceBusinessKey(String.valueOf(pairId)).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(draft.getProcessInstanceId())
        .activityId("EndEvent_ProgramEndedEarly").count()).isEqualTo(1);
    JsonNode view = programOfPair("curator2", pairId);
    assertThat(view.get("status").asText()).isEqualTo("ENDED_EARLY");
    assertThat(view.get("endReason").asText()).isEqualTo("Наставник переведён в другую школу");
    assertThat(view.get("endedBy").asText()).isEqualTo("curator2");

    // The request is still in the bank: the curator chooses a mentor again.
    Task chooseAgain = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    assertThat(chooseAgain.getProcessInstanceId()).isNotEqualTo(
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey("PairFormationProcess")
            .processInstanceBusinessKey(String.valueOf(requestId)).finished().singleResult().getId());
    assertThat(notifications.findByRecipientGroupOrderByCreatedAtDesc("program-early"))
        .anySatisfy(mail -> assertThat(mail.getBody()).contains("поиск наставника начат заново"));
    assertThat(requestInBank("curator2", pairId).get("status").asText()).isEqualTo("ENDED_EARLY");
    // Back in the bank: the request waits for a mentor again and counts so on the dashboard.
    assertThat(KeptSums.ofPair(jdbc, pairId)).isEqualTo(new KeptSums.Flags(false, false));
    KeptSums.assertAsRecomputed(jdbc, sums, pairs.findById(pairId).orElseThrow().getOrganization().getId());

    // The curator sees why the earlier pair failed, at the top and next to its mentor, ranked again.
    String mentorName = pair.getMentor().getPerson().getFullName();
    long mentor2a = pair.getMentor().getId();
    String earlier = (String) taskService.getVariableLocal(chooseAgain.getId(), "candidatesSummary");
    assertThat(earlier).startsWith("**Прежние пары по этому запросу:**\n\n- пара № " + pairId + ", наставник " + mentorName
        + ": завершена досрочно " + ru(0) + " — Наставник переведён в другую школу");
    assertThat(earlier).contains("**" + mentorName + "** (СОШ № 2) — ")
        .contains(" — **пара № " + pairId + " с этим наставником завершена досрочно " + ru(0)
            + ": Наставник переведён в другую школу**");
    SpinJsonNode excludeOptions = (SpinJsonNode) taskService.getVariableLocal(chooseAgain.getId(), "excludeOptions");
    assertThat(excludeOptions.elements()).anySatisfy(option -> {
      assertThat(option.prop("value").stringValue()).isEqualTo(String.valueOf(mentor2a));
      assertThat(option.prop("label").stringValue()).endsWith("(пара по этому запросу завершена досрочно)");
    });

    // She excludes that mentor from this request's candidates (not together with choosing him) and chooses another.
    submitRefused("curator2", chooseAgain, Map.of("mentorProfileId", variable(String.valueOf(mentor2a), "String"),
        "excludedMentors", variable("[\"" + mentor2a + "\"]", "Json")), "Нельзя выбрать наставника и одновременно исключить его");
    String other = ((SpinJsonNode) taskService.getVariableLocal(chooseAgain.getId(), "candidateOptions")).elements().stream()
        .map(option -> option.prop("value").stringValue())
        .filter(value -> !value.equals(String.valueOf(mentor2a)) && !value.equals("NONE")).findFirst().orElseThrow();
    submitOk("curator2", chooseAgain, Map.of("mentorProfileId", variable(other, "String"),
        "excludedMentors", variable("[\"" + mentor2a + "\"]", "Json"),
        "exclusionReason", variable("Конфликт в прежней паре", "String")));
    for (String login : List.of("curator2", "coordinator")) {
      ResponseEntity<String> exclusions = as(login).getForEntity("/api/matching/requests/" + requestId + "/exclusions", String.class);
      assertThat(exclusions.getStatusCode()).as(exclusions.getBody()).isEqualTo(HttpStatus.OK);
      JsonNode excluded = JSON.readTree(exclusions.getBody());
      assertThat(excluded).hasSize(1);
      assertThat(excluded.get(0).get("mentorProfileId").asLong()).isEqualTo(mentor2a);
      assertThat(excluded.get(0).get("fullName").asText()).isEqualTo(mentorName);
      assertThat(excluded.get(0).get("reason").asText()).isEqualTo("Конфликт в прежней паре");
      assertThat(excluded.get(0).get("excludedBy").asText()).isEqualTo("curator2");
    }
    assertThat(as("curator1").getForEntity("/api/matching/requests/" + requestId + "/exclusions", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // The chosen mentor declines (the curator records his answer): the next choice says why, and neither the
    // excluded mentor nor the one who declined is proposed again.
    Task mentorAnswer = awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms");
    String otherName = pairs.findDetailedById((Long) taskService.getVariable(mentorAnswer.getId(), "pairId")).orElseThrow()
        .getMentor().getPerson().getFullName();
    submitOk("curator2", mentorAnswer, vars("accepted", "false", "comment", "Большая нагрузка в этом году"));
    Task chooseThird = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    String third = (String) taskService.getVariableLocal(chooseThird.getId(), "candidatesSummary");
    assertThat(third).contains("наставник " + otherName + ": не сложилась " + ru(0)
        + " — Наставник отказался\\: Большая нагрузка в этом году")
        .contains("**Исключены куратором из кандидатов по этому запросу:**\n\n- " + mentorName + " (" + ru(0)
            + ": Конфликт в прежней паре)");
    assertThat(((SpinJsonNode) taskService.getVariableLocal(chooseThird.getId(), "candidateOptions")).elements())
        .extracting(option -> option.prop("value").stringValue())
        .doesNotContain(String.valueOf(mentor2a), other).contains("NONE");
    JsonNode candidates = JSON.readTree(as("curator2").getForEntity("/api/matching/requests/" + requestId + "/candidates",
        String.class).getBody());
    assertThat(candidates).extracting(c -> c.get("mentorProfileId").asLong()).doesNotContain(mentor2a, Long.valueOf(other));

    ResponseEntity<String> again = post("curator2", endEarly, Map.of("reason", "Повторно"));
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("не действует");
  }
}
