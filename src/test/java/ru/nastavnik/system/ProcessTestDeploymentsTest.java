package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Forms bind to the deployment, so a process test deploys the forms of its processes with them:
 * every {@code @Deployment} of a {@code *ProcessTest} lists each form its BPMN files refer to.
 */
class ProcessTestDeploymentsTest {

  @Test
  void everyProcessTestDeploysTheFormsItsProcessesReferTo() throws Exception {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      sources = files.filter(file -> file.getFileName().toString().endsWith("ProcessTest.java")).sorted().toList();
    }
    List<String> problems = new ArrayList<>();
    int deployments = 0;
    for (Path source : sources) {
      String className = Path.of("src/test/java").relativize(source).toString()
          .replace(".java", "").replace('/', '.').replace('\\', '.');
      Class<?> test = Class.forName(className, false, getClass().getClassLoader());
      List<Deployment> annotations = new ArrayList<>();
      if (test.getAnnotation(Deployment.class) != null) {
        annotations.add(test.getAnnotation(Deployment.class));
      }
      for (Method method : test.getDeclaredMethods()) {
        if (method.getAnnotation(Deployment.class) != null) {
          annotations.add(method.getAnnotation(Deployment.class));
        }
      }
      for (Deployment deployment : annotations) {
        deployments++;
        problems.addAll(missingForms(test.getSimpleName(), List.of(deployment.resources())));
      }
    }
    assertThat(deployments).isGreaterThan(0);
    assertThat(problems).as("Формы, которых нет в @Deployment теста процесса:%n%s", String.join("\n", problems)).isEmpty();
  }

  @Test
  void aFormLeftOutOfTheDeploymentIsReported() throws IOException {
    assertThat(missingForms("SomeProcessTest", List.of("processes/MentoringRequestProcess.bpmn",
        "forms/MentoringRequestForm.form", "forms/RequestReviewForm.form")))
        .containsExactly("SomeProcessTest: processes/MentoringRequestProcess.bpmn ссылается на форму «RequestClarificationForm»");
  }

  /** The forms the listed BPMN files refer to that the listed resources leave out (sources as on the classpath). */
  private static List<String> missingForms(String test, List<String> resources) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> forms = new HashSet<>();
    for (String resource : resources) {
      if (resource.endsWith(".form")) {
        forms.add(json.readTree(Path.of(resource).toFile()).get("id").asText());
      }
    }
    List<String> problems = new ArrayList<>();
    for (String resource : resources) {
      if (resource.endsWith(".bpmn")) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(resource).toFile());
        Set<String> refs = new TreeSet<>();
        model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef)
            .filter(Objects::nonNull).forEach(refs::add);
        model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
            .filter(Objects::nonNull).forEach(refs::add);
        for (String ref : refs) {
          if (!forms.contains(ref)) {
            problems.add(test + ": " + resource + " ссылается на форму «" + ref + "»");
          }
        }
      }
    }
    return problems;
  }
}
