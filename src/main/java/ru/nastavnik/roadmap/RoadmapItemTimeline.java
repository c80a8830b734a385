package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcessVariables.*;

import java.util.Date;
import java.util.Map;

/** Puts an occurrence's timeline into the variables its timers and task read. */
final class RoadmapItemTimeline {

  private RoadmapItemTimeline() {}

  static void put(Map<String, Object> variables, RoadmapExecutionService.Timeline timeline) {
    variables.put(DUE_AT, Date.from(timeline.dueAt()));
    variables.put(FIRST_REMINDER_AT, Date.from(timeline.firstReminderAt()));
    variables.put(LAST_REMINDER_AT, Date.from(timeline.lastReminderAt()));
    variables.put(RELEVANT_AT, Date.from(timeline.relevantAt()));
  }
}
