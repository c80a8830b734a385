package ru.nastavnik.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * Every process has its one typed contract: a class named as the process id holding {@code ID},
 * and every activity and message id the contract names exists in that process's BPMN — a renamed
 * task fails here, not when an instance reaches the code that names it. The shared
 * {@code organizationCode}/{@code initiator} pair is the one of {@link ProcessConvention}.
 */
class ProcessContractsTest {

  private static final List<String> ID_PREFIXES = List.of("TASK_", "TIMER_", "END_", "START_", "GATEWAY_", "SERVICE_",
      "EVENT_", "SUBPROCESS_", "CALL_", "ESCALATION_", "BOUNDARY_");

  private static JavaClasses classes;

  @BeforeAll
  static void importTheApplication() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("ru.nastavnik");
  }

  @Test
  void everyProcessHasAContractWhoseIdsAreInItsModel() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Path> files = processes();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      String processId = file.getFileName().toString().replace(".bpmn", "");
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Set<String> ids = new HashSet<>();
      model.getModelElementsByType(BaseElement.class).forEach(e -> ids.add(e.getId()));
      model.getModelElementsByType(Message.class).forEach(m -> ids.add(m.getName()));
      List<JavaClass> contracts = classes.stream().filter(c -> c.getSimpleName().equals(processId)).toList();
      if (contracts.size() != 1) {
        problems.add(processId + ": " + contracts.size() + " contract classes named as the process");
        continue;
      }
      Class<?> contract = Class.forName(contracts.get(0).getName());
      if (!processId.equals(constant(contract, "ID"))) {
        problems.add(processId + ": " + contract.getName() + ".ID is not the process id");
      }
      for (Field field : contract.getFields()) {
        if (!Modifier.isStatic(field.getModifiers())) continue;
        Object value = field.get(null);
        if (value instanceof String id && (ID_PREFIXES.stream().anyMatch(field.getName()::startsWith)
            || field.getName().startsWith("MESSAGE_")) && !ids.contains(id)) {
          problems.add(processId + ": " + field.getName() + " = «" + id + "» is not in " + file.getFileName());
        }
        if (value instanceof Variable<?> variable && Set.of("organizationCode", "initiator").contains(variable.name())
            && variable != ProcessConvention.ORGANIZATION_CODE && variable != ProcessConvention.INITIATOR) {
          problems.add(processId + ": " + field.getName() + " declares «" + variable.name() + "» again instead of ProcessConvention");
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  /**
   * A step right after a user task runs in the completing user's transaction on purpose: its
   * refusal (a Russian form error) must reach that user as a 400, not turn into a failed job later.
   */
  @Test
  void noAsynchronousStepFollowsAUserTaskDirectly() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Path file : processes()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
        if (!node.isCamundaAsyncBefore()) continue;
        for (SequenceFlow incoming : node.getIncoming()) {
          if (incoming.getSource() instanceof UserTask task) {
            problems.add(file.getFileName() + ": " + node.getId() + " is asyncBefore right after " + task.getId());
          }
        }
      }
    }
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  @Test
  void noStringConstantClassesOfProcessVariablesAreLeft() {
    assertThat(classes.stream().map(JavaClass::getSimpleName).filter(n -> n.endsWith("ProcessVariables")).toList()).isEmpty();
  }

  private static Object constant(Class<?> type, String name) {
    try {
      return type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      return null;
    }
  }

  private static List<Path> processes() throws IOException {
    try (Stream<Path> list = Files.list(Path.of("processes"))) {
      return list.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
