package ru.nastavnik.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a benchmark's figures into {@code target/benchmark/results.json} and prints them as a
 * Russian table. The file is a JSON list of {@code {"name", "value", "unit", "goal", "better"}};
 * each benchmark replaces its own names and keeps everybody else's, and the file is replaced
 * whole (written beside, then moved), so it is a valid list at every moment.
 */
public final class BenchmarkResults {

  /** Where the checks read the figures; relative to the module, where Maven runs the benchmarks. */
  public static final Path FILE = Path.of("target", "benchmark", "results.json");

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchmarkResults() {}

  /** Records the figures (replacing earlier values of the same names) and prints them. */
  public static synchronized void record(String benchmark, List<Figure> figures) {
    Map<String, ObjectNode> byName = new LinkedHashMap<>();
    for (ObjectNode entry : read()) {
      byName.put(entry.path("name").asText(), entry);
    }
    for (Figure figure : figures) {
      ObjectNode entry = JSON.createObjectNode();
      entry.put("name", figure.name());
      entry.put("value", round(figure.value()));
      entry.put("unit", figure.unit());
      entry.put("goal", round(figure.goal()));
      entry.put("better", figure.better());
      byName.put(figure.name(), entry);
    }
    ArrayNode list = JSON.createArrayNode();
    byName.values().forEach(list::add);
    write(list);
    System.out.println(table(benchmark, figures));
  }

  /** The figures now in the file, in their order. */
  public static List<ObjectNode> read() {
    List<ObjectNode> entries = new ArrayList<>();
    if (!Files.exists(FILE)) {
      return entries;
    }
    try {
      JsonNode root = JSON.readTree(FILE.toFile());
      if (root != null && root.isArray()) {
        root.forEach(node -> {
          if (node.isObject() && node.hasNonNull("name")) {
            entries.add((ObjectNode) node);
          }
        });
      }
      return entries;
    } catch (IOException e) {
      // A damaged file would hide every other figure: start it anew rather than fail the run.
      System.err.println("Файл " + FILE + " не читается (" + e.getMessage() + "), он будет записан заново");
      return entries;
    }
  }

  /** The Russian table printed after each benchmark. */
  static String table(String benchmark, List<Figure> figures) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Показатель", "Имя", "Значение", "Цель", "Итог"});
    for (Figure figure : figures) {
      rows.add(new String[] {figure.title(), figure.name(), number(figure.value()) + " " + figure.unit(),
          (figure.better().equals("lower") ? "≤ " : "≥ ") + number(figure.goal()) + " " + figure.unit(),
          figure.goalReached() ? "достигнута" : "НЕ достигнута"});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder text = new StringBuilder("\n=== Замер: ").append(benchmark).append(" ===\n");
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < widths.length; c++) {
        text.append(c == 0 ? "| " : " | ").append(String.format("%-" + widths[c] + "s", rows.get(r)[c]));
      }
      text.append(" |\n");
      if (r == 0) {
        for (int c = 0; c < widths.length; c++) {
          text.append(c == 0 ? "|-" : "-|-").append("-".repeat(widths[c]));
        }
        text.append("-|\n");
      }
    }
    return text.append("Результаты: ").append(FILE.toAbsolutePath()).append('\n').toString();
  }

  private static String number(double value) {
    return BigDecimal.valueOf(round(value)).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(value >= 100 ? 1 : 3, RoundingMode.HALF_UP).doubleValue();
  }

  private static void write(ArrayNode list) {
    try {
      Files.createDirectories(FILE.getParent());
      Path temporary = Files.createTempFile(FILE.getParent(), "results", ".json");
      JSON.writeValue(temporary.toFile(), list);
      Files.move(temporary, FILE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Не удалось записать " + FILE, e);
    }
  }
}
