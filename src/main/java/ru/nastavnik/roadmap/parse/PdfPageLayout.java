package ru.nastavnik.roadmap.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The entries of one PDF page: each glyph put into the table cell enclosing it or into the free
 * text of the page, glyphs grouped into visual lines and words, free lines into paragraphs, and
 * the page number dropped.
 */
final class PdfPageLayout {

  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:стр\\.?|страница)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:из|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);

  private PdfPageLayout() {}

  /** Puts each glyph into its cell or into the free text of the page; returns the page's entries top to bottom. */
  static List<PdfEntry> layout(List<PdfGlyph> glyphs, List<PdfRegion> regions) {
    for (PdfRegion r : regions) {
      r.glyphs = new ArrayList<>();
      for (int b = 0; b < r.bands.size(); b++) {
        List<List<PdfGlyph>> cells = new ArrayList<>();
        for (int c = 0; c < r.bandEdges.get(b).size() - 1; c++) {
          cells.add(new ArrayList<>());
        }
        r.glyphs.add(cells);
      }
    }
    List<PdfGlyph> free = new ArrayList<>();
    for (PdfGlyph g : glyphs) {
      if (!place(g, regions)) {
        free.add(g);
      }
    }
    List<PdfEntry> entries = new ArrayList<>();
    for (PdfRegion r : regions) {
      for (int b = 0; b < r.bands.size(); b++) {
        List<PdfUnit> cells = new ArrayList<>();
        for (List<PdfGlyph> cell : r.glyphs.get(b)) {
          cells.add(unit(cell));
        }
        PdfEntry e = new PdfEntry(r.bands.get(b)[0], cells, r.bandEdges.get(b));
        e.columns = r.columns;
        entries.add(e);
      }
    }
    entries.addAll(paragraphs(free));
    entries.sort(Comparator.comparingDouble(e -> e.top));
    // A number alone at the top or the bottom of a page is its page number.
    for (int i = 0; i < entries.size(); i++) {
      PdfEntry e = entries.get(i);
      if (!e.band() && (i == 0 || i == entries.size() - 1)
          && PAGE_NUMBER.matcher(String.join(" ", e.paragraph.lines).trim()).matches()) {
        e.pageNumber = true;
      }
    }
    entries.removeIf(e -> e.pageNumber);
    return entries;
  }

  private static boolean place(PdfGlyph g, List<PdfRegion> regions) {
    float x = g.centerX();
    float y = g.centerY();
    for (PdfRegion r : regions) {
      if (!r.contains(x, y)) {
        continue;
      }
      int band = -1;
      for (int b = 0; b < r.bands.size() && band < 0; b++) {
        if (y >= r.bands.get(b)[0] && y < r.bands.get(b)[1]) {
          band = b;
        }
      }
      if (band < 0) {
        return false;
      }
      int cell = index(r.bandEdges.get(band), x);
      if (cell < 0) {
        return false;
      }
      r.glyphs.get(band).get(cell).add(g);
      return true;
    }
    return false;
  }

  /** The interval of sorted {@code bounds} holding {@code v}, or -1. */
  private static int index(List<Float> bounds, float v) {
    for (int i = 0; i < bounds.size() - 1; i++) {
      if (v >= bounds.get(i) && v < bounds.get(i + 1)) {
        return i;
      }
    }
    return -1;
  }

  /** Glyphs of one cell: visual lines top to bottom, words separated where the gap is wide. */
  private static PdfUnit unit(List<PdfGlyph> glyphs) {
    PdfUnit unit = new PdfUnit();
    for (List<PdfGlyph> line : lines(glyphs)) {
      String text = text(line);
      if (!text.isBlank()) {
        unit.lines.add(text);
        unit.any = true;
        for (PdfGlyph g : line) {
          if (!g.text().isBlank() && !g.bold()) {
            unit.bold = false;
          }
        }
      }
    }
    return unit;
  }

  private static List<List<PdfGlyph>> lines(List<PdfGlyph> glyphs) {
    List<PdfGlyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(PdfGlyph::y).thenComparingDouble(PdfGlyph::x));
    List<List<PdfGlyph>> lines = new ArrayList<>();
    List<PdfGlyph> current = null;
    float baseline = 0;
    for (PdfGlyph g : sorted) {
      if (current == null || Math.abs(g.y() - baseline) > Math.max(1f, g.size() * 0.4f)) {
        current = new ArrayList<>();
        lines.add(current);
        baseline = g.y();
      }
      current.add(g);
    }
    for (List<PdfGlyph> line : lines) {
      line.sort(Comparator.comparingDouble(PdfGlyph::x));
    }
    return lines;
  }

  private static String text(List<PdfGlyph> line) {
    StringBuilder sb = new StringBuilder();
    PdfGlyph prev = null;
    for (PdfGlyph g : line) {
      if (prev != null && g.text().equals(prev.text()) && Math.abs(g.x() - prev.x()) < 0.8f) {
        continue; // the same glyph drawn twice (simulated bold, shadow)
      }
      if (g.text().isBlank()) {
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
          sb.append(' ');
        }
        prev = g;
        continue;
      }
      if (prev != null && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' '
          && g.x() - (prev.x() + prev.w()) > Math.max(g.size(), prev.size()) * 0.15f) {
        sb.append(' ');
      }
      sb.append(g.text());
      prev = g;
    }
    return sb.toString().trim();
  }

  /** Free glyphs: lines grouped into paragraphs, a wider gap (an empty paragraph) leaves a blank line. */
  private static List<PdfEntry> paragraphs(List<PdfGlyph> free) {
    List<PdfEntry> entries = new ArrayList<>();
    PdfUnit unit = null;
    float top = 0;
    float lastBaseline = 0;
    float lastSize = 0;
    for (List<PdfGlyph> line : lines(free)) {
      String text = text(line);
      if (text.isBlank()) {
        continue;
      }
      float baseline = line.get(0).y();
      float size = 0;
      for (PdfGlyph g : line) {
        size = Math.max(size, g.size());
      }
      float gap = baseline - lastBaseline;
      if (unit != null && gap > 1.5f * 1.2f * Math.max(size, lastSize)) {
        entries.add(new PdfEntry(top, unit));
        PdfUnit blank = new PdfUnit();
        entries.add(new PdfEntry(lastBaseline + 0.1f, blank));
        unit = null;
      }
      if (unit == null) {
        unit = new PdfUnit();
        top = baseline - size;
      }
      unit.lines.add(text);
      unit.any = true;
      for (PdfGlyph g : line) {
        if (!g.text().isBlank() && !g.bold()) {
          unit.bold = false;
        }
      }
      lastBaseline = baseline;
      lastSize = size;
    }
    if (unit != null) {
      entries.add(new PdfEntry(top, unit));
    }
    return entries;
  }
}
