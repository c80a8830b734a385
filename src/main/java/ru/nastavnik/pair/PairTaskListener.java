package ru.nastavnik.pair;

import static ru.nastavnik.pair.PairFormationProcess.*;

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

  private static final Set<String> CHOOSING = Set.of(TASK_CHOOSE_MENTOR, TASK_RECORD_SUPPORT);

  private final PairFormationService service;
  private final PairTaskTexts texts;
  private final MentoringRequestService requests;
  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;

  PairTaskListener(PairFormationService service, PairTaskTexts texts, MentoringRequestService requests, TaskService tasks,
      RuntimeService runtime, IdentityService identity) {
    this.service = service;
    this.texts = texts;
    this.requests = requests;
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
  }

  /** Requests whose curator's choice is open: they may join a group formed in this task. */
  private Set<Long> waitingRequests() {
    // By request number: the curator reads the list in a stable order.
    Set<Long> waiting = new java.util.TreeSet<>();
    // One query for all of them: another curator may finish her choice meanwhile, and an instance that
    // ended between the two queries is simply not there (reading its execution's variable would throw).
    Privileged.run(identity, () -> {
      String[] instances = tasks.createTaskQuery().processDefinitionKey(ID).taskDefinitionKey(TASK_CHOOSE_MENTOR).list()
          .stream().map(org.camunda.bpm.engine.task.Task::getProcessInstanceId).distinct().toArray(String[]::new);
      if (instances.length > 0) {
        runtime.createVariableInstanceQuery().variableName(REQUEST_ID.name()).processInstanceIdIn(instances).list()
            .forEach(variable -> {
              if (variable.getValue() != null) waiting.add(FormValues.id(variable.getValue()));
            });
      }
    });
    return waiting;
  }

  /** The director's task links the draft order; the number and date entered here go into its final copy. */
  static String orderLink(Long pairId) {
    return "**Приказ:** [проект приказа о закреплении пары (DOCX)](/api/pairs/" + pairId + "/order.docx) — номер и дата,"
        + " указанные ниже, войдут в итоговый текст приказа по той же ссылке.";
  }

  @Override
  public void notify(DelegateTask task) {
    Long pairId = PAIR_ID.get(task);
    if (CHOOSING.contains(task.getTaskDefinitionKey()) || pairId == null) {
      task.setName(TaskForm.name(task.getName(), requests.label(REQUEST_ID.get(task))));
    } else {
      task.setName(TaskForm.name(task.getName(), service.label(pairId)));
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
    Long pairId = FormValues.id(form.variable(PAIR_ID.name()));
    if (CHOOSING.contains(form.taskKey()) || pairId == null) {
      Long requestId = FormValues.id(form.variable(REQUEST_ID.name()));
      PairTaskTexts.ChoiceForm choice = texts.choiceForm(requestId);
      form.show(CANDIDATES_SUMMARY.name(), choice.markdown());
      form.show(CANDIDATE_OPTIONS.name(), json(choice.candidateOptions()));
      form.show(EXCLUDE_OPTIONS.name(), json(choice.excludeOptions()));
      form.show(GROUP_OPTIONS.name(), json(texts.groupOptions(requestId, waitingRequests())));
    } else {
      String summary = texts.summary(pairId);
      if (TASK_ISSUE_ORDER.equals(form.taskKey())) {
        summary += "\n\n" + orderLink(pairId);
      }
      form.show(PAIR_SUMMARY.name(), summary);
    }
  }
}
