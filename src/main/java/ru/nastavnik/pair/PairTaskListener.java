package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.system.FormValues;

/**
 * Names the tasks of pair formation after the request or the pair and gives their forms what
 * they show: the ranked candidates and the select options, or the pair's summary.
 */
@Component
class PairTaskListener implements TaskListener {

  private final PairFormationService service;
  private final MentoringRequestService requests;

  PairTaskListener(PairFormationService service, MentoringRequestService requests) {
    this.service = service;
    this.requests = requests;
  }

  @Override
  public void notify(DelegateTask task) {
    Object pairId = task.getVariable(PAIR_ID);
    Long requestId = FormValues.id(task.getVariable(REQUEST_ID));
    boolean choosing = "UserTask_ChooseMentor".equals(task.getTaskDefinitionKey())
        || "UserTask_RecordSupport".equals(task.getTaskDefinitionKey());
    if (choosing || pairId == null) {
      task.setName(task.getName() + " — " + requests.label(requestId));
      task.setVariableLocal(CANDIDATES_SUMMARY, service.candidatesMarkdown(requestId));
      task.setVariableLocal(CANDIDATE_OPTIONS, Spin.JSON(service.candidateOptions(requestId)));
    } else {
      Long id = FormValues.id(pairId);
      task.setName(task.getName() + " — " + service.label(id));
      task.setVariableLocal(PAIR_SUMMARY, service.summary(id));
    }
  }
}
