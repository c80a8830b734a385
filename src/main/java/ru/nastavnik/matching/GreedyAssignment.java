package ru.nastavnik.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The naive way a curator fills a bank by hand: requests in the given order, each takes its best
 * mentor who still has a free place (ties as in {@link MentorMatcher#rank}). Kept as the baseline
 * {@link OptimalAssignment} is measured against; it can leave a request without a mentor whom an
 * earlier request took although that request had an almost as good alternative.
 */
public final class GreedyAssignment {

  private final MentorMatcher matcher;

  public GreedyAssignment(MentorMatcher matcher) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /** With the default weights. */
  public GreedyAssignment() {
    this(new MentorMatcher());
  }

  /**
   * The greedy assignment of the given requests.
   *
   * @throws IllegalArgumentException if a request id or a mentor's person id repeats
   */
  public Assignment assign(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    EligiblePairs pairs = EligiblePairs.of(matcher, mentees, mentors);
    int n = pairs.mentees.size();
    int[] freePlaces = new int[pairs.mentors.size()];
    for (int j = 0; j < freePlaces.length; j++) {
      freePlaces[j] = pairs.mentors.get(j).freeCapacity();
    }
    int[] chosenMentor = new int[n];
    int[] chosenScore = new int[n];
    Arrays.fill(chosenMentor, -1);
    for (int i = 0; i < n; i++) {
      int best = -1;
      int bestScore = -1;
      for (int k = 0; k < pairs.mentorsOf[i].length; k++) {
        int j = pairs.mentorsOf[i][k];
        int score = pairs.scoresOf[i][k];
        if (freePlaces[j] > 0 && (best < 0 || score > bestScore
            || score == bestScore && preferred(pairs.mentors.get(j), pairs.mentors.get(best)))) {
          best = j;
          bestScore = score;
        }
      }
      if (best >= 0) {
        freePlaces[best]--;
        chosenMentor[i] = best;
        chosenScore[i] = bestScore;
      }
    }
    return pairs.toAssignment(chosenMentor, chosenScore);
  }

  private static boolean preferred(MentorProfile candidate, MentorProfile current) {
    if (candidate.currentLoad() != current.currentLoad()) {
      return candidate.currentLoad() < current.currentLoad();
    }
    return candidate.personId() < current.personId();
  }
}
