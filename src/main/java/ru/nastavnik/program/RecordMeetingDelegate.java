package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    MentoringProgramService.RecordedMeeting recorded = service.recordMeeting(MEETING_ID.required(execution),
        ProgramForms.meeting(execution), EngineClock.now());
    execution.removeVariables(MEETING_FIELDS);
    MEETING_HELD.setLocal(execution, recorded.held());
    if (recorded.held()) {
      FEEDBACK_DUE.setLocal(execution, Date.from(recorded.feedbackDue()));
      FEEDBACK_ESCALATION.setLocal(execution, Date.from(recorded.feedbackEscalation()));
    }
  }
}
