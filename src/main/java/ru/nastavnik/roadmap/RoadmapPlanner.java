package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.roadmap.parse.DeadlineKind;

/**
 * When each piece of an item's work is due and when its task becomes relevant, so that a
 * three-year roadmap does not put three years of tasks into Tasklist on day one:
 * <ul>
 *   <li>a date (and every date of a recurring item): due that day, relevant {@code leadDays} before;</li>
 *   <li>a range: due at its end, relevant from its start;</li>
 *   <li>a continuous item: a check-in per calendar quarter, relevant from the quarter's first day and
 *       due on its last, until the period ends;</li>
 *   <li>on demand: relevant at once, the responsible sets the date.</li>
 * </ul>
 */
final class RoadmapPlanner {

  /** One occurrence to be, for every responsible organization of the item. */
  record Planned(OccurrenceKind kind, LocalDate startsOn, LocalDate dueDate, Instant activateAt) {}

  private RoadmapPlanner() {}

  static List<Planned> plan(DeadlineKind kind, LocalDate start, List<LocalDate> dueDates, LocalDate periodStart,
      LocalDate periodEnd, int leadDays, ZoneId zone, Instant now) {
    List<Planned> planned = new ArrayList<>();
    List<LocalDate> dates = dueDates.stream().distinct().sorted().toList();
    switch (kind) {
      case DATE, RECURRING -> dates.forEach(due ->
          planned.add(new Planned(OccurrenceKind.DEADLINE, null, due, startOfDay(due.minusDays(leadDays), zone))));
      case RANGE -> {
        for (int i = 0; i < dates.size(); i++) {
          LocalDate due = dates.get(i);
          boolean ranged = i == 0 && start != null && !start.isAfter(due);
          LocalDate relevant = ranged ? start : due.minusDays(leadDays);
          planned.add(new Planned(OccurrenceKind.DEADLINE, ranged ? start : null, due, startOfDay(relevant, zone)));
        }
      }
      case CONTINUOUS -> planned.addAll(checkIns(start == null ? periodStart : start,
          dates.isEmpty() ? periodEnd : dates.get(dates.size() - 1), leadDays, zone));
      case ON_DEMAND -> planned.add(new Planned(OccurrenceKind.ON_DEMAND, null, null, now));
      case UNKNOWN -> { }
    }
    return planned;
  }

  /** Quarterly check-ins from {@code from} to {@code to}, the last one due on {@code to}. */
  static List<Planned> checkIns(LocalDate from, LocalDate to, int leadDays, ZoneId zone) {
    List<Planned> planned = new ArrayList<>();
    if (from.isAfter(to)) {
      planned.add(new Planned(OccurrenceKind.CHECK_IN, null, to, startOfDay(to.minusDays(leadDays), zone)));
      return planned;
    }
    LocalDate quarterStart = from.withDayOfMonth(1).withMonth(((from.getMonthValue() - 1) / 3) * 3 + 1);
    while (!quarterStart.isAfter(to)) {
      LocalDate quarterEnd = quarterStart.plusMonths(3).minusDays(1);
      LocalDate begins = quarterStart.isBefore(from) ? from : quarterStart;
      LocalDate due = quarterEnd.isAfter(to) ? to : quarterEnd;
      planned.add(new Planned(OccurrenceKind.CHECK_IN, begins, due, startOfDay(begins, zone)));
      quarterStart = quarterStart.plusMonths(3);
    }
    return planned;
  }

  static Instant startOfDay(LocalDate day, ZoneId zone) {
    return day.atStartOfDay(zone).toInstant();
  }
}
