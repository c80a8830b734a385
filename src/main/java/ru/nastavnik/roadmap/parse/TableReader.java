package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import ru.nastavnik.roadmap.parse.Header.Column;
import ru.nastavnik.roadmap.parse.NumberToken.SubItem;
import ru.nastavnik.roadmap.parse.TableOutline.Fields;

/**
 * Walks the source lines after the header row and turns each into a section, an item (or several,
 * for a stage row), a continuation of the previous item, a skipped export artifact or a warning.
 */
final class TableReader {

  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");

  private final List<SourceLine> lines;
  private final LocalDate from;
  private final LocalDate to;

  private Header header;
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final TableOutline outline;
  private final TablePreamble preamble;
  private final Set<Integer> skippedTables = new HashSet<>();
  private final Set<Integer> checkedTables = new HashSet<>();
  private String[] nextKeys;
  private Header nextKeysHeader;

  TableReader(String fileName, List<SourceLine> lines, LocalDate from, LocalDate to) {
    this.lines = lines;
    this.from = from;
    this.to = to;
    this.outline = new TableOutline(warnings);
    this.preamble = new TablePreamble(fileName, lines);
  }

  ParsedRoadmap read() {
    int headerIndex = -1;
    for (int i = 0; i < lines.size() && headerIndex < 0; i++) {
      SourceLine line = lines.get(i);
      if (line.kind() == SourceLine.Kind.TABLE_ROW && (header = Header.recognize(line.cells())) != null) {
        headerIndex = i;
      }
    }
    if (headerIndex < 0) {
      boolean anyTable = lines.stream().anyMatch(l -> l.kind() != SourceLine.Kind.FREE_TEXT);
      throw new RoadmapFormatException(anyTable
          ? "В таблице не найдена строка заголовка: ожидаются столбцы «№ п/п», «Наименование мероприятий», "
              + "«Сроки», «Ответственный исполнитель», «Ожидаемый результат»"
          : "В файле не найдена таблица дорожной карты: ожидается таблица со столбцами «№ п/п», "
              + "«Наименование мероприятий», «Сроки», «Ответственный исполнитель»");
    }
    SourceLine headerLine = lines.get(headerIndex);
    checkedTables.add(headerLine.table());
    warnIgnoredColumns(headerLine.row());
    String title = preamble.title(headerIndex);
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      process(i);
    }
    if (outline.items.isEmpty()) {
      throw new RoadmapFormatException("В таблице дорожной карты нет ни одного мероприятия");
    }
    return new TableResult(outline, warnings, from, to).finish(title, preamble);
  }

  // ---------------------------------------------------------------- rows

  private void process(int i) {
    SourceLine line = lines.get(i);
    if (line.blank() || skippedTables.contains(line.table())) {
      return;
    }
    if (line.table() >= 0 && !checkedTables.contains(line.table()) && !checkTable(line.table(), i)) {
      return;
    }
    switch (line.kind()) {
      case TABLE_ROW -> {
        Header again = Header.recognize(line.cells());
        if (again != null) {
          if (!again.sameColumns(header)) {
            header = again;
            warnIgnoredColumns(line.row());
          }
          return;
        }
        if (columnNumbers(line.cells())) {
          return;
        }
        tableRow(line, i);
      }
      case MERGED_ROW -> freeText(line.joined(), true, line, i);
      case FREE_TEXT -> {
        String text = line.cells().get(0);
        if (columnNumbers(List.of(text.split(" ")))) {
          return;
        }
        freeText(text, line.heading(), line, i);
      }
    }
  }

  /** A later .docx table continues the roadmap when it repeats the header or has the same columns. */
  private boolean checkTable(int table, int first) {
    checkedTables.add(table);
    int width = 0;
    int last = first;
    for (int j = first; j < lines.size() && (lines.get(j).table() == table || lines.get(j).table() < 0); j++) {
      SourceLine l = lines.get(j);
      if (l.table() != table) {
        continue;
      }
      last = j;
      if (l.kind() == SourceLine.Kind.TABLE_ROW && Header.recognize(l.cells()) != null) {
        return true;
      }
      width = Math.max(width, l.cells().size());
    }
    if (width == header.width()) {
      return true;
    }
    skippedTables.add(table);
    warn(lines.get(first).row(), "Таблица в строках " + lines.get(first).row() + "–" + lines.get(last).row()
        + " не похожа на продолжение дорожной карты (другие столбцы, нет строки заголовка) и не импортирована");
    return false;
  }

  private void tableRow(SourceLine line, int i) {
    List<String> cells = line.cells();
    String num = header.get(cells, Column.NUMBER);
    String stage = header.has(Column.STAGE) ? header.get(cells, Column.STAGE) : "";
    String title = header.get(cells, Column.TITLE);
    Fields fields = new Fields(header.get(cells, Column.DEADLINE), header.get(cells, Column.RESPONSIBLE),
        header.get(cells, Column.RESULT), header.get(cells, Column.INDICATOR));
    warnExtraCells(line);

    NumberToken tok = null;
    if (!num.isEmpty()) {
      tok = NumberToken.leading(num);
      if (tok == null) {
        unrecognizedNumber(line, num, stage, title, fields);
        return;
      }
      if (!tok.rest().isEmpty()) {
        if (header.has(Column.STAGE) && stage.isEmpty()) {
          stage = tok.rest();
        } else if (title.isEmpty()) {
          title = tok.rest();
        } else {
          title = tok.rest() + " " + title;
        }
      }
    }
    if (header.has(Column.STAGE)) {
      stageRow(line, tok, stage, title, fields);
    } else {
      plainRow(line, i, tok, title, fields);
    }
  }

  private void plainRow(SourceLine line, int i, NumberToken tok, String title, Fields fields) {
    if (tok == null) {
      List<SubItem> subs = NumberToken.splitSubItems(title, null);
      if (subs.isEmpty()) {
        outline.continuation(line, "", title, fields);
      } else {
        outline.subItems(line, subs, fields);
      }
      return;
    }
    if (fields.empty()) {
      if (title.isEmpty()) {
        warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
      } else if (tok.level() == 1 || hasChildren(tok.key(), i)) {
        outline.openSection(line.row(), tok, title);
      } else {
        outline.item(line, tok.written(), tok, title, fields);
      }
      return;
    }
    List<SubItem> subs = NumberToken.splitSubItems(title, tok.key());
    if (subs.size() > 1) {
      warnSeveral(line, tok, subs);
      outline.subItems(line, subs, fields);
    } else {
      outline.item(line, tok.written(), tok, title, fields);
    }
  }

  private void stageRow(SourceLine line, NumberToken tok, String stage, String content, Fields fields) {
    if (tok != null) {
      if (!stage.isEmpty()) {
        outline.openSection(line.row(), tok, stage);
        if (content.isEmpty()) {
          if (!fields.empty()) {
            outline.item(line, tok.written(), tok, stage, fields);
          }
          return;
        }
        List<SubItem> subs = NumberToken.splitSubItems(content, tok.key());
        if (subs.isEmpty()) {
          outline.item(line, tok.written(), tok, content, fields);
        } else {
          outline.subItems(line, subs, fields);
        }
        return;
      }
      if (content.isEmpty() && fields.empty()) {
        warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
        return;
      }
      List<SubItem> subs = NumberToken.splitSubItems(content, tok.key());
      if (subs.isEmpty()) {
        outline.item(line, tok.written(), tok, content, fields);
        return;
      }
      if (outline.currentSection == null || outline.currentSection.token == null
          || !outline.currentSection.token.key().equals(tok.key())) {
        warnSeveral(line, tok, subs);
      }
      outline.subItems(line, subs, fields);
      return;
    }
    List<SubItem> subs = NumberToken.splitSubItems(content, null);
    if (!stage.isEmpty() && !subs.isEmpty()) {
      outline.openSection(line.row(), null, stage);
      outline.subItems(line, subs, fields);
    } else if (!subs.isEmpty()) {
      outline.subItems(line, subs, fields);
    } else {
      outline.continuation(line, stage, content, fields);
    }
  }

  private void warnSeveral(SourceLine line, NumberToken tok, List<SubItem> subs) {
    String range = subs.size() == 1 ? subs.get(0).number()
        : subs.get(0).number() + " … " + subs.get(subs.size() - 1).number();
    warn(line.row(), "Строка «" + tok.written() + "» содержит пункты " + range
        + ": они импортированы как отдельные мероприятия");
  }

  private void unrecognizedNumber(SourceLine line, String num, String stage, String title, Fields fields) {
    if (title.isEmpty() && stage.isEmpty() && fields.empty()) {
      outline.openSection(line.row(), null, num);
    } else if (title.isEmpty() && stage.isEmpty()) {
      outline.item(line, null, null, num, fields);
      warn(line.row(), "У мероприятия «" + CellText.excerpt(num) + "» нет номера");
    } else {
      outline.item(line, num, null, title.isEmpty() ? stage : title, fields);
      warn(line.row(), "Номер «" + CellText.excerpt(num) + "» не распознан; сохранён как в документе");
    }
  }

  private void freeText(String text, boolean heading, SourceLine line, int i) {
    NumberToken tok = NumberToken.leading(text);
    if (tok != null && !tok.rest().isEmpty()) {
      if (tok.level() == 1 || hasChildren(tok.key(), i)) {
        outline.openSection(line.row(), tok, tok.rest());
      } else {
        outline.item(line, tok.written(), tok, tok.rest(), Fields.NONE);
      }
    } else if (tok != null) {
      warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
    } else if (heading) {
      outline.openSection(line.row(), null, text);
    } else {
      warn(line.row(), "Текст вне строк таблицы не импортирован: «" + CellText.excerpt(text) + "»");
    }
  }

  /** Whether the next numbered row is a child of {@code key} ("5.1." followed by "5.1.1."). */
  private boolean hasChildren(String key, int i) {
    if (nextKeysHeader != header) {
      // One pass from the end instead of a scan per row: rows without a number are many after mutations.
      nextKeys = new String[lines.size() + 1];
      for (int j = lines.size() - 1; j >= 0; j--) {
        String k = keyOf(lines.get(j));
        nextKeys[j] = k != null ? k : nextKeys[j + 1];
      }
      nextKeysHeader = header;
    }
    String next = nextKeys[i + 1];
    return next != null && next.startsWith(key + ".");
  }

  private String keyOf(SourceLine l) {
    if (l.blank()) {
      return null;
    }
    if (l.kind() != SourceLine.Kind.TABLE_ROW) {
      NumberToken t = NumberToken.leading(l.joined());
      return t == null ? null : t.key();
    }
    if (Header.recognize(l.cells()) != null || columnNumbers(l.cells())) {
      return null;
    }
    String num = header.get(l.cells(), Column.NUMBER);
    NumberToken t = num.isEmpty() ? null : NumberToken.leading(num);
    if (t != null) {
      return t.key();
    }
    List<SubItem> subs = NumberToken.splitSubItems(header.get(l.cells(), Column.TITLE), null);
    return subs.isEmpty() ? null : subs.get(0).key();
  }
  // ---------------------------------------------------------------- helpers

  private void warnIgnoredColumns(int row) {
    for (String name : header.ignored()) {
      warn(row, "Столбец «" + CellText.excerpt(name) + "» не распознан; его содержимое не импортируется");
    }
  }

  private void warnExtraCells(SourceLine line) {
    List<String> cells = line.cells();
    StringBuilder extra = new StringBuilder();
    for (int c = header.width(); c < cells.size(); c++) {
      if (!cells.get(c).isEmpty()) {
        TableOutline.append(extra, cells.get(c));
      }
    }
    if (extra.length() > 0) {
      warn(line.row(), "В строке больше ячеек, чем столбцов в заголовке; текст «" + CellText.excerpt(extra.toString())
          + "» не импортирован");
    }
  }

  /** The row of column numbers a Word export puts under the header: {@code 1 2 3 4 5}. */
  static boolean columnNumbers(List<String> cells) {
    List<String> values = cells.stream().filter(c -> !c.isEmpty()).toList();
    if (values.size() < 2) {
      return false;
    }
    for (int k = 0; k < values.size(); k++) {
      String v = values.get(k);
      if (!SMALL_NUMBER.matcher(v).matches() || Integer.parseInt(v) != k + 1) {
        return false;
      }
    }
    return true;
  }

  private void warn(int row, String message) {
    warnings.add(new ParseWarning(row, message));
  }
}
