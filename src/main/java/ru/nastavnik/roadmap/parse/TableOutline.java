package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ru.nastavnik.roadmap.parse.NumberToken.SubItem;

/**
 * The sections and items of a roadmap table as its rows are read: the section an item belongs
 * to, the items made from the last row (an unnumbered row after a page break continues their
 * cells) and the section whose title may continue.
 */
final class TableOutline {

  final List<SectionDraft> sections = new ArrayList<>();
  final List<ItemDraft> items = new ArrayList<>();
  /** Sections and items with a readable number, in document order. */
  final List<Draft> numbered = new ArrayList<>();
  private final List<ParseWarning> warnings;
  SectionDraft currentSection;
  /** Items made from the last item row: a continuation row belongs to them. */
  private List<ItemDraft> lastGroup;
  /** The section opened by the last row, when that row was a section: its title may continue. */
  private SectionDraft lastSection;

  TableOutline(List<ParseWarning> warnings) {
    this.warnings = warnings;
  }

  /** An unnumbered row after a page break: its cells continue the cells of the previous row. */
  void continuation(SourceLine line, String stage, String title, Fields fields) {
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

  void openSection(int row, NumberToken tok, String title) {
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

  void item(SourceLine line, String number, NumberToken tok, String title, Fields fields) {
    leaveSubsection(tok);
    ItemDraft item = new ItemDraft(line.row(), number, tok, currentSection, title, fields);
    items.add(item);
    if (tok != null) {
      numbered.add(item);
    }
    lastGroup = new ArrayList<>(List.of(item));
    lastSection = null;
  }

  void subItems(SourceLine line, List<SubItem> subs, Fields fields) {
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

  private void warn(int row, String message) {
    warnings.add(new ParseWarning(row, message));
  }

  static void append(StringBuilder target, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (target.length() > 0) {
      target.append(' ');
    }
    target.append(text);
  }

  /** The non-title cells of a row. */
  record Fields(String deadline, String responsible, String result, String indicator) {
    static final Fields NONE = new Fields("", "", "", "");

    boolean empty() {
      return deadline.isEmpty() && responsible.isEmpty() && result.isEmpty() && indicator.isEmpty();
    }
  }

  /** A section or an item as it is being read: the cells of continuation rows are still to come. */
  abstract static class Draft {
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

  /** A section: a stage or a heading row, its title possibly continued by the next row. */
  static final class SectionDraft extends Draft {

    SectionDraft(int row, String number, NumberToken token, String title) {
      super(row, number, token, title);
    }

    String key() {
      return number != null ? number : title.toString().trim();
    }
  }

  /** An item with its cells as read so far. */
  static final class ItemDraft extends Draft {
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
