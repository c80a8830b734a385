package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.notification.Notification;
import ru.nastavnik.notification.NotificationRepository;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.FormDates;

/**
 * The proposed mentor learns of the proposal by e-mail at once, with the deadline of the answer;
 * the later reminder says it is a reminder, when the deadline was and when the proposal is
 * withdrawn.
 */
class MentorInvitationIT extends IntegrationTestSupport {

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");

  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired PersonRepository people;
  @Autowired NotificationRepository journal;

  private List<Notification> letters(String login) {
    return journal.findByRecipientGroupOrderByCreatedAtDesc(login).stream()
        .sorted(Comparator.comparing(Notification::getId).reversed()).toList();
  }

  @Test
  void theMentorGetsTheProposalWithItsDeadlineThenAReminderThatSaysItIsOne() throws Exception {
    long requestId = new DemoRequests(this, taskService, people)
        .acceptedRequestOfANewTeacher("ivleva", "Ивлева Инна Викторовна", "[\"LESSON_PLANNING\"]");
    Task choose = awaitTask("PairFormationProcess", requestId, "UserTask_ChooseMentor");
    SpinJsonNode options = (SpinJsonNode) taskService.getVariableLocal(choose.getId(), "candidateOptions");
    String mentorProfile = options.elements().stream().map(o -> o.prop("value").stringValue())
        .filter(value -> !MentorChoice.NONE.equals(value)).findFirst()
        .orElseThrow(() -> new AssertionError("нет кандидатов в наставники"));
    submitOk("curator2", choose, vars("mentorProfileId", mentorProfile));

    Task mentorTask = awaitTask("PairFormationProcess", requestId, "UserTask_MentorConfirms");
    String mentor = mentorTask.getAssignee();
    String deadline = FormDates.ru(mentorTask.getDueDate().toInstant(), KHM);
    Notification invitation = letters(mentor).get(0);
    assertThat(invitation.getSubject())
        .isEqualTo("Вам предложено стать наставником: ответьте до " + FormDates.ruDate(mentorTask.getDueDate().toInstant(), KHM));
    assertThat(invitation.getBody()).contains("Ивлева Инна Викторовна").contains("до " + deadline)
        .doesNotContain("Это напоминание");

    Job reminder = managementService.createJobQuery().processInstanceId(mentorTask.getProcessInstanceId())
        .activityId("BoundaryEvent_MentorReminder").singleResult();
    Job silence = managementService.createJobQuery().processInstanceId(mentorTask.getProcessInstanceId())
        .activityId("BoundaryEvent_MentorSilent").singleResult();
    managementService.executeJob(reminder.getId());
    awaitAsyncSteps(mentorTask.getProcessInstanceId());

    Notification reminded = letters(mentor).get(0);
    assertThat(reminded.getId()).isNotEqualTo(invitation.getId());
    assertThat(reminded.getSubject()).startsWith("Напоминание: подтвердите участие в наставнической паре № ");
    assertThat(reminded.getBody()).startsWith("Это напоминание:").contains("Срок ответа — " + deadline)
        .contains(FormDates.ru(silence.getDuedate().toInstant(), KHM)).contains("предложение будет снято");

    // The mentor declines: the pair falls through and the mentor's place is free again.
    assertThat(post(mentor, "/engine-rest/task/" + mentorTask.getId() + "/complete", Map.of("variables",
        Map.of("accepted", variable("false", "String"), "comment", variable("Нет свободных часов", "String"))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
