package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
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
    service.recordReport(PROGRAM_ID.required(execution), ProgramRole.valueOf(AUTHOR.required(execution)),
        ProgramForms.reflection(execution), ProgramForms.report(execution), EngineClock.now());
    execution.removeVariables(List.of(REFLECTION.name(), REPORT.name()));
  }
}
