package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/**
 * Names the tasks of a program after the pair (and the meeting) and gives their forms what they
 * show, as task-local variables: the program, the meeting, or the difficulties to self-assess.
 * A meeting task is due at the end of the meeting's planned day in the municipality's time zone.
 * The rework of a returned program opens filled with the program as drafted; as these values are
 * task-local, the submitted form lands on them, and on completion they are handed to the process
 * for the service task that stores the program.
 */
@Component
class ProgramTaskListener implements TaskListener {

  private final MentoringProgramService service;

  ProgramTaskListener(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      if (TASK_CORRECT_PROGRAM.equals(task.getTaskDefinitionKey())) {
        PROGRAM_FIELDS.stream().filter(task::hasVariableLocal)
            .forEach(field -> task.getExecution().setVariable(field, task.getVariableLocalTyped(field)));
      }
      return;
    }
    Long programId = FormValues.id(task.getVariable(PROGRAM_ID));
    String key = task.getTaskDefinitionKey();
    String suffix = service.label(programId);
    if (TASK_HOLD_MEETING.equals(key) || TASK_MENTEE_FEEDBACK.equals(key) || TASK_MENTOR_FEEDBACK.equals(key)) {
      Long meetingId = FormValues.id(task.getVariable(MEETING_ID));
      suffix = service.meetingLabel(meetingId) + " — " + suffix;
      task.setVariableLocal(MEETING_INFO, service.meetingSummary(meetingId));
      if (TASK_HOLD_MEETING.equals(key)) {
        task.setDueDate(Date.from(service.meetingDue(meetingId)));
      }
    } else if (TASK_ENTRY_SURVEY.equals(key) || TASK_FINAL_SURVEY.equals(key)) {
      SurveyKind kind = TASK_ENTRY_SURVEY.equals(key) ? SurveyKind.ENTRY : SurveyKind.FINAL;
      task.setVariableLocal(SURVEY_ITEMS, service.surveySummary(programId, kind));
      task.setVariableLocal(DIFFICULTIES, SpinValues.jsonValue(service.surveyCodes(programId).stream()
          .map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"))).create());
    } else {
      task.setVariableLocal(PROGRAM_SUMMARY, service.summary(programId));
      if (TASK_CORRECT_PROGRAM.equals(key)) {
        task.setVariablesLocal(service.draftValues(programId));
      }
    }
    task.setName(TaskForm.name(task.getName(), suffix));
  }
}
