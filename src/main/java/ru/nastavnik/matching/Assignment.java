package ru.nastavnik.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mentors chosen for a bank of requests.
 *
 * @param mentorByRequest mentor's person id by request id, in the order the requests were given
 * @param totalScore the sum of the scores of the chosen pairs
 * @param unassignedRequests requests left without a mentor, in the order they were given; such a
 *     mentee gets psychological-pedagogical support while the search goes on
 */
public record Assignment(Map<Long, Long> mentorByRequest, int totalScore, List<Long> unassignedRequests) {

  public Assignment {
    mentorByRequest = Collections.unmodifiableMap(new LinkedHashMap<>(mentorByRequest));
    unassignedRequests = List.copyOf(unassignedRequests);
  }
}
