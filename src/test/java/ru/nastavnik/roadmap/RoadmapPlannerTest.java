package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.roadmap.parse.DeadlineKind;

/** When each occurrence of an item is due and when its task becomes relevant. */
class RoadmapPlannerTest {

  private static final ZoneId KHM = ZoneId.of("Asia/Yekaterinburg");
  private static final LocalDate PERIOD_START = LocalDate.of(2026, 1, 1);
  private static final LocalDate PERIOD_END = LocalDate.of(2028, 12, 31);
  private static final Instant NOW = Instant.parse("2026-11-23T05:00:00Z");

  private static List<RoadmapPlanner.Planned> plan(DeadlineKind kind, LocalDate start, LocalDate... dueDates) {
    return RoadmapPlanner.plan(kind, start, List.of(dueDates), PERIOD_START, PERIOD_END, 30, KHM, NOW);
  }

  private static Instant midnight(LocalDate day) {
    return day.atStartOfDay(KHM).toInstant();
  }

  @Test
  void eachDateOfARecurringItemBecomesRelevantThirtyDaysBefore() {
    List<RoadmapPlanner.Planned> planned = plan(DeadlineKind.RECURRING, null,
        LocalDate.of(2027, 9, 30), LocalDate.of(2026, 9, 30), LocalDate.of(2028, 9, 30));

    assertThat(planned).extracting(RoadmapPlanner.Planned::dueDate)
        .containsExactly(LocalDate.of(2026, 9, 30), LocalDate.of(2027, 9, 30), LocalDate.of(2028, 9, 30));
    assertThat(planned).allSatisfy(p -> assertThat(p.kind()).isEqualTo(OccurrenceKind.DEADLINE));
    assertThat(planned.get(1).activateAt()).isEqualTo(midnight(LocalDate.of(2027, 8, 31)));
  }

  @Test
  void aRangeIsRelevantFromItsStartAndDueAtItsEnd() {
    List<RoadmapPlanner.Planned> planned = plan(DeadlineKind.RANGE, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 12, 31));

    assertThat(planned).singleElement().satisfies(p -> {
      assertThat(p.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
      assertThat(p.dueDate()).isEqualTo(LocalDate.of(2027, 12, 31));
      assertThat(p.activateAt()).isEqualTo(midnight(LocalDate.of(2027, 3, 1)));
    });
  }

  @Test
  void aContinuousItemGetsACheckInPerQuarterUntilThePeriodEnds() {
    List<RoadmapPlanner.Planned> planned = plan(DeadlineKind.CONTINUOUS, LocalDate.of(2026, 2, 10), PERIOD_END);

    assertThat(planned).hasSize(12).allSatisfy(p -> assertThat(p.kind()).isEqualTo(OccurrenceKind.CHECK_IN));
    assertThat(planned.get(0).startsOn()).isEqualTo(LocalDate.of(2026, 2, 10));
    assertThat(planned.get(0).dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(planned.get(3).startsOn()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(planned.get(3).dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(planned.get(3).activateAt()).isEqualTo(midnight(LocalDate.of(2026, 10, 1)));
    assertThat(planned.get(11).dueDate()).isEqualTo(PERIOD_END);
  }

  @Test
  void anOnDemandItemIsRelevantAtOnceWithoutADate() {
    assertThat(plan(DeadlineKind.ON_DEMAND, null)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(OccurrenceKind.ON_DEMAND);
      assertThat(p.dueDate()).isNull();
      assertThat(p.activateAt()).isEqualTo(NOW);
    });
  }

  @Test
  void anUnknownDeadlinePlansNothingUntilTheReviewerSetsADate() {
    assertThat(plan(DeadlineKind.UNKNOWN, null)).isEmpty();
  }
}
