package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static ru.nastavnik.roadmap.RoadmapImportProcess.*;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import ru.nastavnik.ProcessTestEngine;
import ru.nastavnik.system.BusinessRuleException;

/** Every path of RoadmapImportProcess: confirm, cancel, a review left too long, a file that is not a roadmap. */
@Deployment(resources = "processes/RoadmapImportProcess.bpmn")
class RoadmapImportProcessTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  /** Monday 23 November 2026, 10:00 in Khanty-Mansiysk. */
  private static final OffsetDateTime START = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(5));

  private final List<String> calls = new ArrayList<>();
  private boolean notARoadmap;

  @BeforeEach
  void registerDelegates() {
    ProcessTestEngine.bindAssertions(ENGINE);
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    Mocks.register("readRoadmapDelegate", (JavaDelegate) execution -> {
      if (notARoadmap) {
        throw new BusinessRuleException(ROADMAP_FILE.name(), "В файле нет таблицы дорожной карты");
      }
      calls.add("read:" + execution.getVariable(INITIATOR.name()));
      execution.setVariable(ORGANIZATION_CODE.name(), "khm-cro");
      execution.setVariable(ROADMAP_SCOPE.name(), RoadmapScope.MUNICIPALITY.name());
      execution.setVariable(REVIEWER_GROUP.name(), "coordinators-khm");
    });
    Mocks.register("roadmapReviewTaskListener", (TaskListener) task -> calls.add("review"));
    Mocks.register("applyImportDecisionDelegate", (JavaDelegate) execution -> {
      boolean confirmed = ImportDecision.CONFIRM.name().equals(execution.getVariable(DECISION.name()));
      calls.add(confirmed ? "store" : "cancel");
      if (confirmed) {
        execution.setVariable(ROADMAP_ID.name(), 9L);
      }
      execution.setVariable(CONFIRMED.name(), confirmed);
    });
    Mocks.register("startRoadmapDelegate", (JavaDelegate) execution -> calls.add("start:" + execution.getVariable(ROADMAP_ID.name())));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
    ENGINE.getIdentityService().clearAuthentication();
  }

  private ProcessInstance upload() {
    ENGINE.getIdentityService().setAuthenticatedUserId("coordinator");
    try {
      return runtimeService().startProcessInstanceByKey(ID, Variables.createVariables()
          .putValue(ROADMAP_FILE.name(), Variables.fileValue("roadmap.txt").file("№\tМероприятие".getBytes()).create())
          .putValue(PERIOD_START.name(), "2026-01-01").putValue(PERIOD_END.name(), "2028-12-31"));
    } finally {
      ENGINE.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void theCoordinatorReviewsTheReadRoadmapAndConfirmsItsExecution() {
    ProcessInstance instance = upload();

    assertThat(instance).isWaitingAt("UserTask_ReviewRoadmap");
    assertThat(task(instance)).isAssignedTo("coordinator");
    // Another coordinator of the municipality may take the review over.
    assertThat(taskService().getIdentityLinksForTask(task(instance).getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("coordinators-khm"));
    assertThat(task(instance).getDueDate()).isNotNull();
    complete(task(instance), withVariables(DECISION.name(), ImportDecision.CONFIRM.name()));

    assertThat(instance).isEnded().hasPassed("ServiceTask_StartRoadmap", "EndEvent_RoadmapStarted");
    assertThat(calls).containsExactly("read:coordinator", "review", "store", "start:9");
  }

  @Test
  void aCancelledImportStoresNothing() {
    ProcessInstance instance = upload();

    complete(task(instance), withVariables(DECISION.name(), ImportDecision.CANCEL.name()));

    assertThat(instance).isEnded().hasPassed("EndEvent_ImportCancelled").hasNotPassed("ServiceTask_StartRoadmap");
    assertThat(calls).containsExactly("read:coordinator", "review", "cancel");
  }

  @Test
  void anImportLeftWithoutDecisionForThirtyDaysIsDropped() {
    ProcessInstance instance = upload();

    Job expiry = job(instance);
    assertThat(expiry.getDuedate()).isEqualTo(Date.from(START.plusDays(30).toInstant()));
    ClockUtil.setCurrentTime(expiry.getDuedate());
    execute(expiry);

    assertThat(instance).isEnded().hasPassed("EndEvent_ImportExpired").hasNotPassed("ServiceTask_ApplyImportDecision");
  }

  @Test
  void aFileThatIsNotARoadmapStartsNoImport() {
    notARoadmap = true;

    assertThatThrownBy(this::upload).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("В файле нет таблицы дорожной карты");
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ID).count()).isZero();
  }
}
