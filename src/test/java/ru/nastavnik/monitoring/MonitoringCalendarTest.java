package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A monitoring calendar that cannot work is refused before it is saved. */
class MonitoringCalendarTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

  @Test
  void theDecreesCalendarWorks() {
    assertThat(MonitoringCalendar.problems(Map.of(), 2026, ZONE)).isEmpty();
  }

  @Test
  void aStageThatNeverComesIsRefused() {
    assertThat(MonitoringCalendar.problems(Map.of(MonitoringStage.ORG_REPORTS_DUE, "0 0 18 31 2 *"), 2026, ZONE)
        .get(MonitoringStage.ORG_REPORTS_DUE)).contains("не наступает ни разу");
  }

  @Test
  void aStageThatComesOnlyInLeapYearsIsRefused() {
    assertThat(MonitoringCalendar.problems(Map.of(MonitoringStage.PROGRAM_ASSESSMENT_OPEN, "0 0 9 29 2 *"), 2026, ZONE))
        .containsKey(MonitoringStage.PROGRAM_ASSESSMENT_OPEN);
  }

  @Test
  void aStageThatComesEverySecondOrEveryMonthIsRefused() {
    assertThat(MonitoringCalendar.problems(Map.of(MonitoringStage.ORG_REPORTS_OPEN, "* * * * * *"), 2026, ZONE)
        .get(MonitoringStage.ORG_REPORTS_OPEN)).contains("больше одного раза");
    assertThat(MonitoringCalendar.problems(Map.of(MonitoringStage.EFFECTIVENESS_DUE, "0 0 18 15 * *"), 2026, ZONE))
        .containsKey(MonitoringStage.EFFECTIVENESS_DUE);
  }

  @Test
  void theOrganizationsDeadlineMustComeBeforeTheAnalyticReport() {
    Map<MonitoringStage, String> problems = MonitoringCalendar.problems(
        Map.of(MonitoringStage.ORG_REPORTS_DUE, "0 0 18 26 12 *"), 2026, ZONE);
    assertThat(problems).containsOnlyKeys(MonitoringStage.ANALYTIC_REPORT_DUE);
    assertThat(problems.get(MonitoringStage.ANALYTIC_REPORT_DUE)).contains("позже этапа «Отчёты организаций");
    assertThat(MonitoringCalendar.problems(Map.of(MonitoringStage.PROGRAM_ASSESSMENT_OPEN, "0 0 9 30 5 *"), 2026, ZONE))
        .containsOnlyKeys(MonitoringStage.PROGRAM_ASSESSMENT_DUE);
  }
}
