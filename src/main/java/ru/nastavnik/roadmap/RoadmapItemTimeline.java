package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import java.util.Date;
import java.util.Map;

/** Puts an occurrence's timeline into the variables its timers and task read. */
final class RoadmapItemTimeline {

  private RoadmapItemTimeline() {}

  static void put(Map<String, Object> variables, RoadmapExecutionService.Timeline timeline) {
    DUE_AT.put(variables, Date.from(timeline.dueAt()));
    FIRST_REMINDER_AT.put(variables, Date.from(timeline.firstReminderAt()));
    LAST_REMINDER_AT.put(variables, Date.from(timeline.lastReminderAt()));
    RELEVANT_AT.put(variables, Date.from(timeline.relevantAt()));
  }
}
