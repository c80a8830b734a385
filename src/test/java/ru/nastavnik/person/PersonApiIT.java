package ru.nastavnik.person;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;

/** People and consents through /api: Russian problems for bad input, roles become logins and groups. */
class PersonApiIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired IdentityService identityService;
  @Autowired PersonRepository people;
  @Autowired ConsentService consents;

  private long organizationId(String code) throws Exception {
    for (JsonNode o : JSON.readTree(as("coordinator").getForEntity("/api/organizations", String.class).getBody())) {
      if (o.get("code").asText().equals(code)) return o.get("id").asLong();
    }
    throw new AssertionError(code);
  }

  @Test
  void invalidPersonIsRefusedWithARussianProblemNamingTheFields() {
    long before = people.count();

    ResponseEntity<String> response = post("curator1", "/api/people",
        Map.of("fullName", " ", "experienceYears", -2, "email", "не-почта"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).contains("fullName: укажите ФИО").contains("experienceYears: стаж не может быть отрицательным")
        .contains("email: некорректный адрес").contains("organizationId: укажите организацию");
    assertThat(people.count()).isEqualTo(before);
  }

  @Test
  void unknownEnumValueListsTheAllowedOnes() throws Exception {
    ResponseEntity<String> response = post("curator1", "/api/people",
        Map.of("organizationId", organizationId("khm-sch1"), "fullName", "Иванов Иван", "category", "СТАРШИЙ"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(JSON.readTree(response.getBody()).at("/errors/0/field").asText()).isEqualTo("category");
    assertThat(response.getBody()).contains("допустимые значения").contains("YOUNG_SPECIALIST");
  }

  @Test
  void aPersonWithARoleGetsALoginInTheGroupOfTheirSchool() throws Exception {
    ResponseEntity<String> response = post("curator2", "/api/people", Map.of(
        "organizationId", organizationId("khm-sch2"), "fullName", "Рябова  Алёна Сергеевна", "experienceYears", 1,
        "subjects", List.of("Биология"), "email", "ryabova@demo.nastavnik.local", "login", "ryabova", "roles", List.of("MENTEE")));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode person = JSON.readTree(response.getBody());
    assertThat(person.get("fullName").asText()).isEqualTo("Рябова Алёна Сергеевна");
    assertThat(person.get("category").asText()).isEqualTo("YOUNG_SPECIALIST");
    assertThat(identityService.createUserQuery().userId("ryabova").memberOfGroup("mentees-khm-sch2").count()).isEqualTo(1);
    assertThat(identityService.createUserQuery().userId("ryabova").singleResult().getLastName()).isEqualTo("Рябова");

    ResponseEntity<String> update = as("curator2").exchange("/api/people/" + person.get("id").asLong(), HttpMethod.PUT, json(Map.of(
        "organizationId", organizationId("khm-sch2"), "fullName", "Рябова Алёна Сергеевна", "experienceYears", 1,
        "login", "ryabova", "roles", List.of("MENTOR"))), String.class);
    assertThat(update.getStatusCode()).as(update.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(identityService.createUserQuery().userId("ryabova").memberOfGroup("mentees-khm-sch2").count()).isZero();
    assertThat(identityService.createUserQuery().userId("ryabova").memberOfGroup("mentors-khm-sch2").count()).isEqualTo(1);
  }

  @Test
  void aCuratorCannotAddPeopleToAnotherSchoolOrGiveMunicipalRoles() throws Exception {
    ResponseEntity<String> foreign = post("curator1", "/api/people",
        Map.of("organizationId", organizationId("khm-sch2"), "fullName", "Чужой Сотрудник"));
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> municipal = post("curator1", "/api/people", Map.of("organizationId", organizationId("khm-sch1"),
        "fullName", "Самозванец Пётр", "login", "samozvanets", "roles", List.of("MANAGER")));
    assertThat(municipal.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(identityService.createUserQuery().userId("samozvanets").count()).isZero();
  }

  @Test
  void aMinorsConsentIsGivenByAParentAndCanBeWithdrawn() throws Exception {
    ResponseEntity<String> created = post("curator3", "/api/people", Map.of("organizationId", organizationId("khm-sch3"),
        "fullName", "Соколов Миша", "minor", true, "roles", List.of("MENTEE"), "login", "sokolov-misha"));
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = JSON.readTree(created.getBody()).get("id").asLong();
    assertThat(JSON.readTree(created.getBody()).get("category").asText()).isEqualTo("STUDENT");

    ResponseEntity<String> self = post("curator3", "/api/people/" + id + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", "Соколов Миша", "givenByRelation", "SELF"));
    assertThat(self.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(self.getBody()).contains("родитель или законный представитель");
    assertThat(consents.hasValid(id, ConsentKind.PERSONAL_DATA)).isFalse();

    ResponseEntity<String> parent = post("curator3", "/api/people/" + id + "/consents",
        Map.of("kind", "PERSONAL_DATA", "givenBy", "Соколова Ирина Петровна", "givenByRelation", "PARENT"));
    assertThat(parent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(consents.hasValid(id, ConsentKind.PERSONAL_DATA)).isTrue();

    long consentId = JSON.readTree(parent.getBody()).get("id").asLong();
    ResponseEntity<String> withdrawn = post("curator3", "/api/people/" + id + "/consents/" + consentId + "/withdraw",
        Map.of("reason", "Заявление родителя"));
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(consents.hasValid(id, ConsentKind.PERSONAL_DATA)).isFalse();

    ResponseEntity<String> again = post("curator3", "/api/people/" + id + "/consents/" + consentId + "/withdraw", Map.of());
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(again.getBody()).contains("уже отозвано");
  }

  @Test
  void aMinorCannotBeACurator() throws Exception {
    ResponseEntity<String> response = post("director3", "/api/people", Map.of("organizationId", organizationId("khm-sch3"),
        "fullName", "Юный Куратор", "minor", true, "roles", List.of("CURATOR"), "login", "young-curator"));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("Несовершеннолетний не может быть");
  }
}
