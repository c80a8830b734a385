package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Thousands of random and mutated inputs with fixed seeds: the parser either refuses the file with
 * a {@link RoadmapFormatException} or returns a well-formed roadmap, never anything else.
 */
class RoadmapParserFuzzTest {

  private static final String[] TOKENS = {
      "1.", "1.1.", "1.2", "2.", "2.1.", "II", "III.", "5.1.1.", "1 2 3 4 5", "а)", "—", "-", "•", "**", "<b>", "</b>",
      "<p>", "</p>", "<ul style=\"x\">", "<li>", "###", "№ п/п", "Мероприятие", "Наименование этапа", "Сроки",
      "Ответственный исполнитель", "Ожидаемый результат", "Показатель реализации", "Разработка положения",
      "Формирование банка наставников", "ОО", "Департамент образования", "ЦРО", "Куратор", "Директор",
      "до 15.11.2020", "31.02.2026", "Март 2022", "Сентябрь", "Август–октябрь", "IV квартал 2026 г.",
      "ежегодно", "сентябрь ежегодно", "ежеквартально", "Постоянно", "в течение года", "по отдельному плану",
      "2026 г. – 60; 2027 г. – 60", "2026 г. – ", "1.1. Изучение. 1.2. Подготовка.", " ", "  ", "\u00A0", "\uFEFF",
      "«", "»", "(", ")", ";", ":", "2026", "99999999999", "0.0.0.0.0.0.0.0", "IVXLCDM", "с 1 по", "по"};

  private static final String[] DEADLINE_PARTS = {
      "до", "с", "по", "к", "в", "не позднее", "в течение", "ежегодно", "ежемесячно", "ежеквартально", "раз в",
      "полугодие", "квартал", "I", "II", "IV", "1", "15", "29", "30", "31", "0", "32", "99", "январь", "февраля",
      "марте", "май", "мая", "сентябрь", "декабря", "2020", "2026", "2027", "2099", "1900", "г.", "года", "гг.", "-",
      "–", "—", ".", ",", ";", "числа", "учебный год", "2020-2021", "постоянно", "по мере", "сроками", "сороками",
      "31.02.2026", "29.02.2028", "15.11.20", "01.09.2026-31.05.2027", "x", "", " "};

