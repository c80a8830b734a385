package ru.nastavnik.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small random banks checked against exhaustive enumeration of every assignment. */
class OptimalAssignmentRandomizedTest {

  private static final List<String> CODES =
      List.of("ASSESSMENT", "DIGITAL_TOOLS", "CLASSROOM_DISCIPLINE", "WORKING_WITH_PARENTS", "INCLUSIVE_EDUCATION");
  private static final List<String> SUBJECTS = List.of("Математика", "математика ", "Физика", "Русский язык");
  private static final List<String> FORMS = List.of("TRADITIONAL", "GROUP", "VIRTUAL");

  private final MentorMatcher matcher = new MentorMatcher();
  private final OptimalAssignment optimal = new OptimalAssignment(matcher);
  private final GreedyAssignment greedy = new GreedyAssignment(matcher);

  @Test
  void theOptimalTotalEqualsTheBruteForceBestAndIsNeverBelowGreedy() {
    Random random = new Random(20260901L);
    int greedyWorse = 0;
    for (int round = 0; round < 400; round++) {
      List<MentorProfile> mentors = randomMentors(random, random.nextInt(5));
      List<MenteeProfile> mentees = randomMentees(random, random.nextInt(8), mentors.size());

      Assignment best = optimal.assign(mentees, mentors);
      Assignment naive = greedy.assign(mentees, mentors);
      long[] bruteForce = bruteForce(mentees, mentors);

      assertValid(best, mentees, mentors);
      assertValid(naive, mentees, mentors);
      assertThat(best.totalScore()).as("round %d", round).isEqualTo((int) bruteForce[0]);
      assertThat(best.mentorByRequest()).as("pairs in round %d", round).hasSize((int) bruteForce[1]);
      assertThat(best.totalScore()).as("round %d", round).isGreaterThanOrEqualTo(naive.totalScore());
      if (naive.totalScore() < best.totalScore()) {
        greedyWorse++;
      }
    }
    // Otherwise the random banks would be too loose to tell the two algorithms apart.
    assertThat(greedyWorse).isPositive();
  }

  @Test
  void theSameBankGivesTheSameAssignmentAndTheOrderOfRequestsDoesNotChangeTheTotal() {
    Random random = new Random(7L);
    for (int round = 0; round < 100; round++) {
      List<MentorProfile> mentors = randomMentors(random, 1 + random.nextInt(4));
      List<MenteeProfile> mentees = randomMentees(random, 1 + random.nextInt(7), mentors.size());
      List<MenteeProfile> shuffled = new ArrayList<>(mentees);
      Collections.shuffle(shuffled, random);

      Assignment first = optimal.assign(mentees, mentors);

      assertThat(optimal.assign(mentees, mentors)).isEqualTo(first);
      assertThat(optimal.assign(shuffled, mentors).totalScore()).isEqualTo(first.totalScore());
    }
  }

  @Test
  void onLargerBanksTheTotalEqualsThatOfAPlainBellmanFordReference() {
    Random random = new Random(11L);
    for (int round = 0; round < 30; round++) {
      List<MentorProfile> mentors = randomMentors(random, 4 + random.nextInt(12));
      List<MenteeProfile> mentees = randomMentees(random, 10 + random.nextInt(50), mentors.size());

      Assignment best = optimal.assign(mentees, mentors);

      assertValid(best, mentees, mentors);
      assertThat(best.totalScore()).as("round %d", round).isEqualTo(referenceTotal(mentees, mentors));
    }
  }

  @Test
  void onMunicipalitySizedBanksTheSparseSolutionEqualsTheDenseExactSolver() {
    for (long seed = 1; seed <= 6; seed++) {
      // Tight banks (fewer places than requests) and loose ones; few organizations make many ties.
      SyntheticBank bank = SyntheticBank.generate(seed, 200, seed % 2 == 0 ? 150 : 70, 2 + (int) seed);
      long[] dense = denseExact(bank.mentees, bank.mentors);

      for (int candidates : new int[] {OptimalAssignment.CANDIDATES, 3, 1}) {
        Assignment sparse = new OptimalAssignment(matcher, candidates).assign(bank.mentees, bank.mentors);

        assertValid(sparse, bank.mentees, bank.mentors);
        assertThat(sparse.totalScore()).as("seed %d, %d candidates", seed, candidates).isEqualTo((int) dense[0]);
        assertThat(sparse.mentorByRequest()).as("seed %d, %d candidates", seed, candidates).hasSize((int) dense[1]);
      }
    }
  }

