package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import ru.nastavnik.calendar.WorkingDays;

/**
 * The moments of an occurrence by the rules of {@link WorkingDays} (docs/deadlines.md): a deadline
 * date means the end of that day in the municipality's time zone, moved to the next working day
 * when it is not one; reminders move to the working day before.
 */
@Component
class RoadmapDeadlines {

  static final int FIRST_REMINDER_DAYS = 7;
  static final int LAST_REMINDER_DAYS = 1;

  private final WorkingDays workingDays;

  RoadmapDeadlines(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /** When the task of a dated occurrence is due, when it reminds, and when it becomes relevant (not before {@code now}). */
  RoadmapExecutionService.Timeline timeline(RoadmapOccurrence occurrence, Instant now) {
    ZoneId zone = zone(occurrence);
    LocalDate due = occurrence.getDueDate();
    Instant relevant = occurrence.getKind() == OccurrenceKind.ON_DEMAND
        ? RoadmapPlanner.startOfDay(due.minusDays(occurrence.getItem().getRoadmap().getLeadDays()), zone)
        : occurrence.getActivateAt();
    return new RoadmapExecutionService.Timeline(workingDays.deadline(due, zone),
        workingDays.reminder(due, FIRST_REMINDER_DAYS, zone),
        workingDays.reminder(due, LAST_REMINDER_DAYS, zone),
        relevant.isAfter(now) ? relevant : now);
  }

  /** When the roadmap closes: the end of its last day, moved like any deadline. */
  Instant periodEndAt(Roadmap roadmap) {
    return workingDays.deadline(roadmap.getPeriodEnd(), zone(roadmap));
  }

  /** The end of the deadline day: the due date, or the next working day when it is not one. */
  Instant dueAt(RoadmapOccurrence occurrence) {
    return workingDays.deadline(occurrence.getDueDate(), zone(occurrence));
  }

  /** When the last reminder is due. */
  Instant lastReminderAt(RoadmapOccurrence occurrence) {
    return workingDays.reminder(occurrence.getDueDate(), LAST_REMINDER_DAYS, zone(occurrence));
  }

  LocalDate deadlineDay(RoadmapOccurrence occurrence) {
    return workingDays.deadlineDay(occurrence.getDueDate());
  }

  /** Whether the due date is not a working day, so that the deadline moves. */
  boolean moves(RoadmapOccurrence occurrence) {
    return workingDays.moves(occurrence.getDueDate());
  }

  boolean passed(RoadmapOccurrence occurrence, Instant now) {
    return workingDays.passed(occurrence.getDueDate(), now, zone(occurrence));
  }

  /** Days overdue at {@code now}: the one rule of {@link WorkingDays#daysOverdue}, as the dashboard counts them. */
  long daysOverdue(RoadmapOccurrence occurrence, Instant now) {
    return workingDays.daysOverdue(occurrence.getDueDate(), now, zone(occurrence));
  }

  static ZoneId zone(Roadmap roadmap) {
    return roadmap.getMunicipality().getTimeZone();
  }

  static ZoneId zone(RoadmapOccurrence occurrence) {
    return zone(occurrence.getItem().getRoadmap());
  }
}
