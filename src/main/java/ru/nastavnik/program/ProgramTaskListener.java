package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.Variable;
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

  private final ProgramTaskTexts service;

  ProgramTaskListener(ProgramTaskTexts service) {
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
    String key = task.getTaskDefinitionKey();
    if (TASK_HOLD_MEETING.equals(key) || TASK_MENTEE_FEEDBACK.equals(key) || TASK_MENTOR_FEEDBACK.equals(key)) {
      ProgramTaskTexts.MeetingTask meeting = service.meetingTask(MEETING_ID.required(task));
      MEETING_INFO.setLocal(task, meeting.summary());
      if (TASK_HOLD_MEETING.equals(key)) {
        task.setDueDate(Date.from(meeting.due()));
      }
      task.setName(TaskForm.name(task.getName(), meeting.nameSuffix()));
      return;
    }
    Long programId = PROGRAM_ID.required(task);
    String suffix = service.label(programId);
    if (TASK_ENTRY_SURVEY.equals(key) || TASK_FINAL_SURVEY.equals(key)) {
      SurveyKind kind = TASK_ENTRY_SURVEY.equals(key) ? SurveyKind.ENTRY : SurveyKind.FINAL;
      SURVEY_ITEMS.setLocal(task, service.surveySummary(programId, kind));
      DIFFICULTIES.setLocal(task, SpinValues.jsonValue(service.surveyCodes(programId).stream()
          .map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"))).create());
    } else {
      PROGRAM_SUMMARY.setLocal(task, service.summary(programId));
      if (TASK_CORRECT_PROGRAM.equals(key)) {
        service.draft(programId).ifPresent(draft -> task.setVariablesLocal(formValues(draft)));
      }
    }
    task.setName(TaskForm.name(task.getName(), suffix));
  }

  /** The fields of the program form ({@code PROGRAM_FIELDS}) filled with the draft; a missing meeting leaves its date out. */
  private static Map<String, Object> formValues(ProgramDraft draft) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(GOALS.name(), draft.goals());
    values.put(TASKS.name(), draft.tasks());
    values.put(PLANNED_RESULTS.name(), draft.plannedResults());
    values.put(DURATION_MONTHS.name(), draft.durationMonths());
    putDate(values, ACQUAINTANCE_DATE, draft.acquaintanceDate());
    putDate(values, TRIAL_DATE, draft.trialDate());
    putDate(values, PLANNING_DATE, draft.planningDate());
    putDate(values, FINAL_DATE, draft.finalDate());
    values.put(WORKING_MEETINGS.name(), draft.workingMeetings());
    return values;
  }

  private static void putDate(Map<String, Object> values, Variable<Object> field, Object date) {
    if (date != null) {
      values.put(field.name(), date);
    }
  }
}