  @Test
  void requestsOfSeveralMunicipalitiesAndIdenticalMentorsGiveTheDenseOptimum() {
    Random random = new Random(99L);
    for (int round = 0; round < 20; round++) {
      List<MentorProfile> mentors = new ArrayList<>();
      List<MenteeProfile> mentees = new ArrayList<>();
      for (int j = 0; j < 40; j++) {
        // Clones: every tie between mentors is broken the same way or the totals would differ.
        mentors.add(new MentorProfile(1 + j, "Наставник " + j, 1, "ОО", 1 + j % 3, Set.of("ASSESSMENT"),
            Set.of("Физика"), 10, 1 + random.nextInt(2), 0, true, true, true, true, Set.of("TRADITIONAL")));
      }
      for (int i = 0; i < 70; i++) {
        mentees.add(new MenteeProfile(1000 + i, 100 + i, 1, 1 + random.nextInt(4), someOf(random, CODES),
            SUBJECTS.get(random.nextInt(SUBJECTS.size())), random.nextInt(8), "TRADITIONAL"));
      }
      long[] dense = denseExact(mentees, mentors);

      Assignment sparse = new OptimalAssignment(matcher, 1).assign(mentees, mentors);

      assertValid(sparse, mentees, mentors);
      assertThat(sparse.totalScore()).as("round %d", round).isEqualTo((int) dense[0]);
      assertThat(sparse.mentorByRequest()).as("round %d", round).hasSize((int) dense[1]);
      // Municipality 4 has no mentors: its requests stay unassigned.
      mentees.stream().filter(m -> m.municipalityId() == 4)
          .forEach(m -> assertThat(sparse.unassignedRequests()).contains(m.requestId()));
    }
  }

