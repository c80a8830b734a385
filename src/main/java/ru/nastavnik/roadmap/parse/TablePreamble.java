package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The text above the header row of a roadmap table: its title, the approval blocks in it and
 * the owner it names.
 */
final class TablePreamble {

  private static final int MAX_TITLE_LINES = 10;

  private final String fileName;
  private final List<SourceLine> lines;
  private final List<Approval> approvals = new ArrayList<>();
  private String preamble = "";
  /** Whether the title was found in the document rather than taken from the file name. */
  private boolean titleInDocument;

  TablePreamble(String fileName, List<SourceLine> lines) {
    this.fileName = fileName;
    this.lines = lines;
  }

  List<Approval> approvals() {
    return approvals;
  }

  /**
   * The lines right above the header (after the last blank line) without the approval blocks in
   * them; the approval blocks of all the text above the header are kept in {@link #approvals}.
   */
  String title(int headerIndex) {
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
  Owner owner(String title) {
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
}
