package ru.nastavnik.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.PersonService;

/** {@code POST /api/people/import}: a staff list of a school information system into the registry. */
class StaffImportIT extends IntegrationTestSupport {

  private static final List<String> HEADER = List.of("№", "Фамилия", "Имя", "Отчество", "Должность",
      "Преподаваемые предметы", "Стаж педагогической работы, лет", "Дата рождения", "Эл. почта", "Телефон",
      "Роль в наставничестве", "Организация");

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired Accounts accounts;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;
  private final ObjectMapper json = new ObjectMapper();
  private OnboardingSchools schools;

  @BeforeEach
  void schools() {
    schools = OnboardingSchools.ensure(organizations, people, accounts, transaction, jdbc);
  }

  static byte[] workbook() {
    List<List<Object>> rows = new ArrayList<>();
    rows.add(List.of(1, "Мельникова", "Нина", "Аркадьевна", "Учитель начальных классов", "Начальные классы", 27,
        LocalDate.of(1972, 6, 15), "Melnikova.NA@onb-a.test", "8-912-000-11-22", "Наставник", "Школа А"));
    rows.add(List.of(2, "Носов", "Олег", "Ильич", "Учитель математики", "Математика, Информатика", 0,
        LocalDate.of(2002, 2, 2), "nosov.oi@onb-a.test", "", "наставляемый", "Школа А"));
    rows.add(List.of(3, "Осипова", "Полина", "Романовна", "Педагог-психолог", "", 3, "", "", "", "Наставляемая",
        "МБОУ «Школа А»".replace("МБОУ ", "")));
    rows.add(List.of(4, "Петров", "Роман", "Сергеевич", "Учитель ОБЖ", "ОБЖ", 12, "", "petrov.rs@onb-a.test", "",
        "куратор", "Школа А"));
    return StaffWorkbook.xlsx("Список педагогических работников МБОУ «Школа А» на 01.09.2026", HEADER, rows);
  }

