package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcessVariables.*;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.system.FormValues;
import ru.nastavnik.system.TaskForm;

/**
 * Names the tasks of pair formation after the request or the pair and gives their forms what
 * they show: the ranked candidates and the select options, or the pair's summary.
 */
@Component
class PairTaskListener implements TaskListener, TaskForm.Filler {

  private static final Set<String> CHOOSING = Set.of("UserTask_ChooseMentor", "UserTask_RecordSupport");

  private final PairFormationService service;
  private final MentoringRequestService requests;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  PairTaskListener(PairFormationService service, MentoringRequestService requests, TaskService tasks, RuntimeService runtime,
      IdentityService identity) {
    this.service = service;
    this.requests = requests;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Requests whose curator's choice is open: they may join a group formed in this task. */
  private Set<Long> waitingRequests() {
    Set<Long> waiting = new LinkedHashSet<>();
    Privileged.run(identity, () -> tasks.createTaskQuery()
        .processDefinitionKey(PROCESS_ID).taskDefinitionKey("UserTask_ChooseMentor").list()
        .forEach(other -> {
          Object id = runtime.getVariable(other.getExecutionId(), REQUEST_ID);
          if (id != null) waiting.add(FormValues.id(id));
        }));
    return waiting;
  }

  /** The director's task links the draft order; the number and date entered here go into its final copy. */
  static String orderLink(Long pairId) {
    return "**Приказ:** [проект приказа о закреплении пары (DOCX)](/api/pairs/" + pairId + "/order.docx) — номер и дата,"
        + " указанные ниже, войдут в итоговый текст приказа по той же ссылке.";
  }

  @Override
  public void notify(DelegateTask task) {
    Object pairId = task.getVariable(PAIR_ID);
    if (CHOOSING.contains(task.getTaskDefinitionKey()) || pairId == null) {
      task.setName(TaskForm.name(task.getName(), requests.label(FormValues.id(task.getVariable(REQUEST_ID)))));
    } else {
      task.setName(TaskForm.name(task.getName(), service.label(FormValues.id(pairId))));
    }
    fill(TaskForm.of(task));
  }

  /** A typed JSON value: set through the task service, a plain Spin node would be stored as a Java object. */
  private static Object json(Object value) {
    return SpinValues.jsonValue(Spin.JSON(value).toString()).create();
  }

  @Override
  public boolean fills(String taskKey) {
    return CHOOSING.contains(taskKey);
  }

  /** The candidates are ranked anew whenever the choice's form is opened: the bank changes meanwhile. */
  @Override
  public void fill(TaskForm form) {
    Object pairId = form.variable(PAIR_ID);
    if (CHOOSING.contains(form.taskKey()) || pairId == null) {
      Long requestId = FormValues.id(form.variable(REQUEST_ID));
      PairFormationService.ChoiceForm choice = service.choiceForm(requestId);
      form.show(CANDIDATES_SUMMARY, choice.markdown());
      form.show(CANDIDATE_OPTIONS, json(choice.candidateOptions()));
      form.show(EXCLUDE_OPTIONS, json(choice.excludeOptions()));
      form.show(GROUP_OPTIONS, json(service.groupOptions(requestId, waitingRequests())));
    } else {
      Long id = FormValues.id(pairId);
      String summary = service.summary(id);
      if ("UserTask_IssueOrder".equals(form.taskKey())) {
        summary += "\n\n" + orderLink(id);
      }
      form.show(PAIR_SUMMARY, summary);
    }
  }
}