  /**
   * The solver as it was before candidate lists and pricing: min-cost flow over every eligible
   * pair of the bank. Returns the total score and the number of pairs.
   */
  private long[] denseExact(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    int n = mentees.size();
    int m = mentors.size();
    MinCostFlow flow = new MinCostFlow(n + m + 2, n * (m + 1) + m);
    int sink = n + m + 1;
    long scoreUnit = n + 1L;
    for (int i = 0; i < n; i++) {
      flow.addEdge(0, 1 + i, 1, 0);
    }
    List<int[]> pairEdges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (matcher.exclusionReason(mentees.get(i), mentors.get(j)).isEmpty()) {
          int score = matcher.score(mentees.get(i), mentors.get(j));
          pairEdges.add(new int[] {flow.addEdge(1 + i, 1 + n + j, 1, -(score * scoreUnit + 1)), score});
        }
      }
    }
    for (int j = 0; j < m; j++) {
      flow.addEdge(1 + n + j, sink, mentors.get(j).freeCapacity(), 0);
    }
    flow.minimize(0, sink);
    long total = 0;
    long pairs = 0;
    for (int[] edge : pairEdges) {
      if (flow.flow(edge[0]) > 0) {
        total += edge[1];
        pairs++;
      }
    }
    return new long[] {total, pairs};
  }

  /** Textbook successive shortest paths: one augmenting path per Bellman-Ford, on a capacity matrix. */
  private int referenceTotal(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    int n = mentees.size();
    int size = n + mentors.size() + 2;
    int source = size - 2;
    int sink = size - 1;
    int[][] capacity = new int[size][size];
    int[][] cost = new int[size][size];
    for (int i = 0; i < n; i++) {
      capacity[source][i] = 1;
      for (int j = 0; j < mentors.size(); j++) {
        if (matcher.exclusionReason(mentees.get(i), mentors.get(j)).isEmpty()) {
          capacity[i][n + j] = 1;
          cost[i][n + j] = -matcher.score(mentees.get(i), mentors.get(j));
          cost[n + j][i] = -cost[i][n + j];
        }
      }
    }
    for (int j = 0; j < mentors.size(); j++) {
      capacity[n + j][sink] = mentors.get(j).freeCapacity();
    }
    int total = 0;
    while (true) {
      long[] dist = new long[size];
      int[] previous = new int[size];
      Arrays.fill(dist, Long.MAX_VALUE / 2);
      dist[source] = 0;
      for (int round = 0; round < size; round++) {
        for (int u = 0; u < size; u++) {
          for (int v = 0; v < size; v++) {
            if (capacity[u][v] > 0 && dist[u] + cost[u][v] < dist[v]) {
              dist[v] = dist[u] + cost[u][v];
              previous[v] = u;
            }
          }
        }
      }
      if (dist[sink] >= 0) {
        return total;
      }
      for (int v = sink; v != source; v = previous[v]) {
        capacity[previous[v]][v]--;
        capacity[v][previous[v]]++;
      }
      total -= (int) dist[sink];
    }
  }

  private void assertValid(Assignment assignment, List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    Map<Long, MentorProfile> mentorById = new HashMap<>();
    mentors.forEach(mentor -> mentorById.put(mentor.personId(), mentor));
    Map<Long, Integer> taken = new HashMap<>();
    int total = 0;
    Set<Long> seen = new HashSet<>();
    for (MenteeProfile mentee : mentees) {
      Long mentorId = assignment.mentorByRequest().get(mentee.requestId());
      if (mentorId == null) {
        assertThat(assignment.unassignedRequests()).contains(mentee.requestId());
        continue;
      }
      MentorProfile mentor = mentorById.get(mentorId);
      assertThat(matcher.exclusionReason(mentee, mentor)).isEmpty();
      taken.merge(mentorId, 1, Integer::sum);
      total += matcher.score(mentee, mentor);
      seen.add(mentee.requestId());
    }
    taken.forEach((mentorId, count) -> assertThat(count).isLessThanOrEqualTo(mentorById.get(mentorId).freeCapacity()));
    assertThat(assignment.totalScore()).isEqualTo(total);
    assertThat(seen.size() + assignment.unassignedRequests().size()).isEqualTo(mentees.size());
  }

  /** The best total score and, among assignments reaching it, the most pairs. */
  private long[] bruteForce(List<MenteeProfile> mentees, List<MentorProfile> mentors) {
    int[] free = mentors.stream().mapToInt(MentorProfile::freeCapacity).toArray();
    long[] best = {0, 0};
    search(0, 0, 0, mentees, mentors, free, best);
    return best;
  }

  private void search(int index, long total, long pairs, List<MenteeProfile> mentees, List<MentorProfile> mentors,
      int[] free, long[] best) {
    if (index == mentees.size()) {
      if (total > best[0] || total == best[0] && pairs > best[1]) {
        best[0] = total;
        best[1] = pairs;
      }
      return;
    }
    search(index + 1, total, pairs, mentees, mentors, free, best);
    MenteeProfile mentee = mentees.get(index);
    for (int j = 0; j < mentors.size(); j++) {
      MentorProfile mentor = mentors.get(j);
      if (free[j] > 0 && matcher.exclusionReason(mentee, mentor).isEmpty()) {
        free[j]--;
        search(index + 1, total + matcher.score(mentee, mentor), pairs + 1, mentees, mentors, free, best);
        free[j]++;
      }
    }
  }

  private static List<MentorProfile> randomMentors(Random random, int count) {
    List<MentorProfile> mentors = new ArrayList<>();
    for (int j = 0; j < count; j++) {
      int capacity = random.nextInt(4);
      mentors.add(new MentorProfile(1 + j, "Наставник " + (j + 1), 1 + random.nextInt(2), "ОО",
          random.nextInt(10) == 0 ? 2 : 1, someOf(random, CODES), someOf(random, SUBJECTS), random.nextInt(31),
          capacity, random.nextInt(3), random.nextInt(10) > 0, random.nextInt(10) > 0, random.nextInt(10) > 0,
          random.nextBoolean(), someOf(random, FORMS)));
    }
    return mentors;
  }

  private static List<MenteeProfile> randomMentees(Random random, int count, int mentorCount) {
    List<MenteeProfile> mentees = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      // Now and then a mentor files a request too.
      long personId = mentorCount > 0 && random.nextInt(10) == 0 ? 1 + random.nextInt(mentorCount) : 100 + i;
      mentees.add(new MenteeProfile(1000 + i, personId, 1 + random.nextInt(2), 1, someOf(random, CODES),
          random.nextInt(5) == 0 ? null : SUBJECTS.get(random.nextInt(SUBJECTS.size())),
          random.nextInt(5) == 0 ? null : random.nextInt(10),
          random.nextInt(5) == 0 ? null : FORMS.get(random.nextInt(FORMS.size()))));
    }
    return mentees;
  }

  private static Set<String> someOf(Random random, List<String> values) {
    Set<String> result = new HashSet<>();
    for (String value : values) {
      if (random.nextInt(5) < 2) {
        result.add(value);
      }
    }
    return result;
  }
}