  @Test
  void workbookDryRunStoresNothingThenImportCreatesAndReimportChangesNothing() throws IOException {
    int before = peopleOfSchoolA();

    JsonNode dry = importOk("onb-curator-a", workbook(), "staff.xlsx", null, true);
    assertThat(statuses(dry)).containsExactly("CREATED", "CREATED", "CREATED", "ERROR");
    assertThat(dry.at("/rows/0/row").asInt()).isEqualTo(2);
    assertThat(dry.at("/rows/0/login").asText()).isEqualTo("melnikova.na");
    assertThat(dry.at("/rows/2/login").asText()).isEqualTo("osipova.pr");
    // A curator grants mentors and mentees, not curators: the same rule as POST /api/people.
    assertThat(dry.at("/rows/3/errors/0").asText()).contains("«Роль в наставничестве»").contains("Куратор");
    assertThat(dry.at("/rows/0/personId").isMissingNode() || dry.at("/rows/0/personId").isNull()).isTrue();
    assertThat(peopleOfSchoolA()).isEqualTo(before);
    assertThat(accounts.exists("melnikova.na")).isFalse();

    JsonNode real = importOk("onb-curator-a", workbook(), "staff.xlsx", null, false);
    assertThat(statuses(real)).containsExactly("CREATED", "CREATED", "CREATED", "ERROR");
    assertThat(peopleOfSchoolA()).isEqualTo(before + 3);
    long melnikova = real.at("/rows/0/personId").asLong();
    var stored = jdbc.queryForMap("select full_name, email, phone, birth_date, experience_years, login, position"
        + " from person where id = ?", melnikova);
    assertThat(stored.get("full_name")).isEqualTo("Мельникова Нина Аркадьевна");
    assertThat(stored.get("email")).isEqualTo("melnikova.na@onb-a.test");
    assertThat(stored.get("phone")).isEqualTo("+79120001122");
    assertThat(stored.get("birth_date").toString()).isEqualTo("1972-06-15");
    assertThat(stored.get("experience_years")).isEqualTo(27);
    assertThat(jdbc.queryForList("select role from person_role where person_id = ?", String.class, melnikova))
        .containsExactly("MENTOR");
    assertThat(jdbc.queryForList("select subject from person_subject where person_id = ?", String.class,
        real.at("/rows/1/personId").asLong())).containsExactlyInAnyOrder("Математика", "Информатика");
    assertThat(accounts.exists("melnikova.na")).isTrue();

    JsonNode again = importOk("onb-curator-a", workbook(), "staff.xlsx", null, false);
    assertThat(statuses(again)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED", "ERROR");
    assertThat(again.at("/rows/0/personId").asLong()).isEqualTo(melnikova);
    assertThat(peopleOfSchoolA()).isEqualTo(before + 3);
  }

  @Test
  void windows1251CsvStoresTheValidRowsAndNamesTheColumnOfEveryBadOne() throws IOException {
    byte[] csv;
    try (InputStream in = getClass().getResourceAsStream("/onboarding/staff-windows-1251.csv")) {
      csv = in.readAllBytes();
    }
    JsonNode result = importOk("onb-curator-a", csv, "staff.csv", schools.schoolA(), false);
    assertThat(statuses(result)).containsExactly("CREATED", "CREATED", "ERROR", "ERROR", "ERROR", "ERROR", "ERROR");
    assertThat(result.at("/rows/1/login").asText()).isEqualTo("zhukov.do");
    assertThat(result.at("/rows/2/errors/0").asText()).contains("«E-mail»").contains("неправильный-адрес");
    assertThat(result.at("/rows/3/errors/0").asText()).contains("«Роль»").contains("волшебник");
    assertThat(result.at("/rows/4/errors").toString()).contains("«Телефон»").contains("«Дата рождения»");
    assertThat(result.at("/rows/5/errors/0").asText()).contains("«ФИО»");
    assertThat(result.at("/rows/6/errors/0").asText()).contains("«Роль»").contains("Руководитель");
    assertThat(result.get("created").asInt()).isEqualTo(2);
    assertThat(jdbc.queryForObject("select count(*) from person where email = 'ershova.ai@onb-a.test'", Integer.class))
        .isEqualTo(1);
    assertThat(jdbc.queryForObject("select phone from person where email = 'zhukov.do@onb-a.test'", String.class))
        .isEqualTo("+79123456702");
    assertThat(jdbc.queryForObject("select count(*) from person where email in ('ilin.ks@onb-a.test',"
        + " 'laptev.ma@onb-a.test', 'komarova.liu@onb-a.test')", Integer.class)).isZero();

    JsonNode again = importOk("onb-curator-a", csv, "staff.csv", schools.schoolA(), false);
    assertThat(statuses(again)).startsWith("UNCHANGED", "UNCHANGED");
  }

  @Test
  void aCuratorOfAnotherSchoolIsRefused() throws IOException {
    int before = peopleOfSchoolA();
    // The attack: the curator of school B loads a list into school A, by id and by the column.
    ResponseEntity<String> byId = importFile("onb-curator-b", workbook(), "staff.xlsx", schools.schoolA(), false);
    assertThat(byId.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(byId.getBody()).get("detail").asText()).contains("Школа А");

    JsonNode byColumn = json.readTree(importFile("onb-curator-b", workbook(), "staff.xlsx", null, false).getBody());
    assertThat(statuses(byColumn)).containsOnly("ERROR");
    assertThat(byColumn.at("/rows/0/errors/0").asText()).contains("«Организация»");
    assertThat(peopleOfSchoolA()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoStaffListIsRefusedInRussian() throws IOException {
    ResponseEntity<String> response = importFile("onb-curator-a", "просто текст\nбез заголовка".getBytes(),
        "notes.csv", schools.schoolA(), false);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("заголовка");
  }

  private int peopleOfSchoolA() {
    return jdbc.queryForObject("select count(*) from person where organization_id = ?", Integer.class, schools.schoolA());
  }

  private JsonNode importOk(String login, byte[] content, String name, Long organizationId, boolean dryRun)
      throws IOException {
    ResponseEntity<String> response = importFile(login, content, name, organizationId, dryRun);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode result = json.readTree(response.getBody());
    assertThat(result.get("dryRun").asBoolean()).isEqualTo(dryRun);
    return result;
  }

  ResponseEntity<String> importFile(String login, byte[] content, String name, Long organizationId, boolean dryRun) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    String url = "/api/people/import?dryRun=" + dryRun + (organizationId == null ? "" : "&organizationId=" + organizationId);
    return as(login).postForEntity(url, new HttpEntity<>(body, headers), String.class);
  }

  private static List<String> statuses(JsonNode result) {
    List<String> statuses = new ArrayList<>();
    result.get("rows").forEach(row -> statuses.add(row.get("status").asText()));
    return statuses;
  }
}
