package ru.nastavnik.benchmark;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Wall-clock samples of a repeated call, after a warm-up, and their percentiles. */
public final class Samples {

  private final double[] millis;

  private Samples(double[] millis) {
    this.millis = millis;
  }

  /** Runs the call {@code warmUp} times unmeasured, then {@code runs} times measured. */
  public static Samples measure(int warmUp, int runs, Callable<?> call) {
    try {
      for (int i = 0; i < warmUp; i++) {
        call.call();
      }
      double[] millis = new double[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        call.call();
        millis[i] = (System.nanoTime() - start) / 1e6;
      }
      return new Samples(millis);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The nearest-rank percentile, in milliseconds. */
  public double percentile(double p) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  public double p95() {
    return percentile(95);
  }

  public double median() {
    return percentile(50);
  }

  public int count() {
    return millis.length;
  }

  @Override
  public String toString() {
    return String.format("%d замеров: медиана %.1f мс, p95 %.1f мс, максимум %.1f мс",
        millis.length, median(), p95(), percentile(100));
  }
}
