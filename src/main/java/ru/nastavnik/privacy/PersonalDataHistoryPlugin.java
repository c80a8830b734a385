package ru.nastavnik.privacy;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps personal data out of the engine's history (kept for years): only variables that hold ids,
 * numbers, flags, dates and routing values (codes, decisions, logins of the process's roles) and
 * the official report documents are written to the history of variables. Names, requests'
 * difficulties, comments and the texts shown in forms live only as long as the running process
 * or task that needs them; what a person wrote is kept in our tables, where it can be erased.
 */
@Component
class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

  /** Value types without personal data. */
  static final Set<String> NEUTRAL_TYPES = Set.of("null", "boolean", "short", "integer", "long", "double", "date");

  /** Text and file variables that route a process or are official documents. */
  static final Set<String> NEUTRAL_NAMES = Set.of(
      "organizationCode", "municipalityCode", "ownerCode", "initiator", "menteeLogin", "mentorLogin", "endedBy",
      "reviewerGroup", "responsibleGroup", "escalationGroup", "roadmapScope", "periodStart", "periodEnd", "stageKind",
      "decision", "reviewDecision", "programDecision", "practiceDecision", "rewardDecision", "trainingStatus",
      "desiredForm", "category", "finalEventKind", "documentKind", "mentorChosen",
      "reportDocx", "reportXlsx", "analyticReportDocx", "analyticReportXlsx");

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
  }

  /** Whether the history of this variable may be written. */
  static boolean keeps(String variableName, String typeName) {
    return NEUTRAL_TYPES.contains(typeName) || NEUTRAL_NAMES.contains(variableName);
  }

  /** Passes every event on, except the history of variables that may hold personal data. */
  static final class Filter implements HistoryEventHandler {

    private final HistoryEventHandler delegate;

    Filter(HistoryEventHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable
          && !keeps(variable.getVariableName(), variable.getSerializerName())) {
        return;
      }
      // A submitted form's values as text: only the neutral ones.
      if (event instanceof HistoricFormPropertyEventEntity property && !NEUTRAL_NAMES.contains(property.getPropertyId())) {
        return;
      }
      delegate.handleEvent(event);
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }
  }
}
