package ru.nastavnik.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;
import ru.nastavnik.person.Accounts;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): whole pair lifecycles — the
 * curator files a new teacher's request and accepts it, chooses the mentor, both confirm, the
 * director issues the order, the mentor drafts the program of 8 meetings, the curator approves
 * it, the entry self-assessment, 8 meetings held with the feedback of both sides, the final
 * self-assessment, both reports, the curator's assessment and the director's reward decision —
 * driven through the engine REST API as Tasklist drives it (Basic auth; the task found by
 * {@code GET /engine-rest/task?assignee=…} or {@code candidateGroup=…}, its form variables read,
 * the form submitted with {@code submit-form}) by 4 client threads, each with its own school's
 * mentor and a new mentee per lifecycle. Then the same clients walk a bare BPMN with the same
 * user tasks (same assignees, candidate groups and form values) and no delegates or listeners, on
 * the same engine, database, users and authorizations. Records {@code lifecycle_pairs_per_s} and
 * {@code lifecycle_ratio_to_bare}, and the bare figure {@code lifecycle_bare_pairs_per_s}.
 */
class LifecycleBenchmark extends ApplicationBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JSON_TYPE = "application/json";
  private static final String BARE = "BareLifecycleProcess";
  private static final int THREADS = 4;
  private static final int WARM_UP = 1;
  private static final int MEASURED = 4;
  private static final int MEETINGS = 8;
  private static final ZoneId KHANTY_MANSIYSK = ZoneId.of("Asia/Yekaterinburg");
  private static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final String[] LAST = {"Орлова", "Белова", "Зайцева", "Крылова", "Сорокина", "Фомина", "Жукова", "Титова"};
  private static final String[] FIRST = {"Анна", "Вера", "Ольга", "Нина", "Дарья", "Юлия"};

  @Autowired Accounts accounts;
  @Autowired RepositoryService repository;
  @Autowired AuthorizationService authorizations;

  /** A client's school: its curator, director and mentor (each client has a mentor of its own). */
  record School(int number, String mentor, String subject, String difficulties) {
    String code() {
      return "khm-sch" + number;
    }

    String curator() {
      return "curator" + number;
    }

    String director() {
      return "director" + number;
    }
  }

  /** One step of the lifecycle: whose task, found how, and the form values sent. */
  record Step(String taskKey, String login, String query, Map<String, Object> values) {}

  private final AtomicInteger menteeNumber = new AtomicInteger();

  @Test
  void pairLifecyclesThroughTheEngineRestAsTasklistDrivesThem() throws Exception {
    List<School> schools = List.of(
        new School(1, "mentor1a", "математика", "[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]"),
        new School(2, "mentor2a", "математика", "[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]"),
        new School(3, "mentor3a", "математика", "[\"DIGITAL_TOOLS\",\"ASSESSMENT\"]"),
        new School(1, "mentor1b", "история", "[\"CLASSROOM_DISCIPLINE\",\"WORKING_WITH_PARENTS\"]"));
    int tasksPerLifecycle = steps(schools.get(0), "x", 0L).size();
    deployBare(schools.get(0));
    List<List<String>> mentees = new ArrayList<>();
    for (School school : schools) {
      List<String> logins = new ArrayList<>();
      for (int i = 0; i < 2 * (WARM_UP + MEASURED); i++) {
        logins.add(newMentee(school));
      }
      mentees.add(logins);
    }

    double real = run("полный цикл пары", schools, mentees, 0, this::realLifecycle);
    long completed = jdbc.queryForObject("""
        select count(*) from mentoring_pair p join mentoring_request r on r.id = p.request_id
        join person m on m.id = r.mentee_id
        where p.status = 'COMPLETED' and m.login like 'bench-mentee-%'""", Long.class);
    double bare = run("голая BPMN", schools, mentees, WARM_UP + MEASURED, this::bareLifecycle);
    double ratio = real / bare;
    System.out.printf("""
        Жизненный цикл пары через /engine-rest (%d клиентов, по %d замеренных циклов после %d разогревочного):
        | Процесс | Пользовательских задач | Пар в секунду |
        |---|---|---|
        | Запрос → пара → программа (%d встреч) → завершение | %d | %.3f |
        | Голая BPMN, те же задачи без делегатов | %d | %.3f |
        Отношение: %.2f; завершённых пар в базе: %d%n""", THREADS, MEASURED, WARM_UP, MEETINGS, tasksPerLifecycle, real,
        tasksPerLifecycle, bare, ratio, completed);
    BenchmarkResults.record("жизненный цикл пары", List.of(
        Figure.higher("lifecycle_pairs_per_s", "полных циклов пары в секунду (" + tasksPerLifecycle + " задач, " + MEETINGS
            + " встреч, 4 клиента REST)", real, "1/s", 5),
        Figure.higher("lifecycle_ratio_to_bare", "то же, деленное на голую BPMN с теми же задачами без делегатов", ratio, "",
            0.8),
        Figure.higher("lifecycle_bare_pairs_per_s", "голая BPMN: циклов в секунду (те же клиенты и задачи)", bare, "1/s",
            5)));
  }

  /** A lifecycle driven by one client. */
  @FunctionalInterface
  interface Lifecycle {
    void walk(School school, String mentee) throws Exception;
  }

  /** Pairs per second of the measured lifecycles, all clients together. */
  private double run(String title, List<School> schools, List<List<String>> mentees, int offset, Lifecycle lifecycle)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> warm = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int client = t;
        warm.add(pool.submit(() -> {
          for (int i = 0; i < WARM_UP; i++) {
            lifecycle.walk(schools.get(client), mentees.get(client).get(offset + i));
          }
          return null;
        }));
      }
      for (Future<?> future : warm) {
        future.get();
      }
      long start = System.nanoTime();
      List<Future<?>> measured = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int client = t;
        measured.add(pool.submit(() -> {
          for (int i = WARM_UP; i < WARM_UP + MEASURED; i++) {
            lifecycle.walk(schools.get(client), mentees.get(client).get(offset + i));
          }
          return null;
        }));
      }
      for (Future<?> future : measured) {
        future.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double perSecond = THREADS * MEASURED / seconds;
      System.out.printf("%s: %d циклов за %.1f с — %.3f в секунду%n", title, THREADS * MEASURED, seconds, perSecond);
      return perSecond;
    } finally {
      pool.shutdownNow();
    }
  }

  private void realLifecycle(School school, String mentee) throws Exception {
    JsonNode started = JSON.readTree(post(school.curator(), "/engine-rest/process-definition/key/MentoringRequestProcess/submit-form",
        JSON.writeValueAsString(Map.of("variables", startValues(school, mentee))), JSON_TYPE));
    String requestInstance = started.get("id").asText();
    List<Step> steps = steps(school, mentee, mentorProfile(school));
    // The review is found in the request's instance; its form variables give the request id, the key of the pair formation.
    Step review = steps.get(0);
    String reviewTask = awaitTask(review, "processInstanceId=" + requestInstance);
    JsonNode form = JSON.readTree(get(review.login(), "/engine-rest/task/" + reviewTask + "/form-variables", JSON_TYPE));
    String requestId = form.get("requestId").get("value").asText();
    submit(review, reviewTask);
    String programInstance = null;
    for (Step step : steps.subList(1, steps.size())) {
      String scope;
      if (step.taskKey().equals("UserTask_DraftProgram")) {
        scope = "processDefinitionKey=" + MentoringProgramProcess.ID;
      } else if (programInstance == null) {
        scope = "processDefinitionKey=PairFormationProcess&processInstanceBusinessKey=" + requestId;
      } else {
        scope = "processInstanceId=" + programInstance;
      }
      String task = awaitTask(step, scope);
      if (step.taskKey().equals("UserTask_DraftProgram")) {
        programInstance = JSON.readTree(get(step.login(), "/engine-rest/task/" + task, JSON_TYPE)).get("processInstanceId").asText();
      }
      get(step.login(), "/engine-rest/task/" + task + "/form-variables", JSON_TYPE);
      submit(step, task);
    }
  }

  private void bareLifecycle(School school, String mentee) throws Exception {
    Map<String, Object> values = new LinkedHashMap<>(startValues(school, mentee));
    values.put("organizationCode", variable(school.code(), "String"));
    values.put("mentorLogin", variable(school.mentor(), "String"));
    values.put("menteeLogin", variable(mentee, "String"));
    JsonNode started = JSON.readTree(post(school.curator(), "/engine-rest/process-definition/key/" + BARE + "/submit-form",
        JSON.writeValueAsString(Map.of("variables", values)), JSON_TYPE));
    String instance = started.get("id").asText();
    int n = 0;
    for (Step real : steps(school, mentee, mentorProfile(school))) {
      // The bare process names its tasks by position: the same key comes 8 times there.
      Step step = new Step(bareTaskId(++n, real), real.login(), real.query(), real.values());
      String task = awaitTask(step, "processInstanceId=" + instance);
      get(step.login(), "/engine-rest/task/" + task + "/form-variables", JSON_TYPE);
      submit(step, task);
    }
  }

  private static Map<String, Object> startValues(School school, String mentee) {
    return Map.of("menteeLogin", variable(mentee, "String"), "difficulties", variable(school.difficulties(), "Json"),
        "subject", variable(school.subject(), "String"), "desiredForm", variable("TRADITIONAL", "String"));
  }

  /** The user tasks of one lifecycle in order, with the values Tasklist's forms send. */
  private List<Step> steps(School school, String mentee, long mentorProfile) {
    LocalDate today = LocalDate.now(KHANTY_MANSIYSK);
    String curators = "candidateGroup=curators-" + school.code();
    String directors = "candidateGroup=directors-" + school.code();
    String mentor = "assignee=" + school.mentor();
    String menteeQuery = "assignee=" + mentee;
    String[] scores = school.difficulties().replaceAll("[\\[\\]\"]", "").split(",");
    List<Step> steps = new ArrayList<>();
    steps.add(new Step("UserTask_ReviewRequest", school.curator(), curators, vars("decision", "ACCEPT")));
    steps.add(new Step("UserTask_ChooseMentor", school.curator(), curators, vars("mentorProfileId", String.valueOf(mentorProfile))));
    steps.add(new Step("UserTask_MentorConfirms", school.mentor(), mentor, vars("accepted", "true")));
    steps.add(new Step("UserTask_MenteeConfirms", mentee, menteeQuery, vars("accepted", "true")));
    steps.add(new Step("UserTask_IssueOrder", school.director(), directors, vars("orderNumber", "77-о", "orderDate",
        today.toString())));
    StringBuilder working = new StringBuilder();
    for (int i = 0; i < MEETINGS - 4; i++) {
      working.append(today.plusDays(21 + 7L * i).format(RU)).append(" Рабочая встреча ").append(i + 1).append('\n');
    }
    steps.add(new Step("UserTask_DraftProgram", school.mentor(), mentor, vars(
        "goals", "Освоить формирующее оценивание и цифровые инструменты урока",
        "tasks", "Посетить уроки наставника; провести открытый урок; составить банк заданий",
        "plannedResults", "Открытый урок с формирующим оцениванием", "durationMonths", 3,
        "acquaintanceDate", today.toString(), "trialDate", today.plusDays(7).toString(),
        "planningDate", today.plusDays(14).toString(), "workingMeetings", working.toString().strip(),
        "finalDate", today.plusDays(80).toString())));
    steps.add(new Step("UserTask_ReviewProgram", school.curator(), curators, vars("programDecision", "APPROVE")));
    steps.add(new Step("UserTask_EntrySurvey", mentee, menteeQuery, scores(scores, 3)));
    for (int n = 1; n <= MEETINGS; n++) {
      steps.add(new Step("UserTask_HoldMeeting", school.mentor(), mentor, vars("meetingOutcome", "HELD", "heldOn",
          today.toString(), "meetingNotes", "Встреча " + n + ": обсудили план и договорились о следующих шагах")));
      steps.add(new Step("UserTask_MentorFeedback", school.mentor(), mentor, vars("feedbackRating", 8, "feedbackComment",
          "Наставляемый подготовился")));
      steps.add(new Step("UserTask_MenteeFeedback", mentee, menteeQuery, vars("feedbackRating", 9, "feedbackComment",
          "Полезно")));
    }
    steps.add(new Step("UserTask_FinalSurvey", mentee, menteeQuery, scores(scores, 7)));
    steps.add(new Step("UserTask_MenteeReport", mentee, menteeQuery, vars("reflection", "Стала увереннее", "report",
        "Провела открытый урок")));
    steps.add(new Step("UserTask_MentorReport", school.mentor(), mentor, vars("reflection", "Научился давать обратную связь",
        "report", "Задачи программы выполнены")));
    steps.add(new Step("UserTask_AssessProgram", school.curator(), curators, vars("assessment", "Цели достигнуты",
        "assessmentRating", 9, "finalEventKind", "ROUND_TABLE", "finalEventDate", today.toString(), "goodPractice", true,
        "rewardProposed", true, "rewardProposal", "Благодарность руководителя")));
    steps.add(new Step("UserTask_DecideReward", school.director(), directors, vars("rewardDecision", "APPROVE",
        "rewardComment", "Приказ № 15-п")));
    return steps;
  }

  private static Map<String, Object> scores(String[] codes, int score) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (String code : codes) {
      values.put("score_" + code, variable(score, "Integer"));
    }
    return values;
  }

  /** Polls the task list as Tasklist does (the next task may come from the job executor). */
  private String awaitTask(Step step, String scope) throws Exception {
    String path = "/engine-rest/task?" + step.query() + "&taskDefinitionKey=" + step.taskKey() + "&" + scope;
    long deadline = System.nanoTime() + 120_000_000_000L;
    while (true) {
      JsonNode tasks = JSON.readTree(get(step.login(), path, JSON_TYPE));
      if (tasks.size() == 1) {
        return tasks.get(0).get("id").asText();
      }
      if (tasks.size() > 1 || System.nanoTime() > deadline) {
        throw new IllegalStateException("Задача " + step.taskKey() + " для " + step.login() + ": найдено " + tasks.size());
      }
      Thread.sleep(20);
    }
  }

  private void submit(Step step, String task) throws Exception {
    post(step.login(), "/engine-rest/task/" + task + "/submit-form", JSON.writeValueAsString(Map.of("variables", step.values())),
        JSON_TYPE);
  }

  private long mentorProfile(School school) {
    return jdbc.queryForObject("select mp.id from mentor_profile mp join person p on p.id = mp.person_id where p.login = ?",
        Long.class, school.mentor());
  }

  /** A new teacher of the school with a login, the personal-data consent and the demo password, as the curator adds one. */
  private String newMentee(School school) throws Exception {
    int n = menteeNumber.incrementAndGet();
    String login = "bench-mentee-" + n;
    String fullName = LAST[n % LAST.length] + " " + FIRST[(n / LAST.length) % FIRST.length] + " Сергеевна";
    long organization = jdbc.queryForObject("select id from organization where code = ?", Long.class, school.code());
    JsonNode created = JSON.readTree(post(school.curator(), "/api/people", JSON.writeValueAsString(Map.of(
        "organizationId", organization, "fullName", fullName, "experienceYears", 1,
        "subjects", List.of(school.subject().equals("история") ? "История" : "Математика"),
        "login", login, "roles", List.of("MENTEE"))), JSON_TYPE));
    post(school.curator(), "/api/people/" + created.get("id").asLong() + "/consents", JSON.writeValueAsString(Map.of(
        "kind", "PERSONAL_DATA", "givenBy", fullName, "givenByRelation", "SELF")), JSON_TYPE);
    accounts.setPassword(login, DEMO_PASSWORD);
    return login;
  }

  /**
   * The bare process: the lifecycle's user tasks in the same order with the same assignees and
   * candidate groups, nothing else; the curators may start it as they start a request.
   */
  private void deployBare(School sample) {
    AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE).name("Голый цикл пары")
        .camundaHistoryTimeToLive(1825).camundaStartableInTasklist(true).startEvent();
    int i = 0;
    for (Step step : steps(sample, "x", 0L)) {
      String group = step.query().startsWith("candidateGroup=") ? step.query().substring("candidateGroup=".length())
          .replace(sample.code(), "${organizationCode}") : "curators-${organizationCode}";
      var task = flow.userTask(bareTaskId(++i, step)).name(step.taskKey()).camundaCandidateGroups(group);
      if (step.query().startsWith("assignee=")) {
        task = task.camundaAssignee(step.login().equals(sample.mentor()) ? "${mentorLogin}" : "${menteeLogin}");
      }
      flow = task;
    }
    BpmnModelInstance model = flow.endEvent().done();
    repository.createDeployment().name("Замер: голый цикл пары").addModelInstance(BARE + ".bpmn", model).deploy();
    for (int n = 1; n <= 3; n++) {
      grant("curators-khm-sch" + n, Resources.PROCESS_DEFINITION, BARE, Permissions.READ, Permissions.CREATE_INSTANCE);
      grant("curators-khm-sch" + n, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
  }

  private static String bareTaskId(int position, Step step) {
    return "Task_" + position + "_" + step.taskKey();
  }

  private void grant(String group, Resources resource, String id, Permissions... permissions) {
    Authorization grant = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(id)
        .singleResult();
    if (grant == null) {
      grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(resource);
      grant.setResourceId(id);
    }
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }

}
