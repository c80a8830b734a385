package ru.nastavnik.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.Problems;

/**
 * The monitoring calendar: each municipality's cron of every stage, its change by the
 * coordinator (in the REST API and in the workspace page), and the dates of a campaign's year, fixed as
 * the year opens.
 */
@Service
@Transactional
public class MonitoringSchedule {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MonitoringCampaignRepository campaigns;
  private final MonitoringRecords records;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final JdbcTemplate jdbc;

  MonitoringSchedule(MonitoringCampaignRepository campaigns, MonitoringRecords records, OrganizationService organizations,
      OrganizationAccess access, JdbcTemplate jdbc) {
    this.campaigns = campaigns;
    this.records = records;
    this.organizations = organizations;
    this.access = access;
    this.jdbc = jdbc;
  }

  /** The municipality's cron of every stage: its own setting or the decree's default. */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, String> schedule(Long municipalityId) {
    Map<MonitoringStage, String> result = new EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      result.put(stage, stage.defaultCron());
    }
    jdbc.query("select stage, cron from monitoring_schedule where municipality_id = ?",
        rs -> { result.put(MonitoringStage.valueOf(rs.getString(1)), rs.getString(2)); }, municipalityId);
    return result;
  }

  /** The calendar as the municipality's coordinators and department see it. */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, String> schedule(CurrentUser user, Long municipalityId) {
    records.requireStaff(user, organizations.municipality(municipalityId));
    return schedule(municipalityId);
  }

  /** A changed calendar and what it means for a year already open. */
  public record ScheduleChange(Map<MonitoringStage, String> schedule, String notice) {}

  /**
   * Changes some stages' cron. Every value is checked first — a cron, once a year, in the order
   * the stages depend on each other — so a bad one changes nothing. A year already open keeps the
   * dates it opened with, and the answer says so.
   */
  public ScheduleChange updateSchedule(CurrentUser user, Long municipalityId, Map<String, String> changes, Instant now) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (!access.canManageMunicipality(user, municipality)) {
      throw new ForbiddenException("Календарь мониторинга меняет координатор муниципалитета");
    }
    Map<MonitoringStage, String> parsed = new EnumMap<>(MonitoringStage.class);
    changes.forEach((key, cron) -> {
      MonitoringStage stage;
      try {
        stage = MonitoringStage.valueOf(key);
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException(key, "Неизвестный этап мониторинга «" + Problems.quote(key) + "»");
      }
      String value = cron == null || cron.isBlank() ? null : cron.trim();
      if (value == null || !CronExpression.isValidExpression(value)) {
        throw new BusinessRuleException(key, "Этап «" + stage.title() + "»: «" + Problems.quote(cron)
            + "» — не cron-выражение (шесть полей: секунды минуты часы день месяц день_недели, например «0 0 18 15 12 *»)");
      }
      parsed.put(stage, value);
    });
    Map<MonitoringStage, String> merged = schedule(municipalityId);
    merged.putAll(parsed);
    ZoneId zone = municipality.getTimeZone();
    Map<MonitoringStage, String> problems = MonitoringCalendar.problems(merged, academicYear(now, zone), zone);
    if (!problems.isEmpty()) {
      MonitoringStage first = problems.keySet().iterator().next();
      throw new BusinessRuleException(first.name(), "Этап «" + first.title() + "» " + problems.get(first)
          + ". Календарь не изменён.");
    }
    List<MonitoringCampaign> open = campaigns.findByMunicipalityIdOrderByAcademicYearDesc(municipalityId).stream()
        .filter(c -> c.getStatus() == MonitoringCampaign.Status.OPEN).toList();
    // Years already open keep the dates they opened with: fixed now if they were not yet.
    open.forEach(campaign -> timeline(campaign, true));
    parsed.forEach((stage, cron) -> {
      jdbc.update("delete from monitoring_schedule where municipality_id = ? and stage = ?", municipalityId, stage.name());
      jdbc.update("insert into monitoring_schedule (municipality_id, stage, cron) values (?, ?, ?)",
          municipalityId, stage.name(), cron);
    });
    String notice = open.isEmpty()
        ? "Календарь изменён; он действует для годов мониторинга, которые откроются после изменения."
        : "Календарь изменён и действует с " + new AcademicYear(open.get(0).getAcademicYear() + 1).title()
            + ". Сроки уже открытого года (" + open.stream().map(MonitoringCampaign::periodTitle)
                .collect(Collectors.joining(", ")) + ") не изменились.";
    return new ScheduleChange(schedule(municipalityId), notice);
  }

  /** When each stage of the campaign's year comes: the dates it opened with (see {@link MonitoringCalendar}). */
  @Transactional(readOnly = true)
  public Map<MonitoringStage, Instant> timeline(Long campaignId) {
    return timeline(records.campaign(campaignId), false);
  }

  /** Fixes the year's dates as it opens (a later change of the calendar does not move them). */
  public Map<MonitoringStage, Instant> fixTimeline(Long campaignId) {
    return timeline(records.campaign(campaignId), true);
  }

  private Map<MonitoringStage, Instant> timeline(MonitoringCampaign campaign, boolean fix) {
    if (campaign.getTimeline() != null) {
      Map<MonitoringStage, Instant> fixed = new EnumMap<>(MonitoringStage.class);
      try {
        JSON.readTree(campaign.getTimeline()).fields().forEachRemaining(e ->
            fixed.put(MonitoringStage.valueOf(e.getKey()), Instant.parse(e.getValue().asText())));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("Сроки года мониторинга № " + campaign.getId() + " не читаются", e);
      }
      return fixed;
    }
    Map<MonitoringStage, Instant> computed = MonitoringCalendar.timeline(schedule(campaign.getMunicipality().getId()),
        campaign.getAcademicYear(), campaign.getMunicipality().getTimeZone());
    if (fix) {
      Map<String, String> json = new LinkedHashMap<>();
      computed.forEach((stage, at) -> json.put(stage.name(), at.toString()));
      try {
        campaign.fixTimeline(JSON.writeValueAsString(json));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
    return computed;
  }

  /** The deadline of a report of the kind in the campaign's year. */
  Instant stageDue(Long campaignId, ReportKind kind) {
    Map<MonitoringStage, Instant> timeline = timeline(campaignId);
    return switch (kind) {
      case ORGANIZATION -> timeline.get(MonitoringStage.ORG_REPORTS_DUE);
      case SCHOOL_SELF_DIAGNOSTICS -> timeline.get(MonitoringStage.EFFECTIVENESS_DUE);
      case MUNICIPAL -> timeline.get(MonitoringStage.ANALYTIC_REPORT_DUE);
      case PROGRAM_ASSESSMENT -> timeline.get(MonitoringStage.PROGRAM_ASSESSMENT_DUE);
      case EFFECTIVENESS -> timeline.get(MonitoringStage.EFFECTIVENESS_DUE);
      case SELF_DIAGNOSTICS, MANAGEMENT_DECISIONS -> timeline.get(MonitoringStage.DECISIONS_DUE);
    };
  }

  /** The academic year a moment belongs to in a zone: from 1 September. */
  public static int academicYear(Instant at, ZoneId zone) {
    LocalDate date = at.atZone(zone).toLocalDate();
    return AcademicYear.of(date).startYear();
  }
}
