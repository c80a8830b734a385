package ru.nastavnik.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.scheduling.support.CronExpression;

/**
 * The dates of a monitoring year: each stage comes at the first moment its cron matches from
 * 1 September of the academic year on, in the municipality's time zone (so «0 0 18 15 12 *» is
 * 15 December, 18:00 local time, whatever zone the server runs in).
 */
public final class MonitoringCalendar {

  private MonitoringCalendar() {}

  public static Map<MonitoringStage, Instant> timeline(Map<MonitoringStage, String> crons, int academicYear, ZoneId zone) {
    ZonedDateTime from = LocalDate.of(academicYear, 9, 1).atStartOfDay(zone).minusSeconds(1);
    Instant yearEnd = LocalDate.of(academicYear + 1, 9, 1).atStartOfDay(zone).minusSeconds(1).toInstant();
    Map<MonitoringStage, Instant> result = new EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      ZonedDateTime next = CronExpression.parse(crons.getOrDefault(stage, stage.defaultCron())).next(from);
      result.put(stage, next == null || next.toInstant().isAfter(yearEnd) ? yearEnd : next.toInstant());
    }
    return result;
  }

  /** The decree's calendar, without any municipal setting. */
  public static Map<MonitoringStage, Instant> defaults(int academicYear, ZoneId zone) {
    return timeline(Map.of(), academicYear, zone);
  }
}
