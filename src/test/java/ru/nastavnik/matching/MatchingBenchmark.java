package ru.nastavnik.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;
import ru.nastavnik.benchmark.Samples;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): the optimal assignment of 10,000
 * requests to 10,000 mentors of one municipality ({@link SyntheticBank}, 45 schools), beside the
 * greedy baseline on the same bank: wall time, total score, pairs. Records {@code matching_10k_s}.
 */
class MatchingBenchmark {

  private static final int REQUESTS = 10_000;
  private static final int MENTORS = 10_000;
  private static final int ORGANIZATIONS = 45;
  private static final int RUNS = 3;

  @Test
  void optimalAndGreedyAssignmentOfTenThousandRequests() {
    SyntheticBank bank = SyntheticBank.generate(2026L, REQUESTS, MENTORS, ORGANIZATIONS);
    MentorMatcher matcher = new MentorMatcher();
    GreedyAssignment greedy = new GreedyAssignment(matcher);
    OptimalAssignment optimal = new OptimalAssignment(matcher);
    System.out.printf("Муниципалитет: %d открытых запросов, %d наставников, %d организаций, свободных мест у "
        + "допустимых наставников: %d%n", REQUESTS, MENTORS, ORGANIZATIONS, bank.freePlaces());

    Assignment[] results = new Assignment[2];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Samples greedyTimes = Samples.measure(1, RUNS, () -> results[0] = greedy.assign(bank.mentees, bank.mentors));
    long cpuBefore = threads.getCurrentThreadCpuTime();
    Samples optimalTimes = Samples.measure(1, RUNS, () -> results[1] = optimal.assign(bank.mentees, bank.mentors));
    // The machine is shared: processor time per run tells what the wall time would be on a free core.
    System.out.printf("Оптимальный: процессорное время %.1f с на прогон (стены — медиана %.1f с)%n",
        (threads.getCurrentThreadCpuTime() - cpuBefore) / 1e9 / (RUNS + 1), optimalTimes.median() / 1000);
    Assignment greedyResult = results[0];
    Assignment optimalResult = results[1];

    System.out.printf("Жадный: %s; сумма оценок %d, пар %d, средняя оценка %.1f%n", greedyTimes,
        greedyResult.totalScore(), greedyResult.mentorByRequest().size(), average(greedyResult));
    System.out.printf("Оптимальный: %s; сумма оценок %d, пар %d, средняя оценка %.1f%n", optimalTimes,
        optimalResult.totalScore(), optimalResult.mentorByRequest().size(), average(optimalResult));
    System.out.printf("Оптимальный выигрывает %d баллов (%+.2f %%) за %.1f с против %.1f с%n",
        optimalResult.totalScore() - greedyResult.totalScore(),
        100.0 * (optimalResult.totalScore() - greedyResult.totalScore()) / Math.max(1, greedyResult.totalScore()),
        optimalTimes.median() / 1000, greedyTimes.median() / 1000);

    BenchmarkResults.record("подбор наставников по банку", List.of(
        Figure.lower("matching_10k_s", "Оптимальное распределение 10 000 запросов × 10 000 наставников (медиана "
            + RUNS + " прогонов; жадный — " + String.format("%.1f", greedyTimes.median() / 1000) + " с)",
            optimalTimes.median() / 1000, "s", 10)));
  }

  private static double average(Assignment assignment) {
    return assignment.mentorByRequest().isEmpty() ? 0
        : (double) assignment.totalScore() / assignment.mentorByRequest().size();
  }
}
