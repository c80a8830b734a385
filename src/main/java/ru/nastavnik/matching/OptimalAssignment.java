package ru.nastavnik.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Assigns the open requests of a bank to mentors so that the total score is the largest possible
 * under every mentor's free places (each request gets at most one mentor, only pairs passing the
 * hard rules). Among assignments with the same total it takes one with the most pairs, so an
 * eligible mentee is never left out for nothing.
 *
 * <p>Exact: min-cost flow source → request (capacity 1) → mentor (capacity 1, cost −score) →
 * sink (capacity = free places), by successive shortest paths, stopping when a further pair would
 * no longer raise the total. The same input always gives the same result.
 */
public final class OptimalAssignment {

  private final MentorMatcher matcher;

  public OptimalAssignment(MentorMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /** With the default weights. */
  public OptimalAssignment() {
    this(new MentorMatcher());
  }

  /**
   * The best assignment of the given requests.
   *
   * @throws IllegalArgumentException if a request id or a mentor's person id repeats
   */
  public Assignment assign(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    EligiblePairs pairs = EligiblePairs.of(matcher, mentees, mentors);
    int n = pairs.mentees.size();
    int m = pairs.mentors.size();
    int source = 0;
    int sink = n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, n + pairs.pairCount + m);
    for (int i = 0; i < n; i++) {
      flow.addEdge(source, 1 + i, 1, 0);
    }
    // Score first, the number of pairs second: n + 1 points per score unit outweigh any count of pairs.
    long scoreUnit = n + 1L;
    int[][] edgeOf = new int[n][];
    for (int i = 0; i < n; i++) {
      int[] mentorsOf = pairs.mentorsOf[i];
      edgeOf[i] = new int[mentorsOf.length];
      for (int k = 0; k < mentorsOf.length; k++) {
        edgeOf[i][k] = flow.addEdge(1 + i, 1 + n + mentorsOf[k], 1, -(pairs.scoresOf[i][k] * scoreUnit + 1));
      }
    }
    for (int j = 0; j < m; j++) {
      flow.addEdge(1 + n + j, sink, pairs.mentors.get(j).freeCapacity(), 0);
    }
    flow.minimize(source, sink);

    int[] chosenMentor = new int[n];
    int[] chosenScore = new int[n];
    Arrays.fill(chosenMentor, -1);
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < edgeOf[i].length; k++) {
        if (flow.flow(edgeOf[i][k]) > 0) {
          chosenMentor[i] = pairs.mentorsOf[i][k];
          chosenScore[i] = pairs.scoresOf[i][k];
        }
      }
    }
    return pairs.toAssignment(chosenMentor, chosenScore);
  }
}
