package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ru.nastavnik.roadmap.parse.Header.Column;
import ru.nastavnik.roadmap.parse.NumberToken.SubItem;

/**
 * Walks the source lines after the header row and turns each into a section, an item (or several,
 * for a stage row), a continuation of the previous item, a skipped export artifact or a warning.
 */
final class TableReader {

  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final int MAX_TITLE_LINES = 10;

  private final String fileName;
  private final List<SourceLine> lines;
  private final LocalDate from;
  private final LocalDate to;

  private Header header;
  private final List<SectionDraft> sections = new ArrayList<>();
  private final List<ItemDraft> items = new ArrayList<>();
  /** Sections and items with a readable number, in document order. */
  private final List<Draft> numbered = new ArrayList<>();
  private final List<ParseWarning> warnings = new ArrayList<>();
  private final List<Approval> approvals = new ArrayList<>();
  private String preamble = "";
  /** Whether the title was found in the document rather than taken from the file name. */
  private boolean titleInDocument;
  private final Set<Integer> skippedTables = new HashSet<>();
  private final Set<Integer> checkedTables = new HashSet<>();
  private SectionDraft currentSection;
  /** Items made from the last item row: a continuation row belongs to them. */
  private List<ItemDraft> lastGroup;
  /** The section opened by the last row, when that row was a section: its title may continue. */
  private SectionDraft lastSection;
  private String[] nextKeys;
  private Header nextKeysHeader;

