package ru.nastavnik.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.scheduling.support.CronExpression;
import ru.nastavnik.calendar.WorkingDays;

/**
 * The dates of a monitoring year: each stage comes at the first moment its cron matches from
 * 1 September of the academic year on, in the municipality's time zone (so «0 0 18 15 12 *» is
 * 15 December, 18:00 local time, whatever zone the server runs in). A stage deadline falling on a
 * non-working day moves to the next working day at the same time (29.05.2027, a Saturday, becomes
 * 31.05.2027 18:00), as every deadline does ({@link WorkingDays}); the moments a stage opens stay.
 */
public final class MonitoringCalendar {

  private MonitoringCalendar() {}

  public static Map<MonitoringStage, Instant> timeline(Map<MonitoringStage, String> crons, int academicYear, ZoneId zone) {
    ZonedDateTime from = LocalDate.of(academicYear, 9, 1).atStartOfDay(zone).minusSeconds(1);
    Instant yearEnd = LocalDate.of(academicYear + 1, 9, 1).atStartOfDay(zone).minusSeconds(1).toInstant();
    Map<MonitoringStage, Instant> result = new EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      ZonedDateTime next = CronExpression.parse(crons.getOrDefault(stage, stage.defaultCron())).next(from);
      Instant at = next == null || next.toInstant().isAfter(yearEnd) ? yearEnd : next.toInstant();
      result.put(stage, stage.isDeadline() ? WorkingDays.standard().deadline(at, zone) : at);
    }
    return result;
  }

  /**
   * What is wrong with a calendar, in Russian per stage: each stage must come exactly once in
   * every academic year, and the stages that depend on each other in their order (a request
   * before its deadline; the organizations' reports before the analytic report that sums them).
   * Empty when it can work. Checked over several years, for dates such as 29 February.
   */
  public static Map<MonitoringStage, String> problems(Map<MonitoringStage, String> crons, int fromYear, ZoneId zone) {
    Map<MonitoringStage, String> problems = new EnumMap<>(MonitoringStage.class);
    for (int year = fromYear; year < fromYear + YEARS_CHECKED; year++) {
      ZonedDateTime start = LocalDate.of(year, 9, 1).atStartOfDay(zone).minusSeconds(1);
      Instant end = LocalDate.of(year + 1, 9, 1).atStartOfDay(zone).toInstant();
      for (MonitoringStage stage : MonitoringStage.values()) {
        CronExpression cron = CronExpression.parse(crons.getOrDefault(stage, stage.defaultCron()));
        ZonedDateTime first = cron.next(start);
        if (first == null || !first.toInstant().isBefore(end)) {
          problems.putIfAbsent(stage, "не наступает ни разу в " + year + "/" + (year + 1) + " учебном году");
          continue;
        }
        ZonedDateTime second = cron.next(first);
        if (second != null && second.toInstant().isBefore(end)) {
          problems.putIfAbsent(stage, "наступает больше одного раза в учебном году (" + first.toLocalDate() + ", "
              + second.toLocalDate() + " …): укажите один день и время года");
        }
      }
      if (problems.isEmpty()) {
        Map<MonitoringStage, Instant> timeline = timeline(crons, year, zone);
        for (MonitoringStage[] order : ORDER) {
          for (int i = 1; i < order.length; i++) {
            if (!timeline.get(order[i - 1]).isBefore(timeline.get(order[i]))) {
              problems.putIfAbsent(order[i], "должен наступать позже этапа «" + order[i - 1].title() + "»");
            }
          }
        }
      }
    }
    return problems;
  }

  /** Academic years a calendar is checked over (a leap year among them). */
  static final int YEARS_CHECKED = 4;

  /** Stages that depend on each other, each chain in its order. */
  static final MonitoringStage[][] ORDER = {
      {MonitoringStage.ORG_REPORTS_OPEN, MonitoringStage.ORG_REPORTS_DUE, MonitoringStage.ANALYTIC_REPORT_DUE},
      {MonitoringStage.PROGRAM_ASSESSMENT_OPEN, MonitoringStage.PROGRAM_ASSESSMENT_DUE},
      {MonitoringStage.JUNE_STAGES_OPEN, MonitoringStage.EFFECTIVENESS_DUE, MonitoringStage.DECISIONS_DUE}};

  /**
   * The reminder {@code daysBefore} a report's deadline: on a working day, at 9:00 local time
   * (15.12.2026 18:00 three days before is 12.12.2026, a Saturday: the reminder comes on Friday
   * 11.12.2026 at 9:00); never before {@code now}.
   */
  public static Instant reminder(Instant due, int daysBefore, ZoneId zone, Instant now) {
    Instant reminder = WorkingDays.standard().reminder(due, daysBefore, zone);
    return reminder.isBefore(now) ? now : reminder;
  }

  /** The decree's calendar, without any municipal setting. */
  public static Map<MonitoringStage, Instant> defaults(int academicYear, ZoneId zone) {
    return timeline(Map.of(), academicYear, zone);
  }
}
