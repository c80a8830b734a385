package ru.nastavnik.roadmap.parse;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF roadmap with a text layer read into {@link SourceLine}s. PDF has no tables, only glyphs
 * and lines: the table is rebuilt on each page from its ruling lines (cell borders), each glyph
 * goes into the cell whose borders enclose it, and the lines of a cell are joined into its text —
 * a word broken with a hyphen at the end of a line («образователь-» / «ных») is joined again, a
 * real hyphen («Ханты-» / «Мансийска») kept. A row split across a page break (the part on the
 * next page has an empty number cell) is joined to its first part; the header row repeated on
 * every page is left to {@link TableReader}, which skips repeated headers. Text outside the
 * table borders is free text, as paragraphs of a .docx are; page numbers are dropped.
 *
 * <p>A PDF without a text layer (a scan) is refused: recognising text in images is not done. A
 * PDF that needs a password to open is refused. Pages, memory for decoded streams and glyphs are
 * capped.
 */
final class PdfSource {

  static final int MAX_PAGES = 300;
  static final long MAX_STREAM_MEMORY = 128L * 1024 * 1024;
  static final int MAX_GLYPHS = 2_000_000;

  /** Coordinates closer than this (points) are the same line or edge. */
  private static final float EPS = 2.5f;
  /** A filled rectangle thinner than this is a drawn line. */
  private static final float THIN = 3f;
  private static final Pattern PAGE_NUMBER = Pattern.compile(
      "^(?:стр\\.?|страница)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(?:\\s*(?:из|/)\\s*\\d{1,4})?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUB_ITEM_START = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?(?:\\s|$)");

  private PdfSource() {}

  static List<SourceLine> read(byte[] content) {
    try (PDDocument doc = Loader.loadPDF(content, "", null, null,
        MemoryUsageSetting.setupMainMemoryOnly(MAX_STREAM_MEMORY).streamCache)) {
      int pages = doc.getNumberOfPages();
      if (pages == 0) {
        throw new RoadmapFormatException("Файл PDF не содержит ни одной страницы: загрузите дорожную карту в формате .docx");
      }
      if (pages > MAX_PAGES) {
        throw new RoadmapFormatException("В файле PDF " + pages + " страниц: дорожная карта принимается объёмом не более "
            + MAX_PAGES + " страниц");
      }
      return new Reader(doc).read();
    } catch (InvalidPasswordException e) {
      throw new RoadmapFormatException("Файл PDF защищён паролем: загрузите копию без пароля, исходный .docx "
          + "или PDF, сохранённый из Word без защиты", e);
    } catch (RoadmapFormatException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new RoadmapFormatException("Файл PDF повреждён и не может быть прочитан: загрузите дорожную карту в формате .docx "
          + "или PDF, сохранённый из Word", e);
    }
  }

  /** One glyph: {@code y} is its baseline, from the top of the page. */
  private record Glyph(float x, float y, float w, float size, String text, boolean bold) {
    float centerX() {
      return x + w / 2;
    }

    float centerY() {
      return y - size * 0.3f;
    }
  }

  /** A horizontal ({@code a} = y, from {@code from} to {@code to} along x) or vertical line. */
  private static final class Segment {
    final boolean horizontal;
    float at;
    float from;
    float to;

    Segment(boolean horizontal, float at, float from, float to) {
      this.horizontal = horizontal;
      this.at = at;
      this.from = Math.min(from, to);
      this.to = Math.max(from, to);
    }
  }

  /** The visual lines of one cell or paragraph, joined into text only at the end. */
  private static final class Unit {
    final List<String> lines = new ArrayList<>();
    boolean bold = true;
    boolean any;
  }

  /** A table row on one page (a band between two horizontal borders), or a paragraph of free text. */
  private static final class Entry {
    final float top;
    final Unit paragraph;
    final List<Unit> cells;
    final List<Float> edges;
    int table;
    List<Float> columns;
    boolean pageNumber;