  private static final LocalDate[][] PERIODS = {
      {LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31)},
      {LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31)},
      {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)},
      {LocalDate.of(2022, 3, 15), LocalDate.of(2022, 4, 10)},
      {LocalDate.of(2024, 2, 29), LocalDate.of(2025, 2, 28)}};

  @Test
  void randomBytesAreRefusedOrRead() {
    Random random = new Random(20261123L);
    byte[][] prefixes = {{}, {'P', 'K', 3, 4}, "%PDF".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0x89, 'P', 'N', 'G'}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
    for (int i = 0; i < 1500; i++) {
      byte[] body = new byte[random.nextInt(3000)];
      random.nextBytes(body);
      byte[] prefix = prefixes[random.nextInt(prefixes.length)];
      byte[] content = new byte[prefix.length + body.length];
      System.arraycopy(prefix, 0, content, 0, prefix.length);
      System.arraycopy(body, 0, content, prefix.length, body.length);
      check("случайные байты #" + i, content, PERIODS[random.nextInt(PERIODS.length)]);
    }
  }

  @Test
  void randomTablesOfTabsAndLinesAreRefusedOrRead() {
    Random random = new Random(7L);
    String header = String.join("\t", "№ п/п", "Наименование мероприятий", "Сроки", "Ответственный исполнитель",
        "Ожидаемый результат", "Показатель реализации");
    for (int i = 0; i < 1200; i++) {
      StringBuilder text = new StringBuilder();
      if (random.nextInt(3) > 0) {
        text.append(header).append('\n');
      }
      int lines = random.nextInt(30);
      for (int l = 0; l < lines; l++) {
        int cells = random.nextInt(8);
        for (int c = 0; c < cells; c++) {
          if (c > 0) {
            text.append('\t');
          }
          int words = random.nextInt(4);
          for (int w = 0; w < words; w++) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]).append(random.nextBoolean() ? " " : "");
          }
        }
        text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
      }
      check("случайная таблица #" + i, text.toString().getBytes(StandardCharsets.UTF_8),
          PERIODS[random.nextInt(PERIODS.length)]);
    }
  }

  @Test
  void mutatedSeedsAreRefusedOrRead() {
    Random random = new Random(11L);
    for (Seeds seed : Seeds.values()) {
      List<String> original = Arrays.asList(seed.text().split("\n", -1));
      for (int i = 0; i < 200; i++) {
        List<String> lines = new ArrayList<>(original);
        int mutations = 1 + random.nextInt(6);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
          mutate(lines, random);
        }
        String text = String.join("\n", lines);
        LocalDate[] period = random.nextInt(3) == 0 ? PERIODS[random.nextInt(PERIODS.length)] : new LocalDate[] {seed.from, seed.to};
        check(seed.file + " мутация #" + i, text.getBytes(StandardCharsets.UTF_8), period);
      }
    }
  }

  @Test
  void damagedWordDocumentsAreRefusedOrRead() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    doc.createParagraph().createRun().setText("Дорожная карта");
    XWPFTable table = doc.createTable(3, 4);
    String[][] rows = {{"№", "Мероприятие", "Срок", "Ответственный"}, {"1.", "Раздел", "", ""},
        {"1.1", "Назначить куратора", "Сентябрь", "ОО"}};
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < 4; c++) {
        table.getRow(r).getCell(c).setText(rows[r][c]);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    byte[] good = out.toByteArray();
    check("целый docx", good, PERIODS[0]);
    Random random = new Random(3L);
    for (int i = 0; i < 60; i++) {
      byte[] bad = random.nextBoolean() ? good.clone() : Arrays.copyOf(good, 4 + random.nextInt(good.length - 4));
      int flips = random.nextInt(8);
      for (int f = 0; f < flips; f++) {
        bad[4 + random.nextInt(bad.length - 4)] = (byte) random.nextInt(256);
      }
      check("повреждённый docx #" + i, bad, PERIODS[0]);
    }
  }

  /**
   * Every new format, from the seed fixtures: cut short, with bytes changed, and random bytes behind
   * the format's magic. Each is read or refused in Russian; the time-out only guards against a hang.
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void damagedFilesOfEveryFormatAreRefusedOrRead() {
    Random random = new Random(13L);
    byte[][] magics = {"%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
        {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0}};
    for (String name : List.of("003.pdf", "000-narrow.pdf", "003.doc", "003.odt", "003.xlsx", "003.xls")) {
      byte[] good = RoadmapFormatsTest.fixture(name);
      check(name, good, new LocalDate[] {Seeds.LYUDINOVO_SCHOOL.from, Seeds.LYUDINOVO_SCHOOL.to});
      for (int i = 0; i < 25; i++) {
        byte[] bad = random.nextInt(3) == 0 ? Arrays.copyOf(good, 8 + random.nextInt(good.length - 8)) : good.clone();
        int flips = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(12);
        for (int f = 0; f < flips; f++) {
          bad[8 + random.nextInt(bad.length - 8)] = (byte) random.nextInt(256);
        }
        check(name + " повреждение #" + i, bad, PERIODS[random.nextInt(PERIODS.length)]);
      }
    }
    for (int i = 0; i < 90; i++) {
      byte[] magic = magics[i % magics.length];
      byte[] content = new byte[magic.length + random.nextInt(5000)];
      random.nextBytes(content);
      System.arraycopy(magic, 0, content, 0, magic.length);
      check("случайные байты с сигнатурой #" + i, content, PERIODS[random.nextInt(PERIODS.length)]);
    }
  }

  @Test
  void randomDeadlinePhrasesAlwaysGiveAWellFormedDeadline() {
    Random random = new Random(5L);
    for (int i = 0; i < 6000; i++) {
      StringBuilder phrase = new StringBuilder();
      int parts = random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        phrase.append(DEADLINE_PARTS[random.nextInt(DEADLINE_PARTS.length)]);
        phrase.append(random.nextInt(4) == 0 ? "" : " ");
      }
      if (random.nextInt(20) == 0) {
        phrase.append((char) random.nextInt(0x500));
      }
      LocalDate[] period = PERIODS[random.nextInt(PERIODS.length)];
      String text = random.nextBoolean() ? phrase.toString() : phrase.toString().toUpperCase();
      DeadlineParser.Analysis analysis;
      try {
        analysis = DeadlineParser.analyze(text, period[0], period[1]);
      } catch (RuntimeException e) {
        throw new AssertionError("Срок «" + text + "» вызвал исключение", e);
      }
      assertDeadline(text, analysis.deadline(), !analysis.problems().isEmpty(), period[0], period[1]);
    }
  }

  private static void mutate(List<String> lines, Random random) {
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (random.nextInt(9)) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, line);
      case 2 -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
      }
      case 3 -> lines.set(at, line.replaceFirst("\t", ""));
      case 4 -> {
        int pos = line.isEmpty() ? 0 : random.nextInt(line.length());
        lines.set(at, line.substring(0, pos) + "\t" + line.substring(pos));
      }
      case 5 -> {
        int pos = line.isEmpty() ? 0 : random.nextInt(line.length());
        lines.set(at, line.substring(0, pos) + TOKENS[random.nextInt(TOKENS.length)] + line.substring(pos));
      }
      case 6 -> {
        String[] cells = line.split("\t", -1);
        if (cells.length > 1) {
          int a = random.nextInt(cells.length);
          int b = random.nextInt(cells.length);
          String t = cells[a];
          cells[a] = cells[b];
          cells[b] = t;
          lines.set(at, String.join("\t", cells));
        }
      }
      case 7 -> lines.set(at, line.length() < 2 ? "" : line.substring(0, random.nextInt(line.length())));
      default -> {
        String[] cells = line.split("\t", -1);
        cells[random.nextInt(cells.length)] = "";
        lines.set(at, String.join("\t", cells));
      }
    }
  }

  private static void check(String what, byte[] content, LocalDate[] period) {
    ParsedRoadmap roadmap;
    try {
      roadmap = new RoadmapParser().parse("фаззинг.txt", content, period[0], period[1]);
    } catch (RoadmapFormatException refused) {
      assertThat(refused.getMessage()).as(what).matches("(?s)[А-ЯЁ].*");
      return;
    } catch (RuntimeException | StackOverflowError e) {
      throw new AssertionError(what + ": неожиданное исключение", e);
    }
    assertWellFormed(what, roadmap, period[0], period[1]);
  }

  private static void assertWellFormed(String what, ParsedRoadmap roadmap, LocalDate from, LocalDate to) {
    assertThat(roadmap.title()).as(what).isNotBlank();
    assertThat(roadmap.sections()).as(what).isNotNull().allSatisfy(s -> assertThat(s.title()).isNotNull());
    assertThat(roadmap.items()).as(what).isNotEmpty();
    assertThat(roadmap.warnings()).as(what).isNotNull().allSatisfy(w -> {
      assertThat(w.row()).isNotNegative();
      assertThat(w.message()).matches("(?s)[А-ЯЁ].*");
    });
    for (ParsedItem item : roadmap.items()) {
      String label = what + ", строка " + item.row();
      assertThat(item.title()).as(label).isNotNull();
      assertThat(item.expectedResult()).as(label).isNotNull();
      assertThat(item.indicators()).as(label).isNotNull();
      assertThat(item.row()).as(label).isPositive();
      assertThat(item.responsible()).as(label).isNotNull();
      assertThat(item.responsible().text()).as(label).isNotNull();
      assertThat(item.responsible().bodies()).as(label).isNotNull();
      if (item.responsible().fanOut()) {
        assertThat(item.responsible().bodies()).as(label).contains(ResponsibleBody.ORGANIZATIONS);
      }
      boolean warned = roadmap.warnings().stream().anyMatch(w -> w.row() == item.row());
      assertDeadline(label, item.deadline(), warned, from, to);
      if (item.deadline().kind() == DeadlineKind.UNKNOWN) {
        assertThat(warned).as(label + ": срок не распознан, а предупреждения нет").isTrue();
      }
    }
  }

  private static void assertDeadline(String what, Deadline deadline, boolean warned, LocalDate from, LocalDate to) {
    assertThat(deadline).as(what).isNotNull();
    assertThat(deadline.text()).as(what).isNotNull();
    assertThat(deadline.kind()).as(what).isNotNull();
    List<LocalDate> dues = deadline.dueDates();
    assertThat(dues).as(what).isNotNull().isSorted().doesNotContainNull();
    boolean inside = dues.stream().allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    switch (deadline.kind()) {
      case RECURRING -> {
        assertThat(inside).as(what + ": повторяющийся срок вне периода").isTrue();
        if (dues.isEmpty()) {
          assertThat(warned).as(what + ": нет ни одной даты, а предупреждения нет").isTrue();
        }
      }
      case CONTINUOUS -> {
        assertThat(dues).as(what).containsExactly(to);
        assertThat(deadline.start()).as(what).isEqualTo(from);
      }
      case DATE, RANGE -> {
        assertThat(dues).as(what).isNotEmpty();
        if (!inside) {
          assertThat(warned).as(what + ": дата вне периода без предупреждения " + dues).isTrue();
        }
        if (deadline.kind() == DeadlineKind.RANGE) {
          assertThat(deadline.start()).as(what).isNotNull().isBeforeOrEqualTo(dues.get(dues.size() - 1));
        }
      }
      case ON_DEMAND, UNKNOWN -> assertThat(dues).as(what).isEmpty();
      default -> fail("вид срока " + deadline.kind());
    }
  }
}
