package ru.nastavnik.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.organization.Municipality;

/**
 * Opens the current monitoring year of every municipality that has none: a campaign row and an
 * {@code AnnualMonitoringProcess} started by its message. Used by the yearly timer and at startup.
 */
@Component
class MonitoringYears {

  private final MonitoringService service;

  MonitoringYears(MonitoringService service) {
    this.service = service;
  }

  /** Ids of the process instances started. */
  List<String> openMissing(RuntimeService runtime, IdentityService identity, Instant now) {
    List<String> started = new ArrayList<>();
    for (Municipality municipality : service.municipalitiesWithoutYear(now)) {
      open(municipality, runtime, identity, now).ifPresent(started::add);
    }
    return started;
  }

  /** Opens the municipality's current year; empty when it is open already. */
  Optional<String> open(Municipality municipality, RuntimeService runtime, IdentityService identity, Instant now) {
    int year = MonitoringSchedule.academicYear(now, municipality.getTimeZone());
    return service.openYear(municipality.getId(), year, now).map(campaign -> {
      ProcessInstance instance = Privileged.call(identity, () -> runtime.createMessageCorrelation(
              AnnualMonitoringProcess.MESSAGE_YEAR_OPENED)
          .processInstanceBusinessKey(municipality.getCode() + "-" + year)
          .setVariable(AnnualMonitoringProcess.CAMPAIGN_ID.name(), campaign.getId())
          .setVariable(AnnualMonitoringProcess.MUNICIPALITY_CODE.name(), municipality.getCode())
          .correlateStartMessage());
      service.attachCampaignProcess(campaign.getId(), instance.getId());
      return instance.getId();
    });
  }
}
