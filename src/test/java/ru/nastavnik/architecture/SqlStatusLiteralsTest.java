package ru.nastavnik.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No hand-written SQL (or JPQL) compares a status with a literal: status sets are named on their
 * enums (e.g. {@code PairStatus.SERVING}, {@code RequestStatus.IN_BANK}) and bound as parameters
 * ({@code status in (:served)} with the names), so a rule lives in one place and a renamed or added
 * status cannot silently fall out of a query.
 */
class SqlStatusLiteralsTest {

  /**
   * {@code status = 'X'}, {@code status <> 'X'}, {@code status != 'X'}, {@code status in ('X', …)},
   * {@code status not in ('X', …)} — any column ending in {@code status}, any case, also across the
   * lines of a text block.
   */
  static final Pattern STATUS_LITERAL =
      Pattern.compile("status\\s*(=|<>|!=|\\bnot\\s+in\\b|\\bin\\b)\\s*\\(?\\s*'", Pattern.CASE_INSENSITIVE);

  @Test
  void noStatusLiteralInSql() throws IOException {
    List<String> found = new ArrayList<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        found.addAll(literals(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    assertThat(found).as("status literals in SQL: name the set on the enum and bind it as a parameter").isEmpty();
  }

  @Test
  void thePatternFindsTheUsualForms() {
    assertThat(literals("A.java", "String sql = \"where m.status = 'APPROVED'\";")).containsExactly("A.java:1: m.status = '");
    assertThat(literals("A.java", "x\n\"\"\"\n  and oc.status <> 'DONE'")).containsExactly("A.java:3: oc.status <> '");
    assertThat(literals("A.java", "\" and pr.status in ('DRAFT', 'SUBMITTED')\"")).hasSize(1);
    assertThat(literals("A.java", "\" and STATUS NOT IN (\n   'COMPLETED')\"")).hasSize(1);
    assertThat(literals("A.java", "\" set training_status != 'X'\"")).hasSize(1);
    assertThat(literals("A.java", "\" and pr.status in (:programs) and m.status <> :cancelled\"")).isEmpty();
    assertThat(literals("A.java", "if (status == 'x' || statusInfo) {}")).isEmpty();
  }

  /** Every match of {@link #STATUS_LITERAL} in {@code text}, as {@code file:line: match}. */
  static List<String> literals(String file, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = STATUS_LITERAL.matcher(text);
    while (m.find()) {
      int line = 1 + (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
      int from = m.start();
      while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '"') {
        from--;
      }
      found.add(file + ":" + line + ": " + text.substring(from, m.end()).replaceAll("\\s+", " "));
    }
    return found;
  }
}
