package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;

/** The mentor has held the meeting: its notes are stored and the feedback of both sides is now due. */
@Component
class RecordMeetingDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  RecordMeetingDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordMeeting(FormValues.id(execution.getVariable(MEETING_ID)),
        FormValues.text(execution.getVariable(MEETING_NOTES)), ClockUtil.getCurrentTime().toInstant());
    execution.removeVariable(MEETING_NOTES);
  }
}
