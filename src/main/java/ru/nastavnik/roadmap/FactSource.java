package ru.nastavnik.roadmap;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Counts what the system records, for the roadmap items linked to a {@link SystemFact}. Implemented
 * outside this package (ru.nastavnik.facts), where the features that record the facts are known;
 * the roadmap only asks.
 */
public interface FactSource {

  /**
   * How many of the fact each organization has: facts of state (curators, banks, training) as they
   * stand, facts of events (orders, meetings, completions, reports, publications) between
   * {@code from} and {@code until}. Organizations without any are left out.
   */
  Map<Long, Integer> counts(SystemFact fact, Collection<Long> organizationIds, Instant from, Instant until);
}
