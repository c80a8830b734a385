package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
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

  /** Requests whose curator's choice is open: they may join a group formed in this task. */
  private static Set<Long> waitingRequests(DelegateTask task) {
    Set<Long> waiting = new LinkedHashSet<>();
    Privileged.run(task.getProcessEngineServices().getIdentityService(), () ->
        task.getProcessEngineServices().getTaskService().createTaskQuery()
            .processDefinitionKey(PROCESS_ID).taskDefinitionKey("UserTask_ChooseMentor").list()
            .forEach(other -> {
              Object id = task.getProcessEngineServices().getRuntimeService().getVariable(other.getExecutionId(), REQUEST_ID);
              if (id != null) waiting.add(FormValues.id(id));
            }));
    return waiting;
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
      task.setVariableLocal(EXCLUDE_OPTIONS, Spin.JSON(service.excludeOptions(requestId)));
      task.setVariableLocal(GROUP_OPTIONS, Spin.JSON(service.groupOptions(requestId, waitingRequests(task))));
    } else {
      Long id = FormValues.id(pairId);
      task.setName(task.getName() + " — " + service.label(id));
      task.setVariableLocal(PAIR_SUMMARY, service.summary(id));
    }
  }
}
