package ru.nastavnik;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Process tests run without the job executor: a sending step with {@code asyncBefore} waits as its
 * own job after the timer that led to it has fired. This runs those jobs as the executor would.
 */
public final class AsyncSteps {

  private AsyncSteps() {}

  /** Executes every due asynchronous continuation (not timers) until none is left. */
  public static void runAsyncSteps() {
    for (int round = 0; round < 50; round++) {
      List<Job> jobs = managementService().createJobQuery().messages().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> execute(job));
    }
    throw new IllegalStateException("Асинхронные шаги не закончились за 50 кругов");
  }
}
