package ru.nastavnik;

import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory engine of the process tests. Its configuration is deliberately not named
 * {@code camunda.cfg.xml}: the engine REST would otherwise find it on the test classpath and
 * start a second «default» engine inside the Spring integration tests; the engine is named
 * «process-tests» for the same reason.
 */
public final class ProcessTestEngine {

  public static final String CONFIGURATION = "process-tests.camunda.cfg.xml";

  private ProcessTestEngine() {}

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource(CONFIGURATION).build();
  }

  /**
   * Points camunda-bpm-assert at the process-test engine: when the integration tests' Spring
   * engine runs in the same JVM, two engines are registered and assert cannot pick one itself.
   */
  public static void bindAssertions(ProcessEngineExtension extension) {
    BpmnAwareTests.init(extension.getProcessEngine());
  }
}
