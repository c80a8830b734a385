package ru.nastavnik.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * Makes the incident of a job that failed all its retries (a letter not sent, a timer step not done)
 * say in Russian which step failed, why, and what the operator does next; Cockpit shows this text.
 * The original exception stays on the job (its stack trace in Cockpit) and in the log.
 */
@Component
public class RussianIncidentsPlugin extends AbstractProcessEnginePlugin {

  private static final int MAX_CAUSE = 300;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomIncidentHandlers());
    // A custom handler of the same type replaces the engine's default one (composite handlers are off).
    handlers.add(new FailedJobHandler());
    configuration.setCustomIncidentHandlers(handlers);
  }

  /** The operator's message of a failed job's incident. */
  static String message(String stepName, String cause) {
    String shortCause = shortCause(cause);
    return "Шаг «" + stepName + "» не выполнен после всех попыток: " + shortCause
        + ". Что делать: устраните причину (почтовый сервер, данные) и нажмите «Повторить» в Cockpit (Incidents → Retry).";
  }

  private static String shortCause(String cause) {
    if (cause == null || cause.isBlank()) {
      return "причина — в журнале и в трассировке задания";
    }
    String line = cause.strip().lines().findFirst().orElse("").strip();
    if (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.length() <= MAX_CAUSE ? line : line.substring(0, MAX_CAUSE) + "…";
  }

  /** The engine's failed-job handler with the Russian message; public for process tests. */
  public static final class FailedJobHandler extends DefaultIncidentHandler {

    public FailedJobHandler() {
      super(Incident.FAILED_JOB_HANDLER_TYPE);
    }

    @Override
    public Incident handleIncident(IncidentContext context, String message) {
      return super.handleIncident(context, message(stepName(context), message));
    }

    private static String stepName(IncidentContext context) {
      String activityId = context.getFailedActivityId() != null ? context.getFailedActivityId() : context.getActivityId();
      if (activityId == null) {
        return "без названия";
      }
      if (context.getProcessDefinitionId() != null && Context.getProcessEngineConfiguration() != null) {
        ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
        ActivityImpl activity = definition == null ? null : definition.findActivity(activityId);
        if (activity != null && activity.getName() != null && !activity.getName().isBlank()) {
          return activity.getName();
        }
      }
      return activityId;
    }
  }
}
