package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * Stores the mentee's self-assessment, entry or final (the input parameter {@code survey} of the
 * service task says which): one score per difficulty, read from the {@code score_<code>} fields.
 */
@Component
class RecordSurveyDelegate implements JavaDelegate {

  private final MentoringProgramService service;

  RecordSurveyDelegate(MentoringProgramService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> answers = new HashMap<>();
    List<String> fields = execution.getVariableNames().stream().filter(name -> name.startsWith(SCORE_PREFIX)).toList();
    fields.forEach(field -> answers.put(field.substring(SCORE_PREFIX.length()), execution.getVariable(field)));
    service.recordSurvey(PROGRAM_ID.required(execution), SurveyKind.valueOf(SURVEY.required(execution)), answers,
        EngineClock.now());
    execution.removeVariables(fields);
  }
}
