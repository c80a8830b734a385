package ru.nastavnik.roadmap;

import java.time.Instant;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.EngineClock;

/**
 * Looks, every {@code nastavnik.roadmap.fact-check-interval} (10 minutes by default), whether the
 * facts that running occurrences wait for are there, and lets each found one go on
 * ({@value RoadmapItemProcess#MESSAGE_FACT_RECORDED}). Safe on several nodes: an occurrence another
 * node has just let go is skipped.
 */
@Component
class FactWatcher {

  private static final Logger LOG = LoggerFactory.getLogger(FactWatcher.class);
  private static final int BATCH = 500;

  private final RoadmapFacts facts;
  private final RoadmapOccurrenceRepository occurrences;
  private final RuntimeService runtime;

  FactWatcher(RoadmapFacts facts, RoadmapOccurrenceRepository occurrences, RuntimeService runtime) {
    this.facts = facts;
    this.occurrences = occurrences;
    this.runtime = runtime;
  }

  @Scheduled(initialDelayString = "${nastavnik.roadmap.fact-check-interval:PT10M}",
      fixedDelayString = "${nastavnik.roadmap.fact-check-interval:PT10M}")
  void onSchedule() {
    check();
  }

  /** One round: returns how many occurrences were closed by their fact. */
  int check() {
    Instant now = EngineClock.now();
    int closed = 0;
    for (Long occurrenceId : facts.waiting(BATCH)) {
      if (!facts.presence(occurrenceId, now).there()) {
        continue;
      }
      String processInstanceId = occurrences.findById(occurrenceId).map(RoadmapOccurrence::getProcessInstanceId).orElse(null);
      try {
        runtime.createMessageCorrelation(RoadmapItemProcess.MESSAGE_FACT_RECORDED)
            .processInstanceId(processInstanceId).correlateWithResult();
        closed++;
      } catch (MismatchingMessageCorrelationException | OptimisticLockingException e) {
        // Not waiting (any more): done by another node, or the item is not at its wait yet.
        LOG.debug("Мероприятие № {} не ждёт факта: {}", occurrenceId, e.getMessage());
      }
    }
    if (closed > 0) {
      LOG.info("Исполнено по данным системы мероприятий: {}", closed);
    }
    return closed;
  }
}