  TableReader(String fileName, List<SourceLine> lines, LocalDate from, LocalDate to) {
    this.fileName = fileName;
    this.lines = lines;
    this.from = from;
    this.to = to;
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
    String title = title(headerIndex);
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      process(i);
    }
    if (items.isEmpty()) {
      throw new RoadmapFormatException("В таблице дорожной карты нет ни одного мероприятия");
    }
    return finish(title);
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
        continuation(line, "", title, fields);
      } else {
        subItems(line, subs, fields);
      }
      return;
    }
    if (fields.empty()) {
      if (title.isEmpty()) {
        warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
      } else if (tok.level() == 1 || hasChildren(tok.key(), i)) {
        openSection(line.row(), tok, title);
      } else {
        item(line, tok.written(), tok, title, fields);
      }
      return;
    }
    List<SubItem> subs = NumberToken.splitSubItems(title, tok.key());
    if (subs.size() > 1) {
      warnSeveral(line, tok, subs);
      subItems(line, subs, fields);
    } else {
      item(line, tok.written(), tok, title, fields);
    }
  }

  private void stageRow(SourceLine line, NumberToken tok, String stage, String content, Fields fields) {
    if (tok != null) {
      if (!stage.isEmpty()) {
        openSection(line.row(), tok, stage);
        if (content.isEmpty()) {
          if (!fields.empty()) {
            item(line, tok.written(), tok, stage, fields);
          }
          return;
        }
        List<SubItem> subs = NumberToken.splitSubItems(content, tok.key());
        if (subs.isEmpty()) {
          item(line, tok.written(), tok, content, fields);
        } else {
          subItems(line, subs, fields);
        }
        return;
      }
      if (content.isEmpty() && fields.empty()) {
        warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
        return;
      }
      List<SubItem> subs = NumberToken.splitSubItems(content, tok.key());
      if (subs.isEmpty()) {
        item(line, tok.written(), tok, content, fields);
        return;
      }
      if (currentSection == null || currentSection.token == null || !currentSection.token.key().equals(tok.key())) {
        warnSeveral(line, tok, subs);
      }
      subItems(line, subs, fields);
      return;
    }
    List<SubItem> subs = NumberToken.splitSubItems(content, null);
    if (!stage.isEmpty() && !subs.isEmpty()) {
      openSection(line.row(), null, stage);
      subItems(line, subs, fields);
    } else if (!subs.isEmpty()) {
      subItems(line, subs, fields);
    } else {
      continuation(line, stage, content, fields);
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
      openSection(line.row(), null, num);
    } else if (title.isEmpty() && stage.isEmpty()) {
      item(line, null, null, num, fields);
      warn(line.row(), "У мероприятия «" + CellText.excerpt(num) + "» нет номера");
    } else {
      item(line, num, null, title.isEmpty() ? stage : title, fields);
      warn(line.row(), "Номер «" + CellText.excerpt(num) + "» не распознан; сохранён как в документе");
    }
  }

  private void freeText(String text, boolean heading, SourceLine line, int i) {
    NumberToken tok = NumberToken.leading(text);
    if (tok != null && !tok.rest().isEmpty()) {
      if (tok.level() == 1 || hasChildren(tok.key(), i)) {
        openSection(line.row(), tok, tok.rest());
      } else {
        item(line, tok.written(), tok, tok.rest(), Fields.NONE);
      }
    } else if (tok != null) {
      warn(line.row(), "Строка содержит только номер «" + tok.written() + "» без текста и не импортирована");
    } else if (heading) {
      openSection(line.row(), null, text);
    } else {
      warn(line.row(), "Текст вне строк таблицы не импортирован: «" + CellText.excerpt(text) + "»");
    }
  }

  /** An unnumbered row after a page break: its cells continue the cells of the previous row. */
  private void continuation(SourceLine line, String stage, String title, Fields fields) {
    if (lastGroup != null) {
      if (!title.isEmpty()) {
        append(lastGroup.get(lastGroup.size() - 1).title, title);
      }
      for (ItemDraft item : lastGroup) {
        append(item.deadline, fields.deadline);
        append(item.responsible, fields.responsible);
        append(item.result, fields.result);
        append(item.indicator, fields.indicator);
      }
      if (!stage.isEmpty() && currentSection != null) {
        append(currentSection.title, stage);
      }
      return;
    }
    if (lastSection != null && fields.empty()) {
      append(lastSection.title, stage);
      append(lastSection.title, title);
      return;
    }
    warn(line.row(), "Строка без номера не относится ни к одному мероприятию и не импортирована: «"
        + CellText.excerpt(line.joined()) + "»");
  }

  // ---------------------------------------------------------------- building

  private void openSection(int row, NumberToken tok, String title) {
    String number = tok == null ? null : tok.written();
    if (currentSection != null && Objects.equals(currentSection.number, number)
        && currentSection.title.toString().equals(title)) {
      lastGroup = null;
      lastSection = currentSection;
      return;
    }
    SectionDraft s = new SectionDraft(row, number, tok, title);
    sections.add(s);
    if (tok != null) {
      numbered.add(s);
    }
    currentSection = s;
    lastSection = s;
    lastGroup = null;
  }

  private void item(SourceLine line, String number, NumberToken tok, String title, Fields fields) {
    leaveSubsection(tok);
    ItemDraft item = new ItemDraft(line.row(), number, tok, currentSection, title, fields);
    items.add(item);
    if (tok != null) {
      numbered.add(item);
    }
    lastGroup = new ArrayList<>(List.of(item));
    lastSection = null;
  }

  private void subItems(SourceLine line, List<SubItem> subs, Fields fields) {
    List<ItemDraft> group = new ArrayList<>();
    for (SubItem sub : subs) {
      NumberToken tok = NumberToken.leading(sub.number() + " " + sub.text());
      if (tok == null) {
        tok = NumberToken.leading(sub.number());
      }
      leaveSubsection(tok);
      ItemDraft item = new ItemDraft(line.row(), sub.number(), tok, currentSection, sub.text(), fields);
      items.add(item);
      if (tok != null) {
        numbered.add(item);
      }
      group.add(item);
    }
    lastGroup = group;
    lastSection = null;
  }

  /** After "5.1." and its "5.1.1", "5.1.2", an item "5.2" belongs to section "5." again. */
  private void leaveSubsection(NumberToken tok) {
    while (tok != null && currentSection != null && currentSection.token != null && currentSection.token.level() > 1
        && !tok.key().startsWith(currentSection.token.key() + ".")) {
      SectionDraft enclosing = null;
      for (SectionDraft s : sections) {
        if (s.token != null && s.token.level() < currentSection.token.level()
            && currentSection.token.key().startsWith(s.token.key() + ".")) {
          enclosing = s;
        }
      }
      if (enclosing == null) {
        return;
      }
      currentSection = enclosing;
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

  // ---------------------------------------------------------------- result

  private ParsedRoadmap finish(String title) {
    boolean municipal = ResponsibleParser.municipal(title)
        || items.stream().anyMatch(i -> ResponsibleParser.municipal(i.responsible.toString()));
    List<ParsedItem> parsed = new ArrayList<>();
    Map<String, Responsible> responsibles = new HashMap<>();
    for (ItemDraft d : items) {
      String label = d.number == null ? "Мероприятие без номера" : "Мероприятие " + d.number;
      String itemTitle = d.title.toString().trim();
      if (itemTitle.isEmpty()) {
        warn(d.row, label + ": не указано наименование");
      }
      DeadlineParser.Analysis deadline = DeadlineParser.analyze(d.deadline.toString(), from, to);
      for (String problem : deadline.problems()) {
        warn(d.row, label + ": " + problem);
      }
      String responsibleText = d.responsible.toString().trim();
      Responsible responsible = responsibles.computeIfAbsent(responsibleText, t -> ResponsibleParser.parse(t, municipal));
      if (responsibleText.isEmpty()) {
        warn(d.row, label + ": не указан ответственный исполнитель — назначьте его вручную");
      } else if (responsible.bodies().isEmpty()) {
        warn(d.row, label + ": ответственный «" + CellText.excerpt(responsibleText)
            + "» не сопоставлен ни с органом управления образованием, ни с методическим центром, "
            + "ни с образовательными организациями — уточните исполнителя");
      }
      String indicatorText = d.indicator.toString().trim();
      List<Indicator> indicators = IndicatorParser.read(indicatorText, from, to);
      String residue = IndicatorParser.residue(indicatorText, from, to);
      if (!indicatorText.isEmpty() && indicators.isEmpty()) {
        warn(d.row, label + ": показатель «" + CellText.excerpt(indicatorText)
            + "» не распознан (ожидается вид «2026 г. – 60; 2027 г. – 60»)");
      } else if (!residue.isEmpty()) {
        warn(d.row, label + ": в показателе «" + CellText.excerpt(indicatorText) + "» не распознано «"
            + CellText.excerpt(residue) + "» (ожидается вид «2026 г. – 60; 2027 г. – 60»)");
      }
      warnIndicators(d.row, label, indicators, responsible, deadline.deadline());
      parsed.add(new ParsedItem(d.number, d.section == null ? null : d.section.key(), itemTitle,
          deadline.deadline(), responsible, d.result.toString().trim(), indicators, d.row));
    }
    checkNumbers();
    checkYearlessMonths(parsed);
    List<ParsedSection> parsedSections = sections.stream()
        .map(s -> new ParsedSection(s.number, s.title.toString().trim()))
        .toList();
    warnings.sort(Comparator.comparingInt(ParseWarning::row));
    return new ParsedRoadmap(title, parsedSections, parsed, warnings, approvals, owner(title));
  }

  /**
   * Targets the system cannot count as written: a fan-out item's fact is the number of
   * organizations that did it, so a target in practices, people or percent does not compare with
   * it; and a target for a year in which the item has no deadline has nothing to be checked against.
   */
  private void warnIndicators(int row, String label, List<Indicator> indicators, Responsible responsible, Deadline deadline) {
    if (indicators.isEmpty()) {
      return;
    }
    if (responsible.fanOut()) {
      for (Indicator i : indicators) {
        if (i.unit() != IndicatorUnit.NOT_STATED && i.unit() != IndicatorUnit.ORGANIZATIONS) {
          warn(row, label + ": показатель считает «" + i.unit().label() + "», а исполнители — все образовательные "
              + "организации, и система считает факт по числу организаций, выполнивших мероприятие: "
              + "уточните показатель или ведите его факт вручную");
          break;
        }
      }
    }
    if (deadline.kind() == DeadlineKind.ON_DEMAND || deadline.kind() == DeadlineKind.UNKNOWN || deadline.dueDates().isEmpty()) {
      return;
    }
    Set<Integer> years = new TreeSet<>();
    LocalDate first = deadline.start() != null ? deadline.start() : deadline.dueDates().get(0);
    LocalDate last = deadline.dueDates().get(deadline.dueDates().size() - 1);
    if (deadline.kind() == DeadlineKind.RANGE || deadline.kind() == DeadlineKind.CONTINUOUS) {
      for (int y = first.getYear(); y <= last.getYear(); y++) {
        years.add(y);
      }
    } else {
      deadline.dueDates().forEach(d -> years.add(d.getYear()));
    }
    List<Integer> without = indicators.stream().map(Indicator::year).filter(y -> !years.contains(y)).distinct().toList();
    if (!without.isEmpty()) {
      warn(row, label + ": показатель задан на " + yearsText(without) + ", но срок мероприятия «"
          + CellText.excerpt(deadline.text()) + "» в " + (without.size() == 1 ? "этом году" : "эти годы")
          + " не наступает — уточните срок или показатель");
    }
  }

  private static String yearsText(List<Integer> years) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < years.size(); i++) {
      sb.append(i == 0 ? "" : i == years.size() - 1 ? " и " : ", ").append(years.get(i));
    }
    return sb.append(years.size() == 1 ? " г." : " гг.").toString();
  }

  /**
   * «Август» and «Август–октябрь» of one roadmap without a year: each is read on its own as its
   * first occurrence in the period, which can put them in different years. Say so where it happens.
   */
  private void checkYearlessMonths(List<ParsedItem> parsed) {
    Map<Integer, ParsedItem> rangeStarts = new HashMap<>();
    for (ParsedItem item : parsed) {
      Deadline d = item.deadline();
      if (d.kind() == DeadlineKind.RANGE && d.start() != null && !YEAR.matcher(d.text()).find()) {
        rangeStarts.putIfAbsent(d.start().getMonthValue(), item);
      }
    }
    for (ParsedItem item : parsed) {
      Deadline d = item.deadline();
      if (d.kind() != DeadlineKind.DATE || d.dueDates().size() != 1 || YEAR.matcher(d.text()).find()) {
        continue;
      }
      LocalDate due = d.dueDates().get(0);
      ParsedItem range = rangeStarts.get(due.getMonthValue());
      if (range != null && range.deadline().start().getYear() != due.getYear()) {
        String label = item.number() == null ? "Мероприятие без номера" : "Мероприятие " + item.number();
        warn(item.row(), label + ": срок «" + CellText.excerpt(d.text()) + "» без года отнесён к "
            + due.getYear() + " г., а срок «" + CellText.excerpt(range.deadline().text()) + "»"
            + (range.number() == null ? "" : " мероприятия " + range.number()) + " — к "
            + range.deadline().start().getYear() + " г.; проверьте год");
      }
    }
  }

  /** Duplicated, skipped and out-of-order numbers: kept as written, reported. */
  private void checkNumbers() {
    Map<String, Integer> seenSections = new HashMap<>();
    Map<String, Integer> seenItems = new HashMap<>();
    Map<String, Integer> lastSection = new HashMap<>();
    Map<String, Integer> lastItem = new HashMap<>();
    for (Draft entry : numbered) {
      NumberToken tok = entry.token;
      if (entry instanceof SectionDraft && tok.level() == 1) {
        Integer first = seenSections.putIfAbsent(tok.key(), entry.row);
        if (first != null) {
          warn(entry.row, "Номер раздела «" + entry.number + "» повторяется (впервые — в строке " + first
              + "); номер сохранён как в документе");
          continue;
        }
        sequence(lastSection, "", tok, entry.row, "раздела", "раздел");
        continue;
      }
      SectionDraft parent = entry instanceof ItemDraft item ? item.section : null;
      if (parent != null && parent.token != null && parent.token.key().equals(tok.key())) {
        // A stage without numbered sub-items is one item under its own number ("7." in stage "7.").
        continue;
      }
      Integer first = seenItems.putIfAbsent(tok.key(), entry.row);
      if (first != null) {
        warn(entry.row, "Номер «" + tok.written() + "» повторяется (впервые — в строке " + first
            + "); номер сохранён как в документе");
        continue;
      }
      sequence(lastItem, tok.parentKey(), tok, entry.row, "пункта", "пункт");
      if (parent != null && parent.token != null && tok.level() >= 2
          && !tok.key().startsWith(parent.token.key() + ".")) {
        warn(entry.row, "Номер «" + tok.written() + "» не соответствует разделу «" + parent.number + "»");
      }
    }
  }

  private void sequence(Map<String, Integer> last, String parent, NumberToken tok, int row, String genitive, String noun) {
    int prev = last.getOrDefault(parent, 0);
    int current = tok.last();
    String prefix = parent.isEmpty() ? "" : parent + ".";
    if (current > prev + 1) {
      String missing = current == prev + 2 ? prefix + (prev + 1) : prefix + (prev + 1) + "–" + prefix + (current - 1);
      warn(row, "Перед «" + tok.written() + "» пропущен номер " + genitive + " " + missing
          + "; номера сохранены как в документе");
    } else if (current <= prev) {
      warn(row, "Номер " + genitive + " «" + tok.written() + "» идёт не по порядку; " + noun + " сохранён как в документе");
    }
    last.put(parent, Math.max(prev, current));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * The lines right above the header (after the last blank line) without the approval blocks in
   * them; the approval blocks of all the text above the header are kept in {@link #approvals}.
   */
  private String title(int headerIndex) {
    StringBuilder preamble = new StringBuilder();
    int[] starts = new int[headerIndex + 1];
    for (int k = 0; k < headerIndex; k++) {
      starts[k] = preamble.length();
      SourceLine l = lines.get(k);
      if (l.kind() == SourceLine.Kind.TABLE_ROW) {
        // a layout table («УТВЕРЖДАЮ» in its right cell): each cell a line of its own
        l.cells().stream().filter(c -> !c.isEmpty()).forEach(c -> preamble.append(c).append('\n'));
      } else {
        preamble.append(l.joined()).append('\n');
      }
    }
    starts[headerIndex] = preamble.length();
    String text = preamble.toString();
    List<ApprovalParser.Found> found = ApprovalParser.find(text);
    found.forEach(f -> approvals.add(f.approval()));
    this.preamble = text;

    int j = headerIndex - 1;
    while (j >= 0 && lines.get(j).blank()) {
      j--;
    }
    int last = j;
    int count = 0;
    while (j >= 0 && !lines.get(j).blank() && count < MAX_TITLE_LINES) {
      SourceLine l = lines.get(j);
      if (l.kind() == SourceLine.Kind.TABLE_ROW && l.cells().stream().filter(c -> !c.isEmpty()).count() > 1) {
        break;
      }
      count++;
      j--;
    }
    String title = "";
    if (count > 0) {
      int from = starts[j + 1];
      int to = starts[last + 1];
      StringBuilder block = new StringBuilder(text.substring(from, to));
      for (int f = found.size() - 1; f >= 0; f--) {
        int s = Math.max(found.get(f).start(), from);
        int e = Math.min(found.get(f).end(), to);
        if (s < e) {
          block.replace(s - from, e - from, " ");
        }
      }
      title = CellText.collapse(block.toString());
    }
    if (!title.isEmpty()) {
      titleInDocument = true;
      return title;
    }
    return fileName == null || fileName.isBlank() ? "Дорожная карта" : fileName.trim();
  }

  /** The owner the title names, else an approval block, else anything above the table. */
  private Owner owner(String title) {
    List<String> texts = new ArrayList<>();
    if (titleInDocument) {
      texts.add(title);
    }
    for (Approval a : approvals) {
      texts.add(a.text());
    }
    texts.add(preamble);
    return OwnerParser.find(texts);
  }

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
        append(extra, cells.get(c));
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

  private static void append(StringBuilder target, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (target.length() > 0) {
      target.append(' ');
    }
    target.append(text);
  }

  /** The non-title cells of a row. */
  private record Fields(String deadline, String responsible, String result, String indicator) {
    static final Fields NONE = new Fields("", "", "", "");

    boolean empty() {
      return deadline.isEmpty() && responsible.isEmpty() && result.isEmpty() && indicator.isEmpty();
    }
  }

  /** A section or an item as it is being read: the cells of continuation rows are still to come. */
  private abstract static class Draft {
    final int row;
    final String number;
    final NumberToken token;
    final StringBuilder title;

    Draft(int row, String number, NumberToken token, String title) {
      this.row = row;
      this.number = number;
      this.token = token;
      this.title = new StringBuilder(title);
    }
  }

  private static final class SectionDraft extends Draft {

    SectionDraft(int row, String number, NumberToken token, String title) {
      super(row, number, token, title);
    }

    String key() {
      return number != null ? number : title.toString().trim();
    }
  }

  private static final class ItemDraft extends Draft {
    final SectionDraft section;
    final StringBuilder deadline;
    final StringBuilder responsible;
    final StringBuilder result;
    final StringBuilder indicator;

    ItemDraft(int row, String number, NumberToken token, SectionDraft section, String title, Fields f) {
      super(row, number, token, title);
      this.section = section;
      this.deadline = new StringBuilder(f.deadline());
      this.responsible = new StringBuilder(f.responsible());
      this.result = new StringBuilder(f.result());
      this.indicator = new StringBuilder(f.indicator());
    }
  }
}
