package ru.nastavnik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.PairFormationService;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestDraft;
import ru.nastavnik.system.CurrentUser;

/**
 * The dashboard's figures against a municipality of its own whose expected figures are counted
 * by hand: school A has 3 young specialists, one of them in an active pair and one in a proposed
 * pair; school B has 1 young specialist whose accepted request waits for a mentor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTests extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired Accounts accounts;
  @Autowired MentoringRequestService requests;
  @Autowired MentorBankService mentorBank;
  @Autowired PairFormationService pairs;
  @Autowired TransactionTemplate transaction;

  private long municipalityId;

  @BeforeAll
  void aMunicipalityCountedByHand() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion("dash-test", "Тестовая область");
      Municipality municipality = organizations.createMunicipality(region.getId(), "dash", "Тестовый район",
          ZoneId.of("Europe/Volgograd").getId());
      municipalityId = municipality.getId();
      Organization department = organizations.createOrganization(municipalityId, OrganizationKind.DEPARTMENT, "dash-do",
          "Отдел образования", "Отдел образования", null);
      Organization a = organizations.createOrganization(municipalityId, OrganizationKind.SCHOOL, "dash-a", "Школа А", "Школа А", null);
      Organization b = organizations.createOrganization(municipalityId, OrganizationKind.SCHOOL, "dash-b", "Школа Б", "Школа Б", null);
      person(department, "dash-manager", "Начальникова Инна", 20, EnumSet.of(Role.MANAGER));
      Person mentor = person(a, "dash-mentor", "Опытнова Вера", 25, EnumSet.of(Role.MENTOR));
      consents.record(mentor.getId(), ConsentKind.MENTORING_DUTIES, mentor.getFullName(), ConsentGiver.SELF, null, null);
      MentorProfile profile = mentorBank.registerApproved(mentor.getId(), Set.of("ASSESSMENT"), Set.of(MentoringForm.TRADITIONAL),
          3, TrainingStatus.COMPLETED, "demo", Instant.now());
      Person young1 = person(a, "dash-young1", "Молодова Аня", 1, EnumSet.of(Role.MENTEE));
      Person young2 = person(a, "dash-young2", "Молодов Борис", 2, EnumSet.of(Role.MENTEE));
      person(a, "dash-young3", "Молодова Вика", 0, EnumSet.of(Role.MENTEE));
      Person young4 = person(b, "dash-young4", "Молодов Гоша", 3, EnumSet.of(Role.MENTEE));
      MentoringPair active = pair(young1, profile);
      pairs.mentorAnswer(active.getId(), true, null, Instant.now());
      pairs.menteeAnswer(active.getId(), true, null, Instant.now());
      pairs.activate(active.getId(), "1-о", java.time.LocalDate.now(ZoneId.of("Europe/Volgograd")).toString(), Instant.now());
      pair(young2, profile);
      accepted(young4);
      return null;
    }));
  }

  private Person person(Organization organization, String login, String name, int years, EnumSet<Role> roles) {
    Person person = people.create(new PersonData(organization.getId(), name, null, Set.of(), years, null,
        login + "@dash.test", false, login, roles));
    consents.record(person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
    accounts.setPassword(login, DEMO_PASSWORD);
    return person;
  }

  private MentoringRequest accepted(Person mentee) {
    MentoringRequest request = requests.file(new CurrentUser(mentee.getLogin(), Set.of()),
        new RequestDraft(null, List.of("ASSESSMENT"), null, null, "TRADITIONAL"), Instant.now());
    return requests.decide(request.getId(), "ACCEPT", null, "demo", Instant.now());
  }

  private MentoringPair pair(Person mentee, MentorProfile mentor) {
    MentoringRequest request = accepted(mentee);
    return pairs.propose(request.getId(), String.valueOf(mentor.getId()), "demo", Instant.now()).orElseThrow();
  }

  @Test
  void theDepartmentSeesTheFiguresCountedByHand() throws Exception {
    ResponseEntity<String> response = as("dash-manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode dashboard = JSON.readTree(response.getBody());
    assertThat(dashboard.get("municipality").asText()).isEqualTo("Тестовый район");
    assertThat(dashboard.get("mentorsInBank").asInt()).isEqualTo(1);
    assertThat(dashboard.get("requestsWithoutMentor").asInt()).isEqualTo(1);
    JsonNode coverage = dashboard.get("coverage");
    assertThat(coverage.size()).isEqualTo(2);
    assertThat(coverage.get(0).get("organization").asText()).isEqualTo("Школа А");
    assertThat(coverage.get(0).get("youngSpecialists").asInt()).isEqualTo(3);
    assertThat(coverage.get(0).get("withMentor").asInt()).isEqualTo(1);
    assertThat(coverage.get(0).get("percent").asInt()).isEqualTo(33);
    assertThat(coverage.get(1).get("youngSpecialists").asInt()).isEqualTo(1);
    assertThat(coverage.get(1).get("withMentor").asInt()).isZero();
    for (JsonNode stage : dashboard.get("pairsByStage")) {
      int expected = switch (stage.get("status").asText()) {
        case "ACTIVE", "PROPOSED" -> 1;
        default -> 0;
      };
      assertThat(stage.get("pairs").asInt()).as(stage.get("title").asText()).isEqualTo(expected);
    }
  }

  @Test
  void anotherMunicipalitysManagerAndACuratorDoNotGetTheMunicipalView() {
    assertThat(as("manager").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("curator1").getForEntity("/api/dashboard?municipalityId=" + municipalityId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }
}
