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
    Bank bank = Bank.of(mentees, mentors);
    int[] chosenMentor = new int[bank.mentees.size()];
    int[] chosenScore = new int[bank.mentees.size()];
    Arrays.fill(chosenMentor, -1);
    for (Bank.Part part : bank.parts(matcher)) {
      PairScorer scorer = part.scorer();
      List<MentorProfile> partMentors = part.mentorProfiles();
      int[] freePlaces = new int[scorer.mentorCount];
      for (int j = 0; j < freePlaces.length; j++) {
        freePlaces[j] = partMentors.get(j).freeCapacity();
      }
      for (int i = 0; i < scorer.menteeCount; i++) {
        int best = -1;
        int bestScore = -1;
        for (int j = 0; j < scorer.mentorCount; j++) {
          if (freePlaces[j] > 0 && scorer.eligible(i, j)) {
            int score = scorer.score(i, j);
            if (best < 0 || score > bestScore
                || score == bestScore && preferred(partMentors.get(j), partMentors.get(best))) {
              best = j;
              bestScore = score;
            }
          }
        }
        if (best >= 0) {
          freePlaces[best]--;
          chosenMentor[part.mentees()[i]] = part.mentors()[best];
          chosenScore[part.mentees()[i]] = bestScore;
        }
      }
    }
    return bank.toAssignment(chosenMentor, chosenScore);
  }

  private static boolean preferred(MentorProfile candidate, MentorProfile current) {
    if (candidate.currentLoad() != current.currentLoad()) {
      return candidate.currentLoad() < current.currentLoad();
    }
    return candidate.personId() < current.personId();
  }
}
