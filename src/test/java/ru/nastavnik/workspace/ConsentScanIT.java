package ru.nastavnik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/**
 * The scanned paper of a consent: uploaded with the consent in the workspace or later through
 * {@code /api}, recognised by its content (PDF, JPEG, PNG up to 10 MB), downloaded only by the
 * school's curator or director (or the person), erased with the person's data. Attacks first.
 */
class ConsentScanIT extends IntegrationTestSupport {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  private static final byte[] EXE = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);

  @LocalServerPort int port;
  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private WorkspaceTown town(String code, String name) {
    return WorkspaceTown.create(new WorkspaceTown.Services(organizations, people, consents, accounts, transaction, jdbc),
        code, name);
  }

  private long personId(String login) {
    return jdbc.queryForObject("select id from person where login = ?", Long.class, login);
  }

  private int consentCount(long personId) {
    return jdbc.queryForObject("select count(*) from consent where person_id = ?", Integer.class, personId);
  }

  private int scanCount(long personId) {
    return jdbc.queryForObject("""
        select count(*) from consent_scan s join consent c on c.id = s.consent_id where c.person_id = ?""",
        Integer.class, personId);
  }

  private ResponseEntity<String> upload(String login, String path, String name, byte[] content) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(login).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  @Test
  void theCuratorRecordsAConsentWithItsScanInTheWorkspaceAndABadFileIsRefusedInRussianWithNothingStored() throws Exception {
    WorkspaceTown town = town("scn", "Город Сканов");
    long mentee = personId(town.login("mentee"));
    String page = "/nastavnik/schools/" + town.school().getId() + "/people/" + mentee + "/consents";
    WorkspaceSession curator = WorkspaceSession.loggedIn(port, town.login("curator"));
    curator.get(page);
    int before = consentCount(mentee);
    Map<String, String> form = Map.of("kind", "MENTORING_DUTIES", "givenBy", "Новичкова Мария Андреевна",
        "relation", "SELF", "givenOn", "", "document", "папка 3, лист 12");

    // A program renamed to .pdf: refused by its content, the form keeps what was typed, nothing stored.
    HttpResponse<String> renamed = curator.postFile(page, form, "scan", "согласие.pdf", EXE);
    assertThat(renamed.statusCode()).isEqualTo(400);
    assertThat(renamed.body()).contains("только в формате PDF, JPEG или PNG").contains("согласие.pdf")
        .contains("папка 3, лист 12");
    // Too large: the limit is named.
    byte[] huge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
    HttpResponse<String> tooLarge = curator.postFile(page, form, "scan", "большой.pdf", huge);
    assertThat(tooLarge.statusCode()).isEqualTo(400);
    assertThat(tooLarge.body()).contains("больше 10 МБ");
    // A good file with a bad field: the file is not silently lost, the curator is told to choose it again.
    HttpResponse<String> badField = curator.postFile(page, Map.of("kind", "MENTORING_DUTIES", "givenBy", "",
        "relation", "SELF", "givenOn", "", "document", ""), "scan", "скан.pdf", PDF);
    assertThat(badField.statusCode()).isEqualTo(400);
    assertThat(badField.body()).contains("выберите его снова");
    assertThat(consentCount(mentee)).isEqualTo(before);
    assertThat(scanCount(mentee)).isZero();

    HttpResponse<String> recorded = curator.postFile(page, form, "scan", "C:\\Сканы\\согласие Новичковой.PDF", PDF);
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
    assertThat(consentCount(mentee)).isEqualTo(before + 1);
    assertThat(scanCount(mentee)).isEqualTo(1);
    Long consentId = jdbc.queryForObject("""
        select c.id from consent c join consent_scan s on s.consent_id = c.id where c.person_id = ?""", Long.class, mentee);
    assertThat(jdbc.queryForObject("select file_name from consent_scan where consent_id = ?", String.class, consentId))
        .isEqualTo("согласие Новичковой.pdf");

    HttpResponse<String> list = curator.get(page);
    String link = "/api/people/" + mentee + "/consents/" + consentId + "/scan";
    assertThat(list.body()).contains("href=\"" + link + "\"");
    HttpResponse<byte[]> downloaded = curator.download(link);
    assertThat(downloaded.statusCode()).isEqualTo(200);
    assertThat(downloaded.body()).isEqualTo(PDF);
    assertThat(downloaded.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(downloaded.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));

    // Replaced later from the row of the consent: a PNG this time.
    curator.get(page);
    HttpResponse<String> replaced = curator.postFile(page + "/" + consentId + "/scan", Map.of(), "scan", "фото.png", PNG);
    assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(302);
    assertThat(curator.download(link).body()).isEqualTo(PNG);
    // The upload without a file chosen gets a Russian error next to its row.
    curator.get(page);
    HttpResponse<String> empty = curator.postFile(page + "/" + consentId + "/scan", Map.of(), "scan", "", new byte[0]);
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Файл скана пустой");
    assertThat(curator.download(link).body()).isEqualTo(PNG);
  }

  @Test
  void anotherSchoolsCuratorAndAMentorOfTheSameSchoolCanNeitherReadNorReplaceAScanAndErasureDeletesIt() throws Exception {
    WorkspaceTown town = town("scr", "Город Согласий");
    WorkspaceTown other = town("sco", "Город Чужой");
    long mentee = personId(town.login("mentee"));
    Long consentId = jdbc.queryForObject("select id from consent where person_id = ? and kind = 'PERSONAL_DATA'",
        Long.class, mentee);
    String scan = "/api/people/" + mentee + "/consents/" + consentId + "/scan";

    ResponseEntity<String> notAScan = upload(town.login("curator"), scan, "согласие.docx", "PK\u0003\u0004word".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(notAScan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAScan.getBody()).contains("только в формате PDF, JPEG или PNG").doesNotContain("Exception");
    ResponseEntity<String> attached = upload(town.login("curator"), scan, "согласие.pdf", PDF);
    assertThat(attached.getStatusCode()).as(attached.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(attached.getBody()).contains("\"contentType\":\"application/pdf\"");
    assertThat(as(town.login("curator")).getForObject("/api/people/" + mentee + "/consents", String.class))
        .contains("\"scan\":true");

    // Attacks: read and replace from another school, read as a mentor of the same school.
    ResponseEntity<byte[]> foreignRead = as(other.login("curator")).exchange(scan, HttpMethod.GET, null, byte[].class);
    assertThat(foreignRead.getStatusCode().value()).isIn(403, 404);
    assertThat(foreignRead.getBody()).isNotEqualTo(PDF);
    ResponseEntity<String> foreignReplace = upload(other.login("curator"), scan, "подмена.png", PNG);
    assertThat(foreignReplace.getStatusCode().value()).isIn(403, 404);
    ResponseEntity<byte[]> mentorRead = as(town.login("mentor")).exchange(scan, HttpMethod.GET, null, byte[].class);
    assertThat(mentorRead.getStatusCode().value()).isIn(403, 404);
    ResponseEntity<String> menteeReplace = upload(town.login("mentor"), scan, "подмена.png", PNG);
    assertThat(menteeReplace.getStatusCode().value()).isIn(403, 404);
    // The refusals changed nothing; the director of the school reads it, as does the person herself.
    ResponseEntity<byte[]> director = as(town.login("director")).exchange(scan, HttpMethod.GET, null, byte[].class);
    assertThat(director.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(director.getBody()).isEqualTo(PDF);
    assertThat(as(town.login("mentee")).exchange(scan, HttpMethod.GET, null, byte[].class).getBody()).isEqualTo(PDF);

    // The person's data erased: the scanned paper goes with it.
    ResponseEntity<String> erased = as("demo").exchange("/api/people/" + mentee + "?reason=тест", HttpMethod.DELETE, null, String.class);
    assertThat(erased.getStatusCode()).as(erased.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(scanCount(mentee)).isZero();
  }
}
