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
 * sink (capacity = free places), by successive shortest paths ({@link MinCostFlow}). Each
 * municipality is solved on its own (no pair crosses one).
 *
 * <p>In a large municipality nearly every mentor is eligible for every request (10,000 × 10,000
 * gives 70 million pairs), but a request ends up with one of its best few. So the flow is first
 * solved on a sparse graph, each request joined to its {@value #CANDIDATES} best-scoring mentors
 * only; then every pair left out is priced with the potentials of that solution. A pair whose
 * reduced cost is negative could improve the total: such pairs are added and the flow solved
 * again. When no pair is left that could, the potentials prove the sparse optimum optimal for
 * the whole bank (linear-programming duality), so the result is the exact optimum, not an
 * approximation. The same input always gives the same result.
 */
public final class OptimalAssignment {

  /** How many best-scoring mentors each request starts with. */
  static final int CANDIDATES = 12;

  private final MentorMatcher matcher;
  private final int candidates;

  public OptimalAssignment(MentorMatcher matcher) {
    this(matcher, CANDIDATES);
  }

  /** With another start size of the candidate lists: tests use tiny ones to make pricing do the work. */
  OptimalAssignment(MentorMatcher matcher, int candidates) {
    this.matcher = Objects.requireNonNull(matcher, "matcher");
    if (candidates < 1) {
      throw new IllegalArgumentException("Нужен хотя бы один кандидат на запрос: " + candidates);
    }
    this.candidates = candidates;
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
    Bank bank = Bank.of(mentees, mentors);
    int[] chosenMentor = new int[bank.mentees.size()];
    int[] chosenScore = new int[bank.mentees.size()];
    Arrays.fill(chosenMentor, -1);
    for (Bank.Part part : bank.parts(matcher)) {
      new PartSolver(part, candidates).solve(chosenMentor, chosenScore);
    }
    return bank.toAssignment(chosenMentor, chosenScore);
  }

  /** One municipality: candidate graph, flow, pricing, until no left-out pair could raise the total. */
  private static final class PartSolver {

    private final Bank.Part part;
    private final PairScorer scorer;
    private final int n;
    private final int m;
    private final int[] freePlaces;
    /** Score first, the number of pairs second: n + 1 points per score unit outweigh any count of pairs. */
    private final long scoreUnit;
    private final int initialCandidates;

    // Candidate lists, growing when pricing finds a pair worth adding.
    private final int[][] mentorsOf;
    private final int[][] scoresOf;
    private final int[] candidateCount;
    /** No mentor left out of request i's list scores above this; -1 when none is left out. */
    private final int[] ceiling;

    private final int source;
    private final int sink;

    PartSolver(Bank.Part part, int initialCandidates) {
      this.part = part;
      this.scorer = part.scorer();
      this.n = scorer.menteeCount;
      this.m = scorer.mentorCount;
      this.initialCandidates = initialCandidates;
      this.freePlaces = new int[m];
      for (int j = 0; j < m; j++) {
        freePlaces[j] = part.mentorProfiles().get(j).freeCapacity();
      }
      this.scoreUnit = n + 1L;
      this.mentorsOf = new int[n][];
      this.scoresOf = new int[n][];
      this.candidateCount = new int[n];
      this.ceiling = new int[n];
      this.source = 0;
      this.sink = n + m + 1;
    }

    /** Writes the chosen mentor (bank index) and score of each request; returns the number of flow solutions. */
    int solve(int[] chosenMentor, int[] chosenScore) {
      pickCandidates();
      int rounds = 0;
      while (true) {
        rounds++;
        MinCostFlow flow = new MinCostFlow(n + m + 2, 2 * n + m + Arrays.stream(candidateCount).sum());
        int[] firstEdge = build(flow);
        flow.minimize(source, sink);

        int[] mentorOf = new int[n];
        Arrays.fill(mentorOf, -1);
        int[] scoreOf = new int[n];
        for (int i = 0; i < n; i++) {
          for (int k = 0; k < candidateCount[i]; k++) {
            if (flow.flow(firstEdge[i] + k) > 0) {
              mentorOf[i] = mentorsOf[i][k];
              scoreOf[i] = scoresOf[i][k];
            }
          }
        }
        long[] potential = tightPotentials(flow, mentorOf, scoreOf);
        if (addUnderpricedPairs(potential) == 0) {
          for (int i = 0; i < n; i++) {
            if (mentorOf[i] >= 0) {
              chosenMentor[part.mentees()[i]] = part.mentors()[mentorOf[i]];
              chosenScore[part.mentees()[i]] = scoreOf[i];
            }
          }
          return rounds;
        }
      }
    }

    private long weight(int score) {
      return score * scoreUnit + 1;
    }

    /**
     * Each request's best {@link #initialCandidates} eligible mentors (ties by mentor order), by
     * scoring every eligible pair once; scores are 0–100, so a histogram finds the cut.
     */
    private void pickCandidates() {
      int[] scores = new int[m];
      int[] histogram = new int[101];
      for (int i = 0; i < n; i++) {
        Arrays.fill(histogram, 0);
        int eligible = 0;
        for (int j = 0; j < m; j++) {
          if (scorer.eligible(i, j)) {
            int score = scorer.score(i, j);
            scores[j] = score;
            histogram[score]++;
            eligible++;
          } else {
            scores[j] = -1;
          }
        }
        int cut = -1;
        int takeAtCut = 0;
        if (eligible > initialCandidates) {
          int above = 0;
          cut = 100;
          while (above + histogram[cut] < initialCandidates) {
            above += histogram[cut];
            cut--;
          }
          takeAtCut = initialCandidates - above;
        }
        int size = Math.min(eligible, initialCandidates);
        int[] chosen = new int[size];
        int[] chosenScores = new int[size];
        int count = 0;
        for (int j = 0; j < m && count < size; j++) {
          int score = scores[j];
          if (score > cut || score == cut && takeAtCut-- > 0) {
            chosen[count] = j;
            chosenScores[count] = score;
            count++;
          }
        }
        mentorsOf[i] = chosen;
        scoresOf[i] = chosenScores;
        candidateCount[i] = count;
        ceiling[i] = cut;
      }
    }

    /** Nodes: source 0, request i at 1 + i, mentor j at 1 + n + j, sink n + m + 1. */
    private int[] build(MinCostFlow flow) {
      int[] firstEdge = new int[n];
      for (int i = 0; i < n; i++) {
        flow.addEdge(source, 1 + i, 1, 0);
        // Leaving a request without a mentor costs nothing: then every request carries a unit of flow.
        flow.addEdge(1 + i, sink, 1, 0);
      }
      for (int i = 0; i < n; i++) {
        firstEdge[i] = -1;
        for (int k = 0; k < candidateCount[i]; k++) {
          int edge = flow.addEdge(1 + i, 1 + n + mentorsOf[i][k], 1, -weight(scoresOf[i][k]));
          if (k == 0) {
            firstEdge[i] = edge;
          }
        }
      }
      for (int j = 0; j < m; j++) {
        flow.addEdge(1 + n + j, sink, freePlaces[j], 0);
      }
      return firstEdge;
    }

    /**
     * The flow's potentials moved as far as they may go while every residual arc keeps a
     * non-negative reduced cost: each mentor as low, then each request as high as its arcs allow.
     * The lower a mentor's potential and the higher a request's, the fewer left-out pairs look
     * worth adding; a mentor with a free place sits at the sink's potential, a full one at its
     * "price".
     */
    private long[] tightPotentials(MinCostFlow flow, int[] mentorOf, int[] scoreOf) {
      long[] potential = new long[n + m + 2];
      for (int node = 0; node < potential.length; node++) {
        potential[node] = flow.potential(node);
      }
      long sinkPotential = potential[sink];
      int[] taken = new int[m];
      long[] lowest = new long[m];
      Arrays.fill(lowest, Long.MIN_VALUE);
      for (int i = 0; i < n; i++) {
        if (mentorOf[i] >= 0) {
          int j = mentorOf[i];
          taken[j]++;
          // The reverse of a used arc: weight + p(mentor) - p(request) >= 0.
          lowest[j] = Math.max(lowest[j], potential[1 + i] - weight(scoreOf[i]));
        }
      }
      for (int j = 0; j < m; j++) {
        if (taken[j] < freePlaces[j]) {
          // mentor -> sink still has capacity: p(mentor) >= p(sink); with flow also <=.
          lowest[j] = Math.max(lowest[j], sinkPotential);
        }
        potential[1 + n + j] = lowest[j];
      }
      for (int i = 0; i < n; i++) {
        // An assigned request: p(request) <= p(mentor) + weight. An unassigned one carries no flow
        // (leaving it out is cheaper through source -> request never taken): p(request) <= p(source).
        potential[1 + i] = mentorOf[i] >= 0
            ? potential[1 + n + mentorOf[i]] + weight(scoreOf[i])
            : potential[source];
      }
      assert residualArcsKeepNonNegativeReducedCosts(potential, mentorOf);
      return potential;
    }

    private boolean residualArcsKeepNonNegativeReducedCosts(long[] potential, int[] mentorOf) {
      for (int i = 0; i < n; i++) {
        long p = potential[1 + i];
        for (int k = 0; k < candidateCount[i]; k++) {
          int j = mentorsOf[i][k];
          long reduced = -weight(scoresOf[i][k]) + p - potential[1 + n + j];
          if (j == mentorOf[i] ? reduced != 0 : reduced < 0) {
            return false;
          }
        }
        boolean sourceArcValid = mentorOf[i] >= 0 ? p >= potential[source] : p <= potential[source];
        if (!sourceArcValid || p < potential[sink]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Prices every eligible pair left out of the candidate lists: it could raise the total only if
     * its arc would have a negative reduced cost, {@code weight > p(request) - p(mentor)}. Every
     * mentor's potential is at most the sink's, so a request whose best left-out score cannot
     * reach {@code p(request) - p(sink)} is skipped without scoring. Adds up to
     * {@link #initialCandidates} such pairs per request, the most underpriced first; returns how
     * many were added.
     */
    private int addUnderpricedPairs(long[] potential) {
      long sinkPotential = potential[sink];
      int[] marked = new int[m];
      Arrays.fill(marked, -1);
      int[] found = new int[m];
      long[] excess = new long[m];
      int[] foundScores = new int[m];
      int added = 0;
      for (int i = 0; i < n; i++) {
        long requestPotential = potential[1 + i];
        if (ceiling[i] < 0 || weight(ceiling[i]) <= requestPotential - sinkPotential) {
          continue;
        }
        for (int k = 0; k < candidateCount[i]; k++) {
          marked[mentorsOf[i][k]] = i;
        }
        int count = 0;
        int highestLeft = -1;
        for (int j = 0; j < m; j++) {
          if (marked[j] != i && scorer.eligible(i, j)) {
            int score = scorer.score(i, j);
            long over = weight(score) - (requestPotential - potential[1 + n + j]);
            if (over > 0) {
              found[count] = j;
              excess[j] = over;
              foundScores[j] = score;
              count++;
            } else {
              highestLeft = Math.max(highestLeft, score);
            }
          }
        }
        if (count == 0) {
          ceiling[i] = highestLeft;
          continue;
        }
        Integer[] order = new Integer[count];
        for (int c = 0; c < count; c++) {
          order[c] = found[c];
        }
        Arrays.sort(order, (a, b) -> excess[a] != excess[b] ? Long.compare(excess[b], excess[a]) : Integer.compare(a, b));
        int take = Math.min(count, initialCandidates);
        int size = candidateCount[i] + take;
        mentorsOf[i] = Arrays.copyOf(mentorsOf[i], size);
        scoresOf[i] = Arrays.copyOf(scoresOf[i], size);
        for (int c = 0; c < take; c++) {
          int j = order[c];
          mentorsOf[i][candidateCount[i]] = j;
          scoresOf[i][candidateCount[i]] = foundScores[j];
          candidateCount[i]++;
        }
        int left = highestLeft;
        for (int c = take; c < count; c++) {
          left = Math.max(left, foundScores[order[c]]);
        }
        ceiling[i] = left;
        added += take;
      }
      return added;
    }
  }
}
