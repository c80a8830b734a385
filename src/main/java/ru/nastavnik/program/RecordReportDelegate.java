package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcessVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.EngineClock;

/** Stores the reflection and the report of one side (the input parameter {@code author} says whose). */
@Component
class RecordReportDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  RecordReportDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    service.recordReport(FormValues.id(execution.getVariable(PROGRAM_ID)),
        ProgramRole.valueOf(String.valueOf(execution.getVariable(AUTHOR))),
        FormValues.text(execution.getVariable(REFLECTION)), FormValues.text(execution.getVariable(REPORT)),
        EngineClock.now());
    execution.removeVariables(List.of(REFLECTION, REPORT));
  }
}
