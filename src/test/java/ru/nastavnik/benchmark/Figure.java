package ru.nastavnik.benchmark;

import java.util.Objects;

/**
 * One measured figure of a benchmark, as {@code target/benchmark/results.json} lists it.
 *
 * @param name the figure's fixed name, read by the checks ({@code tasklist_query_p95_ms})
 * @param title what it measures, in Russian, for the printed table only
 * @param value the measured value
 * @param unit its unit ({@code ms}, {@code s}, {@code MB}, …)
 * @param goal the goal of the issue; never lowered to fit a measurement
 * @param better {@code lower} or {@code higher}: which side of the goal is good
 */
public record Figure(String name, String title, double value, String unit, double goal, String better) {

  public Figure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    if (!better.equals("lower") && !better.equals("higher")) {
      throw new IllegalArgumentException("better: lower или higher, а не " + better);
    }
  }

  /** A figure where less is better (a time, a memory size). */
  public static Figure lower(String name, String title, double value, String unit, double goal) {
    return new Figure(name, title, value, unit, goal, "lower");
  }

  /** A figure where more is better (a throughput). */
  public static Figure higher(String name, String title, double value, String unit, double goal) {
    return new Figure(name, title, value, unit, goal, "higher");
  }

  public boolean goalReached() {
    return better.equals("lower") ? value <= goal : value >= goal;
  }
}
