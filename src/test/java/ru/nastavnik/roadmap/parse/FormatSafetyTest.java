package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** The limits of every new format: XXE, zip bombs, passwords, formats that are not roadmaps. */
class FormatSafetyTest {

  private static final LocalDate FROM = LocalDate.of(2026, 8, 1);
  private static final LocalDate TO = LocalDate.of(2027, 7, 31);
  private static final String XXE = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

  private static AbstractThrowableAssert<?, ? extends Throwable> refusing(byte[] content) {
    return assertThatThrownBy(() -> new RoadmapParser().parse("карта", content, FROM, TO))
        .isInstanceOf(RoadmapFormatException.class)
        .hasMessageMatching("(?s)[А-ЯЁ].*")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Za-z]{6,}").doesNotContain("root:"));
  }

  /** The fixture with one entry's text changed. */
  private static byte[] replaceEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean found = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(name)) {
          data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
          found = true;
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    assertThat(found).as(name).isTrue();
    return out.toByteArray();
  }

  private static byte[] bomb(String... namesThenBombName) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      for (int i = 0; i < namesThenBombName.length - 1; i += 2) {
        zip.putNextEntry(new ZipEntry(namesThenBombName[i]));
        zip.write(namesThenBombName[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry(namesThenBombName[namesThenBombName.length - 1]));
      byte[] zeros = new byte[1 << 20];
      for (long written = 0; written <= Archive.MAX_UNZIPPED; written += zeros.length) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    assertThat(out.size()).isLessThan(RoadmapParser.MAX_BYTES);
    return out.toByteArray();
  }

  @Test
  void anOdtWithAnExternalEntityIsRefusedAndNothingIsRead() throws IOException {
    byte[] odt = replaceEntry(RoadmapFormatsTest.fixture("003.odt"), "content.xml",
        xml -> xml.replaceFirst("\\?>", "?>" + XXE).replaceFirst("Сентябрь", "&xxe;"));
    refusing(odt).hasMessageContaining("DTD");
  }

  @Test
  void anXlsxWithAnExternalEntityIsRefused() throws IOException {
    byte[] xlsx = replaceEntry(RoadmapFormatsTest.fixture("003.xlsx"), "xl/sharedStrings.xml",
        xml -> xml.replaceFirst("\\?>", "?>" + XXE).replaceFirst("Сентябрь", "&xxe;"));
    refusing(xlsx).hasMessageContaining("Excel");
  }

  @Test
  void zipBombsAreRefusedBeforeAnythingInflatesThem() throws IOException {
    refusing(bomb("mimetype", "application/vnd.oasis.opendocument.text", "content.xml")).hasMessageContaining("слишком велик");
    refusing(bomb("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "xl/worksheets/sheet1.xml"))
        .hasMessageContaining("слишком велик");
  }

  @Test
  void aWorkbookTooLargeToHoldInMemoryIsRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(9);
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (long written = 0; written <= SheetSource.MAX_XLSX_UNZIPPED; written += spaces.length) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    refusing(out.toByteArray()).hasMessageContaining("слишком велика");
  }

  @Test
  void aPasswordProtectedDocIsRefused() throws IOException {
    byte[] locked;
    Biff8EncryptionKey.setCurrentUserPassword("секрет");
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(RoadmapFormatsTest.fixture("003.doc")))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      locked = out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertThat(DocumentFormat.detect(locked)).isEqualTo(DocumentFormat.DOC);
    refusing(locked).hasMessageContaining("защищён паролем");
  }

  @Test
  void aPasswordProtectedDocxOrXlsxIsRefused() throws Exception {
    byte[] locked;
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
      Encryptor encryptor = info.getEncryptor();
      encryptor.confirmPassword("секрет");
      try (OutputStream os = encryptor.getDataStream(fs)) {
        os.write(RoadmapFormatsTest.fixture("003.docx"));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      locked = out.toByteArray();
    }
    refusing(locked).hasMessageContaining("защищён паролем");
  }

  @Test
  void otherOpenDocumentsAndCompoundFilesAreRefusedWithWhatToUpload() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    refusing(out.toByteArray()).hasMessageContaining(".ods").hasMessageContaining(".xlsx");

    ByteArrayOutputStream ole = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[64]), "Что-то");
      fs.writeFilesystem(ole);
    }
    refusing(ole.toByteArray()).hasMessageContaining(".docx");
  }
}
