package ru.nastavnik.roadmap.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Glyphs of every page, collected by PDFBox's text stripper (which decodes fonts to Unicode). */
final class PdfGlyphCollector extends PDFTextStripper {
  private final PDDocument doc;
  /** Glyphs collected on the pages before this one. */
  private int glyphCount;
  private List<PdfGlyph> glyphs = new ArrayList<>();
  private int uprightDirection;

  PdfGlyphCollector(PDDocument doc) throws IOException {
    this.doc = doc;
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  List<PdfGlyph> collect(int page, int glyphCount) throws IOException {
    this.glyphCount = glyphCount;
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
    if (glyphs.size() + glyphCount > PdfSource.MAX_GLYPHS) {
      throw new RoadmapFormatException("В файле PDF слишком много текста для дорожной карты");
    }
    float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(1f, t.getHeightDir());
    glyphs.add(new PdfGlyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getUnicode(), bold(t.getFont())));
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
