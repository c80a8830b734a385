package ru.nastavnik.roadmap.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

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

  /** One reading of one document: pages laid out, then rows joined across pages. */
  private static final class Reader {
    private final PDDocument doc;
    private int glyphCount;
    private int images;

    Reader(PDDocument doc) {
      this.doc = doc;
    }

    List<SourceLine> read() throws IOException {
      PdfGlyphCollector collector = new PdfGlyphCollector(doc);
      List<List<PdfEntry>> pages = new ArrayList<>();
      boolean anyTable = false;
      int textGlyphs = 0;
      for (int p = 0; p < doc.getNumberOfPages(); p++) {
        PDPage page = doc.getPage(p);
        List<PdfGlyph> glyphs = collector.collect(p + 1, glyphCount);
        glyphCount += glyphs.size();
        if (glyphCount > MAX_GLYPHS) {
          throw new RoadmapFormatException("В файле PDF слишком много текста для дорожной карты");
        }
        for (PdfGlyph g : glyphs) {
          if (!g.text().isBlank()) {
            textGlyphs++;
          }
        }
        PdfRulingLines lines = new PdfRulingLines(page);
        lines.processPage(page);
        images += lines.images;
        List<PdfRegion> regions = PdfTableGrid.regions(lines.segments, page.getCropBox());
        anyTable |= !regions.isEmpty();
        pages.add(PdfPageLayout.layout(glyphs, regions));
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
      for (List<PdfEntry> page : pages) {
        for (PdfEntry e : page) {
          if (e.band()) {
            e.cells.forEach(u -> words.learn(u.lines));
          } else {
            words.learn(e.paragraph.lines);
          }
        }
      }
      List<PdfEntry> entries = PdfRows.join(pages, words);
      return PdfRows.render(entries, words);
    }
  }
}
