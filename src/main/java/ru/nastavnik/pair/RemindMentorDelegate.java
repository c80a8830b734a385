package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Five working days without the mentor's answer: a reminder by e-mail, with the deadline that
 * passed (the task's due date) and when the proposal is withdrawn (the silence timer's date).
 */
@Component
class RemindMentorDelegate implements JavaDelegate {

  private final PairLetters service;

  RemindMentorDelegate(PairLetters service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var engine = execution.getProcessEngineServices();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(TASK_MENTOR_CONFIRMS).singleResult();
    Job silence = engine.getManagementService().createJobQuery().processInstanceId(execution.getProcessInstanceId())
        .activityId(BOUNDARY_MENTOR_SILENT).singleResult();
    service.remindMentor(PAIR_ID.get(execution),
        task == null || task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        silence == null ? null : silence.getDuedate().toInstant());
  }
}
