package ru.nastavnik.roadmap.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import ru.nastavnik.roadmap.parse.TableOutline.Draft;
import ru.nastavnik.roadmap.parse.TableOutline.ItemDraft;
import ru.nastavnik.roadmap.parse.TableOutline.SectionDraft;

/**
 * The sections and items read from a roadmap table as a {@link ParsedRoadmap}: each item's
 * deadline, responsible and indicators parsed, and what a person should check (numbers out of
 * order, targets without a deadline, months without a year) reported as warnings.
 */
final class TableResult {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final List<SectionDraft> sections;
  private final List<ItemDraft> items;
  /** Sections and items with a readable number, in document order. */
  private final List<Draft> numbered;
  private final List<ParseWarning> warnings;
  private final LocalDate from;
  private final LocalDate to;

  TableResult(TableOutline outline, List<ParseWarning> warnings, LocalDate from, LocalDate to) {
    this.sections = outline.sections;
    this.items = outline.items;
    this.numbered = outline.numbered;
    this.warnings = warnings;
    this.from = from;
    this.to = to;
  }

  ParsedRoadmap finish(String title, TablePreamble preamble) {
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
    return new ParsedRoadmap(title, parsedSections, parsed, warnings, preamble.approvals(),
        preamble.owner(title));
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

  private void warn(int row, String message) {
    warnings.add(new ParseWarning(row, message));
  }
}
