package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The five seed roadmaps (test resources) with the period each is imported for. */
enum Seeds {
  /** Khanty-Mansiysk, municipal, everything dated 2022: calendar 2022. */
  KHANTY_MANSIYSK("000_8a8660ff9e1ac64f.txt", "2022-01-01", "2022-12-31"),
  /** Nizhnevartovsk, municipal roadmap 2026–2028: calendar 2026–2028. */
  NIZHNEVARTOVSK("001_e8ce16e08f0fe19c.txt", "2026-01-01", "2028-12-31"),
  /** Azov, students' model, dates in 2020 and "до 2021": calendar 2020–2021. */
  AZOV("002_7bddc29dfd59e2c1.txt", "2020-01-01", "2021-12-31"),
  /** One school, months without years, preparation starts in August: 2026-08-01 .. 2027-07-31. */
  LYUDINOVO_SCHOOL("003_d6a614b69e98224f.txt", "2026-08-01", "2027-07-31"),
  /** Kotelnikovo district, roadmap "на 2022 год": calendar 2022. */
  KOTELNIKOVO("004_a4c679136461bbb8.txt", "2022-01-01", "2022-12-31");

  final String file;
  final LocalDate from;
  final LocalDate to;

  Seeds(String file, String from, String to) {
    this.file = file;
    this.from = LocalDate.parse(from);
    this.to = LocalDate.parse(to);
  }

  byte[] bytes() {
    try (InputStream in = Seeds.class.getResourceAsStream("/roadmaps/" + file)) {
      assertThat(in).as("test resource /roadmaps/" + file).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String text() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  ParsedRoadmap parse() {
    return new RoadmapParser().parse(file, bytes(), from, to);
  }

  private static final Pattern MARKUP = Pattern.compile("<[^>]*>|\\*\\*|^#+\\s*|[•]");

  /**
   * Checks, independently of the parser's own bookkeeping, that every non-empty line after the
   * header is an item's row, a warning's row, a section, an export artifact or text that went
   * into an earlier item.
   */
  static void assertEveryRowAccountedFor(String text, ParsedRoadmap roadmap) {
    String[] lines = text.split("\r?\n", -1);
    int header = -1;
    for (int i = 0; i < lines.length && header < 0; i++) {
      if (lines[i].startsWith("№") && lines[i].contains("\t")) {
        header = i;
      }
    }
    assertThat(header).as("header line").isNotNegative();
    String headerText = clean(lines[header]);
    for (int i = header + 1; i < lines.length; i++) {
      String line = clean(lines[i]);
      int row = i + 1;
      if (line.isEmpty() || line.equals(headerText) || line.matches("(\\d+ )*\\d+")) {
        continue;
      }
      if (roadmap.items().stream().anyMatch(it -> it.row() == row)
          || roadmap.warnings().stream().anyMatch(w -> w.row() == row)
          || roadmap.sections().stream().anyMatch(s -> !s.title().isEmpty()
              && line.contains(s.title().substring(0, Math.min(30, s.title().length()))))) {
        continue;
      }
      List<String> cells = Arrays.stream(lines[i].split("\t")).map(Seeds::clean).filter(c -> !c.isEmpty()).toList();
      boolean continued = !cells.isEmpty() && cells.stream().allMatch(cell -> roadmap.items().stream()
          .filter(it -> it.row() < row)
          .anyMatch(it -> it.title().contains(cell) || it.responsible().text().contains(cell)
              || it.expectedResult().contains(cell) || it.deadline().text().contains(cell)
              || (!IndicatorParser.parse(cell).isEmpty() && it.indicators().containsAll(IndicatorParser.parse(cell)))));
      if (!continued) {
        fail("Строка " + row + " не стала ни мероприятием, ни разделом, ни предупреждением: " + line);
      }
    }
  }

  private static String clean(String s) {
    return MARKUP.matcher(s.replace('\t', ' ')).replaceAll(" ").replaceAll("\\s+", " ").trim()
        .replaceAll("(^|[:;.])\\s*-\\s*", "$1 ").replaceAll("\\s+", " ").trim();
  }
}
