package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.pvm.delegate.ActivityBehavior;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import ru.nastavnik.IntegrationTestSupport;

/**
 * Every {@code ${bean}} a process names in a {@code camunda:delegateExpression} — service, send and
 * business rule tasks, message events, task and execution listeners — is a bean of the running
 * application, of the kind the engine calls there. A renamed or deleted delegate fails here, not
 * at the moment a process instance first reaches it.
 */
class ProcessBeansIT extends IntegrationTestSupport {

  /** {@code ${name}} or {@code ${name.something}}: the bean is the leading identifier. */
  private static final Pattern BEAN = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)");

  @Autowired ApplicationContext context;

  @Test
  void everyDelegateExpressionOfEveryProcessNamesABeanOfTheRightKind() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("processes"))) {
      files = list.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    List<Use> uses = new ArrayList<>();
    for (Path file : files) {
      uses.addAll(uses(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile())));
    }
    assertThat(uses).extracting(Use::kind).contains("serviceTask", "taskListener");
    List<String> problems = problems(uses);
    assertThat(problems)
        .as("Выражения camunda:delegateExpression без подходящего бина Spring:%n%s", String.join("\n", problems))
        .isEmpty();
  }

  @Test
  void aMissingBeanOrABeanOfTheWrongKindIsReportedWithFileAndElement() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("Broken").startEvent()
        .serviceTask("ServiceTask_Missing").camundaDelegateExpression("${noSuchDelegate}")
        .serviceTask("ServiceTask_Listener").camundaDelegateExpression("${programTaskListener}")
        .userTask("UserTask_Listened").camundaTaskListenerDelegateExpression("create", "${noSuchListener}")
        .serviceTask("ServiceTask_Fine").camundaDelegateExpression("${recordFeedbackDelegate}")
        .endEvent().done();
    assertThat(problems(uses("Broken.bpmn", model))).containsExactly(
        "Broken.bpmn: ServiceTask_Missing (serviceTask) — нет бина «noSuchDelegate»",
        "Broken.bpmn: ServiceTask_Listener (serviceTask) — бин «programTaskListener» не JavaDelegate и не ActivityBehavior",
        "Broken.bpmn: UserTask_Listened (taskListener) — нет бина «noSuchListener»");
  }

  /** One delegate expression: where it is and which kinds of bean the engine accepts there. */
  record Use(String file, String elementId, String kind, String expression, List<Class<?>> accepted) {}

  static List<Use> uses(String file, BpmnModelInstance model) {
    List<Class<?>> activity = List.of(JavaDelegate.class, ActivityBehavior.class);
    List<Use> uses = new ArrayList<>();
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      add(uses, file, task, "serviceTask", task.getCamundaDelegateExpression(), activity);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      add(uses, file, task, "sendTask", task.getCamundaDelegateExpression(), activity);
    }
    for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
      add(uses, file, task, "businessRuleTask", task.getCamundaDelegateExpression(), activity);
    }
    for (MessageEventDefinition message : model.getModelElementsByType(MessageEventDefinition.class)) {
      add(uses, file, message, "messageEvent", message.getCamundaDelegateExpression(), activity);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      add(uses, file, listener, "taskListener", listener.getCamundaDelegateExpression(), List.of(TaskListener.class));
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      add(uses, file, listener, "executionListener", listener.getCamundaDelegateExpression(),
          List.of(ExecutionListener.class, JavaDelegate.class));
    }
    return uses;
  }

  private static void add(List<Use> uses, String file, ModelElementInstance element, String kind, String expression,
      List<Class<?>> accepted) {
    if (expression != null) {
      uses.add(new Use(file, idOf(element), kind, expression, accepted));
    }
  }

  /** The id of the element itself or, for a listener or an event definition, of the element it belongs to. */
  private static String idOf(ModelElementInstance element) {
    for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
      if (e instanceof BaseElement base && base.getId() != null) {
        return base.getId();
      }
    }
    return "?";
  }

  private List<String> problems(List<Use> uses) {
    List<String> problems = new ArrayList<>();
    for (Use use : uses) {
      String where = use.file() + ": " + use.elementId() + " (" + use.kind() + ") — ";
      Matcher bean = BEAN.matcher(use.expression());
      if (!bean.find()) {
        problems.add(where + "выражение «" + use.expression() + "» не называет бин");
      } else if (!context.containsBean(bean.group(1))) {
        problems.add(where + "нет бина «" + bean.group(1) + "»");
      } else {
        Class<?> type = context.getType(bean.group(1));
        if (type == null || use.accepted().stream().noneMatch(accepted -> accepted.isAssignableFrom(type))) {
          problems.add(where + "бин «" + bean.group(1) + "» не "
              + String.join(" и не ", use.accepted().stream().map(Class::getSimpleName).toList()));
        }
      }
    }
    return problems;
  }
}
