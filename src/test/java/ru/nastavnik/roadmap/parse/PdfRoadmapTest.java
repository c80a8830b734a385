package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF read from its text layer: {@code 000-narrow.pdf} is seed 000 printed by LibreOffice in narrow
 * columns, so that its rows break across pages under a header repeated on every page and long
 * words are hyphenated («исследо-» at the bottom of page 2, «вательскую» at the top of page 3).
 */
class PdfRoadmapTest {

  private static final LocalDate FROM = LocalDate.of(2022, 1, 1);
  private static final LocalDate TO = LocalDate.of(2022, 12, 31);

  private static byte[] narrow() {
    return RoadmapFormatsTest.fixture("000-narrow.pdf");
  }

  private static String pageText(byte[] pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      return stripper.getText(doc);
    }
  }

  @Test
  void theFixtureReallyBreaksARowAcrossPagesWithAHyphenatedWord() throws IOException {
    String page2 = pageText(narrow(), 2);
    String page3 = pageText(narrow(), 3);
    assertThat(page2).contains("2.6 Разработка планов").contains("их в исследо-\n");
    // page 3 starts with the repeated header and goes on with the rest of row 2.6, which has no number there
    assertThat(page3).startsWith("№").contains("Наименование ме-").contains("вательскую и ана-").doesNotContain("2.6");
  }

  @Test
  void aRowBrokenAcrossPagesIsOneRowWithItsWordsJoined() {
    List<SourceLine> lines = PdfSource.read(narrow());

    List<SourceLine> rows = lines.stream().filter(l -> l.kind() == SourceLine.Kind.TABLE_ROW).toList();
    SourceLine item26 = rows.stream().filter(l -> l.cells().get(0).equals("2.6")).findFirst().orElseThrow();
    assertThat(item26.cells().get(1)).isEqualTo("Разработка планов участия в межшкольных инновационных проектах "
        + "наставников с наставляемыми, вовлечения их в исследовательскую и аналитическую деятельность");
    assertThat(item26.cells().get(4)).endsWith("вовлечения их в исследовательскую и аналитическую деятельность");
    // the rest of 2.6 on page 3 is not a row of its own
    assertThat(rows).noneMatch(l -> l.cells().get(0).isEmpty() && l.joined().contains("вательскую"));
    // the header is on every page: once recognized, then repeated
    assertThat(rows.stream().filter(l -> Header.recognize(l.cells()) != null)).hasSize(3);
    // words hyphenated inside cells are whole again, real hyphens stay
    assertThat(lines.stream().map(SourceLine::joined).toList())
        .anyMatch(t -> t.contains("Наименование мероприятий"))
        .anyMatch(t -> t.contains("материально-технических ресурсов"))
        .anyMatch(t -> t.contains("Администрации города Ханты-Мансийска"))
        .noneMatch(t -> t.matches(".*\\p{Ll}- \\p{Ll}.*"));
  }

  @Test
  void theNarrowPdfReadsAsTheOriginal() {
    ParsedRoadmap pdf = new RoadmapParser().parse("карта.pdf", narrow(), FROM, TO);
    ParsedRoadmap original = Seeds.KHANTY_MANSIYSK.parse();
    assertThat(pdf.items()).extracting(ParsedItem::title).isEqualTo(original.items().stream().map(ParsedItem::title).toList());
    assertThat(pdf.items()).extracting(ParsedItem::expectedResult)
        .isEqualTo(original.items().stream().map(ParsedItem::expectedResult).toList());
  }

  /** A landscape page kept portrait with /Rotate and its content turned: read as displayed. */
  @ParameterizedTest
  @ValueSource(ints = {90, 180, 270})
  void rotatedPagesAreReadAsDisplayed(int rotation) throws IOException {
    byte[] rotated;
    try (PDDocument source = Loader.loadPDF(RoadmapFormatsTest.fixture("003.pdf")); PDDocument doc = new PDDocument()) {
      LayerUtility layers = new LayerUtility(doc);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        PDRectangle box = source.getPage(i).getMediaBox();
        float w = box.getWidth();
        float h = box.getHeight();
        PDPage page = new PDPage(rotation == 180 ? new PDRectangle(w, h) : new PDRectangle(h, w));
        page.setRotation(rotation);
        doc.addPage(page);
        PDFormXObject form = layers.importPageAsForm(source, i);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
          content.transform(rotation == 90 ? new Matrix(0, 1, -1, 0, h, 0)
              : rotation == 270 ? new Matrix(0, -1, 1, 0, 0, w) : new Matrix(-1, 0, 0, -1, w, h));
          content.drawForm(form);
        }
      }
      rotated = save(doc);
    }
    LocalDate from = Seeds.LYUDINOVO_SCHOOL.from;
    LocalDate to = Seeds.LYUDINOVO_SCHOOL.to;
    ParsedRoadmap expected = new RoadmapParser().parse("карта.pdf", RoadmapFormatsTest.fixture("003.pdf"), from, to);
    ParsedRoadmap actual = new RoadmapParser().parse("карта.pdf", rotated, from, to);
    assertThat(actual.title()).isEqualTo(expected.title());
    assertThat(actual.items()).isEqualTo(expected.items());
  }

  @Test
  void aScanWithoutATextLayerIsRefusedWithWhatToUploadInstead() throws IOException {
    byte[] scan;
    try (PDDocument source = Loader.loadPDF(RoadmapFormatsTest.fixture("003.pdf")); PDDocument doc = new PDDocument()) {
      BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 50);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      scan = save(doc);
    }

    assertThatThrownBy(() -> new RoadmapParser().parse("скан.pdf", scan, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageContaining("скан без текстового слоя")
        .hasMessageContaining(".docx")
        .hasMessageContaining("PDF, сохранённый из Word");
  }

  @Test
  void aPasswordProtectedPdfIsRefused() throws IOException {
    byte[] locked;
    try (PDDocument doc = Loader.loadPDF(RoadmapFormatsTest.fixture("003.pdf"))) {
      StandardProtectionPolicy policy = new StandardProtectionPolicy("владелец", "секрет", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      locked = save(doc);
    }

    assertThatThrownBy(() -> new RoadmapParser().parse("карта.pdf", locked, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageStartingWith("Файл PDF защищён паролем");
  }

  @Test
  void tooManyPagesAreRefused() throws IOException {
    byte[] thick;
    try (PDDocument doc = new PDDocument()) {
      for (int i = 0; i <= PdfSource.MAX_PAGES; i++) {
        doc.addPage(new PDPage());
      }
      thick = save(doc);
    }
    assertThatThrownBy(() -> new RoadmapParser().parse("карта.pdf", thick, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageContaining("не более " + PdfSource.MAX_PAGES + " страниц");
  }

  @Test
  void aPdfWithTextButNoTableSaysSo() throws IOException {
    byte[] letter;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(50, 700);
        content.showText("Plan without a table");
        content.endText();
      }
      letter = save(doc);
    }
    assertThatThrownBy(() -> new RoadmapParser().parse("карта.pdf", letter, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageContaining("не найдена таблица");
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
