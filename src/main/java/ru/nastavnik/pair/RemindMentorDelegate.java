package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.PAIR_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/**
 * Five working days without the mentor's answer: a reminder by e-mail, with the deadline that
 * passed (the task's due date) and when the proposal is withdrawn (the silence timer's date).
 */
@Component
class RemindMentorDelegate implements JavaDelegate {

  static final String MENTOR_TASK = "UserTask_MentorConfirms";
  static final String SILENCE_TIMER = "BoundaryEvent_MentorSilent";

  private final PairFormationService service;

  RemindMentorDelegate(PairFormationService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var engine = execution.getProcessEngineServices();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(MENTOR_TASK).singleResult();
    Job silence = engine.getManagementService().createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(SILENCE_TIMER).singleResult();
    service.remindMentor(FormValues.id(execution.getVariable(PAIR_ID)),
        task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        silence == null ? null : silence.getDuedate().toInstant());
  }
}