    Entry(float top, Unit paragraph) {
      this.top = top;
      this.paragraph = paragraph;
      this.cells = null;
      this.edges = null;
    }

    Entry(float top, List<Unit> cells, List<Float> edges) {
      this.top = top;
      this.paragraph = null;
      this.cells = cells;
      this.edges = edges;
    }

    boolean band() {
      return cells != null;
    }
  }

  /** Tables found on one page: their bands and the glyphs in each cell. */
  private static final class Region {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    final List<Segment> horizontals = new ArrayList<>();
    final List<Segment> verticals = new ArrayList<>();
    /** Top and bottom of each row band, and the vertical borders crossing it. */
    final List<float[]> bands = new ArrayList<>();
    final List<List<Float>> bandEdges = new ArrayList<>();
    List<Float> columns;
    List<List<List<Glyph>>> glyphs;

    boolean contains(float x, float y) {
      return x >= left - 0.5f && x <= right + 0.5f && y >= top - 0.5f && y <= bottom + 0.5f;
    }
  }

  private static final class Reader {
    private final PDDocument doc;
    private int glyphCount;
    private int images;

    Reader(PDDocument doc) {
      this.doc = doc;
    }

    List<SourceLine> read() throws IOException {
      GlyphCollector collector = new GlyphCollector();
      List<List<Entry>> pages = new ArrayList<>();
      boolean anyTable = false;
      int textGlyphs = 0;
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PDPage page = doc.getPage(p);
        List<Glyph> glyphs = collector.collect(p + 1);
        glyphCount += glyphs.size();
        if (glyphCount > MAX_GLYPHS) {
          throw new RoadmapFormatException("В файле PDF слишком много текста для дорожной карты");
        }
        for (Glyph g : glyphs) {
          if (!g.text().isBlank()) {
            textGlyphs++;
          }
        }
        LineCollector lines = new LineCollector(page);
        lines.processPage(page);
        images += lines.images;
        List<Region> regions = regions(lines.segments, page.getCropBox());
        anyTable |= !regions.isEmpty();
        pages.add(layout(glyphs, regions));
      }
      if (textGlyphs == 0) {
        throw new RoadmapFormatException(images > 0
            ? "Файл PDF — скан без текстового слоя: текст на изображениях не распознаётся. Загрузите исходный документ "
                + "Word (.docx) или PDF, сохранённый из Word («Сохранить как» → PDF), а не отсканированный"
            : "В файле PDF нет текста: загрузите исходный документ Word (.docx) или PDF, сохранённый из Word");
      }
      if (!anyTable) {
        throw new RoadmapFormatException("В файле PDF не найдена таблица: дорожная карта должна быть таблицей с видимыми "
            + "границами ячеек. Загрузите исходный документ Word (.docx) или PDF, сохранённый из Word");
      }
      Hyphenation words = new Hyphenation();
      for (List<Entry> page : pages) {
        for (Entry e : page) {
          if (e.band()) {
            e.cells.forEach(u -> words.learn(u.lines));
          } else {
            words.learn(e.paragraph.lines);
          }
        }
      }
      List<Entry> entries = join(pages, words);
      return render(entries, words);
    }

