package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.IntegrationTestSupport;

/** {@code POST /api/roadmaps/preview} reads the new formats by their content and refuses a scan in Russian. */
class RoadmapFormatsPreviewIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = RoadmapFormatsPreviewIT.class.getResourceAsStream("/roadmaps/formats/" + name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    }
  }

  private ResponseEntity<String> preview(String fileName, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    body.add("periodStart", "2026-08-01");
    body.add("periodEnd", "2027-07-31");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as("curator1").postForEntity("/api/roadmaps/preview", new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void aPdfAnOdtAndASheetGiveTheSamePreview() throws IOException {
    JsonNode pdf = JSON.readTree(preview("карта.pdf", fixture("003.pdf")).getBody());
    for (String other : new String[] {"003.odt", "003.xls", "003.doc"}) {
      ResponseEntity<String> response = preview("карта.bin", fixture(other));
      assertThat(response.getStatusCode()).as(other).isEqualTo(HttpStatus.OK);
      JsonNode node = JSON.readTree(response.getBody());
      assertThat(node.get("items")).as(other).isEqualTo(pdf.get("items"));
      assertThat(node.get("title")).as(other).isEqualTo(pdf.get("title"));
    }
    assertThat(pdf.get("items")).hasSize(17);
    assertThat(pdf.get("title").asText()).endsWith("«Людиновская школа-интернат»");
  }

  @Test
  void aPdfWithoutTextIsRefusedInRussian() {
    byte[] empty = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF")
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    ResponseEntity<String> response = preview("скан.pdf", empty);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("В файле PDF нет текста");
  }
}
