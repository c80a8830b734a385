package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/**
 * The mentor has held the meeting (on the date he entered) or cancelled it: it is stored, and for
 * a held meeting the feedback of both sides is now due. The routing flag and the feedback's due
 * and escalation moments are local to this meeting's instance of the subprocess.
 */
@Component
class RecordMeetingDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  RecordMeetingDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MentoringProgramService.RecordedMeeting recorded = service.recordMeeting(FormValues.id(execution.getVariable(MEETING_ID)),
        FormValues.text(execution.getVariable(MEETING_OUTCOME)), execution.getVariable(HELD_ON),
        FormValues.text(execution.getVariable(MEETING_NOTES)), FormValues.text(execution.getVariable(CANCEL_REASON)),
        EngineClock.now());
    execution.removeVariables(MEETING_FIELDS);
    execution.setVariableLocal(MEETING_HELD, recorded.held());
    if (recorded.held()) {
      execution.setVariableLocal(FEEDBACK_DUE, Date.from(recorded.feedbackDue()));
      execution.setVariableLocal(FEEDBACK_ESCALATION, Date.from(recorded.feedbackEscalation()));
    }
  }
}