    /** Puts each glyph into its cell or into the free text of the page; returns the page's entries top to bottom. */
    private List<Entry> layout(List<Glyph> glyphs, List<Region> regions) {
      for (Region r : regions) {
        r.glyphs = new ArrayList<>();
        for (int b = 0; b < r.bands.size(); b++) {
          List<List<Glyph>> cells = new ArrayList<>();
          for (int c = 0; c < r.bandEdges.get(b).size() - 1; c++) {
            cells.add(new ArrayList<>());
          }
          r.glyphs.add(cells);
        }
      }
      List<Glyph> free = new ArrayList<>();
      for (Glyph g : glyphs) {
        if (!place(g, regions)) {
          free.add(g);
        }
      }
      List<Entry> entries = new ArrayList<>();
      for (Region r : regions) {
        for (int b = 0; b < r.bands.size(); b++) {
          List<Unit> cells = new ArrayList<>();
          for (List<Glyph> cell : r.glyphs.get(b)) {
            cells.add(unit(cell));
          }
          Entry e = new Entry(r.bands.get(b)[0], cells, r.bandEdges.get(b));
          e.columns = r.columns;
          entries.add(e);
        }
      }
      entries.addAll(paragraphs(free));
      entries.sort(Comparator.comparingDouble(e -> e.top));
      // A number alone at the top or the bottom of a page is its page number.
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        if (!e.band() && (i == 0 || i == entries.size() - 1)
            && PAGE_NUMBER.matcher(String.join(" ", e.paragraph.lines).trim()).matches()) {
          e.pageNumber = true;
        }
      }
      entries.removeIf(e -> e.pageNumber);
      return entries;
    }

    private boolean place(Glyph g, List<Region> regions) {
      float x = g.centerX();
      float y = g.centerY();
      for (Region r : regions) {
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
    private static Unit unit(List<Glyph> glyphs) {
      Unit unit = new Unit();
      for (List<Glyph> line : lines(glyphs)) {
        String text = text(line);
        if (!text.isBlank()) {
          unit.lines.add(text);
          unit.any = true;
          for (Glyph g : line) {
            if (!g.text().isBlank() && !g.bold()) {
              unit.bold = false;
            }
          }
        }
      }
      return unit;
    }

    private static List<List<Glyph>> lines(List<Glyph> glyphs) {
      List<Glyph> sorted = new ArrayList<>(glyphs);
      sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
      List<List<Glyph>> lines = new ArrayList<>();
      List<Glyph> current = null;
      float baseline = 0;
      for (Glyph g : sorted) {
        if (current == null || Math.abs(g.y() - baseline) > Math.max(1f, g.size() * 0.4f)) {
          current = new ArrayList<>();
          lines.add(current);
          baseline = g.y();
        }
        current.add(g);
      }
      for (List<Glyph> line : lines) {
        line.sort(Comparator.comparingDouble(Glyph::x));
      }
      return lines;
    }

    private static String text(List<Glyph> line) {
      StringBuilder sb = new StringBuilder();
      Glyph prev = null;
      for (Glyph g : line) {
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
    private static List<Entry> paragraphs(List<Glyph> free) {
      List<Entry> entries = new ArrayList<>();
      Unit unit = null;
      float top = 0;
      float lastBaseline = 0;
      float lastSize = 0;
      for (List<Glyph> line : lines(free)) {
        String text = text(line);
        if (text.isBlank()) {
          continue;
        }
        float baseline = line.get(0).y();
        float size = 0;
        for (Glyph g : line) {
          size = Math.max(size, g.size());
        }
        float gap = baseline - lastBaseline;
        if (unit != null && gap > 1.5f * 1.2f * Math.max(size, lastSize)) {
          entries.add(new Entry(top, unit));
          Unit blank = new Unit();
          entries.add(new Entry(lastBaseline + 0.1f, blank));
          unit = null;
        }
        if (unit == null) {
          unit = new Unit();
          top = baseline - size;
        }
        unit.lines.add(text);
        unit.any = true;
        for (Glyph g : line) {
          if (!g.text().isBlank() && !g.bold()) {
            unit.bold = false;
          }
        }
        lastBaseline = baseline;
        lastSize = size;
      }
      if (unit != null) {
        entries.add(new Entry(top, unit));
      }
      return entries;
    }

    /**
     * Across pages: a table that goes on at the top of the next page keeps its number and columns,
     * and a first row there with an empty number cell is the rest of the row the page break split.
     */
    private List<Entry> join(List<List<Entry>> pages, Hyphenation words) {
      List<Entry> all = new ArrayList<>();
      int table = -1;
      Entry lastBand = null;
      for (List<Entry> page : pages) {
        // the last row of the previous page, when the table was the last thing on it
        Entry tableEnd = lastBand != null && !all.isEmpty() && all.get(all.size() - 1) == lastBand ? lastBand : null;
        Entry splitCandidate = tableEnd;
        List<Float> pageColumns = null;
        List<Float> columns = null;
        boolean first = true;
        for (Entry e : page) {
          if (!e.band()) {
            all.add(e);
            if (e.paragraph.any) {
              first = false;
            }
            continue;
          }
          if (e.columns != pageColumns) {
            pageColumns = e.columns;
            boolean continues = first && tableEnd != null && sameFrame(tableEnd.columns, e.columns);
            columns = continues ? tableEnd.columns : e.columns;
            if (!continues) {
              table++;
              splitCandidate = null;
            }
          }
          first = false;
          e.table = table;
          e.columns = columns;
          if (splitCandidate != null) {
            if (splitRest(splitCandidate, e, words)) {
              for (int c = 0; c < e.cells.size(); c++) {
                splitCandidate.cells.get(c).lines.addAll(e.cells.get(c).lines);
                splitCandidate.cells.get(c).any |= e.cells.get(c).any;
              }
              splitCandidate = null;
              continue;
            }
            if (!isHeader(e, words)) {
              splitCandidate = null;
            }
          }
          all.add(e);
          lastBand = e;
        }
      }
      return all;
    }

    private static boolean sameFrame(List<Float> a, List<Float> b) {
      return Math.abs(a.get(0) - b.get(0)) <= EPS && Math.abs(a.get(a.size() - 1) - b.get(b.size() - 1)) <= EPS;
    }

    private static boolean isHeader(Entry e, Hyphenation words) {
      return Header.recognize(texts(e, words)) != null;
    }

    private static boolean splitRest(Entry before, Entry rest, Hyphenation words) {
      if (before.cells.size() != rest.cells.size() || rest.cells.isEmpty() || rest.cells.get(0).any) {
        return false;
      }
      for (int i = 0; i < before.edges.size(); i++) {
        if (Math.abs(before.edges.get(i) - rest.edges.get(i)) > EPS) {
          return false;
        }
      }
      List<String> beforeTexts = texts(before, words);
      List<String> restTexts = texts(rest, words);
      if (Header.recognize(beforeTexts) != null || Header.recognize(restTexts) != null
          || TableReader.columnNumbers(beforeTexts) || beforeTexts.stream().allMatch(String::isEmpty)) {
        return false;
      }
      for (String t : restTexts) {
        if (!t.isEmpty()) {
          // "1.2. ..." in a row of its own is a new sub-item of a stage, not the rest of the row before.
          return !SUB_ITEM_START.matcher(t).find();
        }
      }
      return false;
    }

    private static List<String> texts(Entry e, Hyphenation words) {
      List<String> texts = new ArrayList<>();
      for (Unit u : e.cells) {
        texts.add(CellText.clean(words.join(u.lines)));
      }
      return texts;
    }

    /** Entries as source lines: bands in column order and numbered like .docx rows, paragraphs as free text. */
    private static List<SourceLine> render(List<Entry> entries, Hyphenation words) {
      List<SourceLine> lines = new ArrayList<>();
      List<SourceLine> pending = new ArrayList<>();
      int tableRow = 0;
      for (Entry e : entries) {
        if (!e.band()) {
          String raw = words.join(e.paragraph.lines);
          pending.add(new SourceLine(tableRow, List.of(CellText.clean(raw)), SourceLine.Kind.FREE_TEXT,
              e.paragraph.any && (e.paragraph.bold || CellText.looksLikeHeading(raw))));
          continue;
        }
        lines.addAll(pending);
        pending.clear();
        tableRow++;
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < e.columns.size() - 1; c++) {
          cells.add("");
        }
        int nonEmpty = 0;
        int widestNonEmptySpan = 0;
        for (int i = 0; i < e.cells.size(); i++) {
          int from = nearest(e.columns, e.edges.get(i));
          int to = nearest(e.columns, e.edges.get(i + 1));
          String text = CellText.clean(words.join(e.cells.get(i).lines));
          if (text.isEmpty() || from >= cells.size()) {
            continue;
          }
          String old = cells.get(from);
          cells.set(from, old.isEmpty() ? text : old + " " + text);
          nonEmpty++;
          widestNonEmptySpan = Math.max(widestNonEmptySpan, to - from);
        }
        SourceLine.Kind kind = nonEmpty == 1 && widestNonEmptySpan >= 2 ? SourceLine.Kind.MERGED_ROW : SourceLine.Kind.TABLE_ROW;
        lines.add(new SourceLine(tableRow, cells, kind, kind == SourceLine.Kind.MERGED_ROW, e.table));
      }
      // Paragraphs after the last table (signatures, notes) are not part of the table, as in a .docx.
      return lines;
    }

    private static int nearest(List<Float> columns, float x) {
      int best = 0;
      for (int i = 1; i < columns.size(); i++) {
        if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
          best = i;
        }
      }
      return best;
    }

    /** Glyphs of every page, collected by PDFBox's text stripper (which decodes fonts to Unicode). */
    private final class GlyphCollector extends PDFTextStripper {
      private List<Glyph> glyphs = new ArrayList<>();
      private int uprightDirection;

      GlyphCollector() throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
      }

      List<Glyph> collect(int page) throws IOException {
        glyphs = new ArrayList<>();
        uprightDirection = Math.floorMod(doc.getPage(page - 1).getRotation(), 360);
        setStartPage(page);
        setEndPage(page);
        getText(doc);
        return glyphs;
      }

      @Override
      protected void processTextPosition(TextPosition t) {
        // Text upright on the page as displayed: its direction is the page's rotation (0 on most pages).
        if (Math.round(t.getDir()) % 360 != uprightDirection || t.getUnicode() == null || t.getUnicode().isEmpty()) {
          return;
        }
        if (glyphs.size() + glyphCount > MAX_GLYPHS) {
          throw new RoadmapFormatException("В файле PDF слишком много текста для дорожной карты");
        }
        float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(1f, t.getHeightDir());
        glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getUnicode(), bold(t.getFont())));
      }

      private boolean bold(PDFont font) {
        if (font == null) {
          return false;
        }
        String name = font.getName();
        if (name != null && name.toLowerCase(java.util.Locale.ROOT).contains("bold")) {
          return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
      }
    }
  }

  // ---------------------------------------------------------------- ruling lines

  /** The lines drawn on a page (strokes and thin filled rectangles) in text coordinates. */
  private static final class LineCollector extends PDFGraphicsStreamEngine {
    final List<Segment> segments = new ArrayList<>();
    int images;
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final float left;
    private final float top;
    private float[] start;
    private float[] current;
    private float[] currentRaw;

    private final float right;
    private final float bottom;
    private final int rotation;

    LineCollector(PDPage page) {
      super(page);
      PDRectangle crop = page.getCropBox();
      this.left = crop.getLowerLeftX();
      this.top = crop.getUpperRightY();
      this.right = crop.getUpperRightX();
      this.bottom = crop.getLowerLeftY();
      this.rotation = Math.floorMod(page.getRotation(), 360);
    }

    /** A point of the page in the coordinates the upright text is read in: x to the right, y down from the top. */
    private float[] point(double x, double y) {
      float px = (float) x;
      float py = (float) y;
      return switch (rotation) {
        case 90 -> new float[] {py - bottom, px - left};
        case 180 -> new float[] {right - px, py - bottom};
        case 270 -> new float[] {top - py, right - px};
        default -> new float[] {px - left, top - py};
      };
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      float[] a = point(p0.getX(), p0.getY());
      float[] b = point(p1.getX(), p1.getY());
      float[] c = point(p2.getX(), p2.getY());
      float[] d = point(p3.getX(), p3.getY());
      rectangles.add(new float[] {Math.min(Math.min(a[0], b[0]), Math.min(c[0], d[0])), Math.min(Math.min(a[1], b[1]), Math.min(c[1], d[1])),
          Math.max(Math.max(a[0], b[0]), Math.max(c[0], d[0])), Math.max(Math.max(a[1], b[1]), Math.max(c[1], d[1]))});
      limit();
    }

    @Override
    public void moveTo(float x, float y) {
      start = point(x, y);
      current = start;
      currentRaw = new float[] {x, y};
    }

    @Override
    public void lineTo(float x, float y) {
      currentRaw = new float[] {x, y};
      float[] next = point(x, y);
      if (current != null) {
        path.add(new float[] {current[0], current[1], next[0], next[1]});
        limit();
      }
      current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = point(x3, y3);
      currentRaw = new float[] {x3, y3};
    }

    @Override
    public Point2D getCurrentPoint() {
      return currentRaw == null ? new Point2D.Float() : new Point2D.Float(currentRaw[0], currentRaw[1]);
    }

    @Override
    public void closePath() {
      if (current != null && start != null) {
        path.add(new float[] {current[0], current[1], start[0], start[1]});
        current = start;
      }
    }

    @Override
    public void endPath() {
      clear();
    }

    @Override
    public void strokePath() {
      for (float[] s : path) {
        line(s[0], s[1], s[2], s[3]);
      }
      for (float[] r : rectangles) {
        line(r[0], r[1], r[2], r[1]);
        line(r[0], r[3], r[2], r[3]);
        line(r[0], r[1], r[0], r[3]);
        line(r[2], r[1], r[2], r[3]);
      }
      clear();
    }

    @Override
    public void fillPath(int windingRule) {
      for (float[] r : rectangles) {
        float w = r[2] - r[0];
        float h = r[3] - r[1];
        if (h <= THIN && w > h) {
          line(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
        } else if (w <= THIN && h > w) {
          line((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
        }
      }
      clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {
      // clipping does not draw
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // a shading is not a line
    }

    @Override
    public void showTextString(byte[] string) {
      // text comes from the stripper; glyph outlines are not lines
    }

    @Override
    public void showTextStrings(org.apache.pdfbox.cos.COSArray array) {
      // as above
    }

    private void line(float x1, float y1, float x2, float y2) {
      if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x2 - x1) > EPS) {
        segments.add(new Segment(true, (y1 + y2) / 2, x1, x2));
      } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y2 - y1) > EPS) {
        segments.add(new Segment(false, (x1 + x2) / 2, y1, y2));
      }
      if (segments.size() > 200_000) {
        throw new RoadmapFormatException("В файле PDF слишком много графики для дорожной карты");
      }
    }

    private void limit() {
      if (path.size() + rectangles.size() > 200_000) {
        throw new RoadmapFormatException("В файле PDF слишком много графики для дорожной карты");
      }
    }

    private void clear() {
      path.clear();
      rectangles.clear();
      start = null;
      current = null;
      currentRaw = null;
    }
  }

  /**
   * Tables of a page from its lines: lines that touch form a region; a region with at least two
   * horizontal and two vertical borders is a table, its horizontal borders are the row boundaries,
   * and each row's cells are between the vertical borders crossing that row.
   */
  private static List<Region> regions(List<Segment> raw, PDRectangle crop) {
    List<Segment> horizontals = merge(raw, true);
    List<Segment> verticals = merge(raw, false);
    // A horizontal line is a border only where a vertical one meets it (underlines and rules are not).
    List<Segment> borders = new ArrayList<>();
    for (Segment h : horizontals) {
      if (touches(h, verticals)) {
        borders.add(h);
      }
    }
    for (Segment v : verticals) {
      if (touches(v, horizontals)) {
        borders.add(v);
      }
    }
    // connected components
    int n = borders.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Segment a = borders.get(i);
        Segment b = borders.get(j);
        if (a.horizontal != b.horizontal && crosses(a.horizontal ? a : b, a.horizontal ? b : a)) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<Region> regions = new ArrayList<>();
    java.util.Map<Integer, Region> byRoot = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      Segment s = borders.get(i);
      Region r = byRoot.computeIfAbsent(find(parent, i), k -> {
        Region created = new Region();
        regions.add(created);
        return created;
      });
      if (s.horizontal) {
        r.horizontals.add(s);
        r.left = Math.min(r.left, s.from);
        r.right = Math.max(r.right, s.to);
        r.top = Math.min(r.top, s.at);
        r.bottom = Math.max(r.bottom, s.at);
      } else {
        r.verticals.add(s);
        r.top = Math.min(r.top, s.from);
        r.bottom = Math.max(r.bottom, s.to);
        r.left = Math.min(r.left, s.at);
        r.right = Math.max(r.right, s.at);
      }
    }
    List<Region> tables = new ArrayList<>();
    for (Region r : regions) {
      if (r.horizontals.size() < 2 || r.verticals.size() < 2 || r.right - r.left < 20 || r.bottom - r.top < 5) {
        continue;
      }
      List<Float> rows = cluster(r.horizontals.stream().map(h -> h.at).toList());
      List<Float> all = new ArrayList<>();
      for (int b = 0; b < rows.size() - 1; b++) {
        float top = rows.get(b);
        float bottom = rows.get(b + 1);
        float mid = (top + bottom) / 2;
        List<Float> xs = new ArrayList<>();
        for (Segment v : r.verticals) {
          if (v.from <= mid && v.to >= mid) {
            xs.add(v.at);
          }
        }
        List<Float> edges = cluster(xs);
        // a double border, or the gap between two tables drawn close together, is not a row
        if (bottom - top >= EPS && edges.size() >= 2) {
          r.bands.add(new float[] {top, bottom});
          r.bandEdges.add(edges);
          all.addAll(edges);
        }
      }
      if (r.bands.isEmpty()) {
        continue;
      }
      r.columns = cluster(all);
      tables.add(r);
    }
    tables.sort(Comparator.comparingDouble(r -> r.top));
    return tables;
  }

  /** Collinear pieces of lines that overlap or nearly touch become one line. */
  private static List<Segment> merge(List<Segment> raw, boolean horizontal) {
    List<Segment> list = new ArrayList<>();
    for (Segment s : raw) {
      if (s.horizontal == horizontal) {
        list.add(new Segment(horizontal, s.at, s.from, s.to));
      }
    }
    list.sort(Comparator.<Segment>comparingDouble(s -> s.at).thenComparingDouble(s -> s.from));
    List<Segment> merged = new ArrayList<>();
    for (Segment s : list) {
      Segment last = null;
      for (int i = merged.size() - 1; i >= 0 && merged.get(i).at >= s.at - 1f; i--) {
        Segment m = merged.get(i);
        if (Math.abs(m.at - s.at) <= 1f && s.from <= m.to + EPS) {
          last = m;
          break;
        }
      }
      if (last != null) {
        last.to = Math.max(last.to, s.to);
      } else {
        merged.add(s);
      }
    }
    return merged;
  }

  private static boolean touches(Segment s, List<Segment> others) {
    boolean fromTouched = false;
    boolean toTouched = false;
    for (Segment o : others) {
      if (o.from - EPS <= s.at && o.to + EPS >= s.at) {
        if (Math.abs(o.at - s.from) <= EPS) {
          fromTouched = true;
        }
        if (Math.abs(o.at - s.to) <= EPS) {
          toTouched = true;
        }
      }
    }
    return fromTouched || toTouched;
  }

  private static boolean crosses(Segment h, Segment v) {
    return v.at >= h.from - EPS && v.at <= h.to + EPS && h.at >= v.from - EPS && h.at <= v.to + EPS;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Sorted values with those closer than {@link #EPS} merged. */
  private static List<Float> cluster(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> result = new ArrayList<>();
    for (Float v : sorted) {
      if (result.isEmpty() || v - result.get(result.size() - 1) > EPS) {
        result.add(v);
      }
    }
    return result;
  }
}
