package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Files that are not roadmaps are refused with a Russian message and nothing is returned. */
class MalformedInputTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);

  private static AbstractThrowableAssert<?, ? extends Throwable> refusing(String name, byte[] content) {
    return assertThatThrownBy(() -> new RoadmapParser().parse(name, content, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageMatching("(?s)[А-ЯЁ].*")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Za-z]{6,}"));
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] docx(XWPFDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  @Test
  void anEmptyFileIsRefused() {
    refusing("карта.docx", new byte[0]).hasMessageStartingWith("Файл пуст");
    refusing("карта.docx", null).hasMessageStartingWith("Файл пуст");
    refusing("карта.txt", " \r\n\t\n ".getBytes(StandardCharsets.UTF_8)).hasMessageStartingWith("Файл пуст");
  }

  @Test
  void textWithoutATableIsRefused() {
    refusing("карта.txt", "Дорожная карта\nПросто текст без таблицы".getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("не найдена таблица");
    refusing("карта.txt", "а\tб\tв\n1\t2\t3".getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("не найдена строка заголовка");
  }

  @Test
  void aHeaderWithoutItemsIsRefused() {
    refusing("карта.txt", "№\tМероприятие\tСрок\tОтветственный\n\n".getBytes(StandardCharsets.UTF_8))
        .hasMessageContaining("нет ни одного мероприятия");
  }

  @Test
  void aPdfIsRefused() {
    refusing("карта.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1))
        .hasMessageContaining("PDF");
  }

  @Test
  void imagesAreRefused() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    refusing("скан.png", png).hasMessageContaining("Изображение");
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    refusing("скан.docx", jpeg).hasMessageContaining("Изображение");
  }

  @Test
  void anOldWordDocIsRefused() {
    byte[] doc = new byte[1024];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
        0, doc, 0, 8);
    refusing("карта.doc", doc).hasMessageContaining(".doc");
  }

  @Test
  void randomBytesAreRefused() {
    Random random = new Random(42);
    for (int i = 0; i < 20; i++) {
      byte[] bytes = new byte[1 + random.nextInt(8192)];
      random.nextBytes(bytes);
      bytes[0] = 'x';
      refusing("карта.docx", bytes);
    }
  }

  @Test
  void aZipThatIsNotAWordDocumentIsRefused() throws IOException {
    refusing("карта.docx", zip("hello.txt", "привет")).hasMessageContaining("не является документом Word");
    refusing("карта.xlsx", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>"))
        .hasMessageContaining("Excel");
    refusing("карта.docx", zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<мусор"))
        .hasMessageContaining("повреждён");
    byte[] real = docx(new XWPFDocument());
    refusing("карта.docx", Arrays.copyOf(real, real.length / 2));
  }

  @Test
  void aZipBombIsRefusedBeforeWordReadsIt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(1);
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written <= DocxSource.MAX_UNZIPPED; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(RoadmapParser.MAX_BYTES);
    refusing("бомба.docx", out.toByteArray()).hasMessageContaining("слишком велик");
  }

  @Test
  void aWordDocumentWithoutATableOrWithoutAHeaderIsRefused() throws IOException {
    XWPFDocument noTable = new XWPFDocument();
    noTable.createParagraph().createRun().setText("Дорожная карта без таблицы");
    refusing("карта.docx", docx(noTable)).hasMessageContaining("нет ни одной таблицы");

    XWPFDocument noHeader = new XWPFDocument();
    XWPFTable table = noHeader.createTable(2, 3);
    table.getRow(0).getCell(0).setText("УТВЕРЖДАЮ");
    refusing("карта.docx", docx(noHeader)).hasMessageContaining("не найдена строка заголовка");
  }

  @Test
  void fiftyMegabytesAreRefusedAtOnceWithoutParsing() {
    byte[] huge = new byte[50 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'а');
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofMillis(500), () ->
        refusing("огромный.txt", huge).hasMessage("Файл слишком большой (50,0 МБ): допускается не более 10 МБ"));
    byte[] justOver = new byte[RoadmapParser.MAX_BYTES + 1];
    refusing("карта.txt", justOver).hasMessageStartingWith("Файл слишком большой");
  }

  @Test
  void aMissingPeriodIsTheCallersErrorNotTheFiles() {
    assertThatThrownBy(() -> new RoadmapParser().parse("карта.txt", Seeds.AZOV.bytes(), null, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Не задан период");
  }
}
