package ru.nastavnik.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.person.PersonRepository;

/** The bank of mentors through the engine REST and /api, as Tasklist and the curator use them. */
class MentorBankIT extends IntegrationTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SUBMIT = "/engine-rest/process-definition/key/MentorEnrollmentProcess/submit-form";

  @Autowired TaskService taskService;
  @Autowired MentorProfileRepository profiles;
  @Autowired PersonRepository people;
  @Autowired ConsentService consents;
  @Autowired IdentityService identityService;

  private static Map<String, Object> questionnaire(String mentorLogin, boolean consents) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("competencies", variable("[\"ASSESSMENT\",\"DIGITAL_TOOLS\"]", "Json"));
    variables.put("forms", variable("[\"TRADITIONAL\",\"GROUP\"]", "Json"));
    variables.put("capacity", variable(3, "Long"));
    variables.put("consentPersonalData", variable(consents, "Boolean"));
    variables.put("consentMentoringDuties", variable(consents, "Boolean"));
    if (mentorLogin != null) variables.put("mentorLogin", variable(mentorLogin, "String"));
    return Map.of("variables", variables);
  }

  @Test
  void aTeacherFillsTheQuestionnaireWithConsentsAndTheCuratorPutsThemInTheBank() throws Exception {
    long person = people.findByLogin("mentee3a").orElseThrow().getId();
    assertThat(consents.hasValid(person, ConsentKind.MENTORING_DUTIES)).isFalse();

    ResponseEntity<String> filed = post("mentee3a", SUBMIT, questionnaire(null, true));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(consents.hasValid(person, ConsentKind.MENTORING_DUTIES)).isTrue();
    String instance = JSON.readTree(filed.getBody()).get("id").asText();
    var review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(review.getName()).isEqualTo("Рассмотреть анкету — анкета наставника: Тихонова Ксения Романовна (СОШ № 3)");

    ResponseEntity<String> approved = post("curator3", "/engine-rest/task/" + review.getId() + "/complete",
        Map.of("variables", Map.of("decision", variable("APPROVE", "String"), "trainingStatus", variable("IN_PROGRESS", "String"))));
    assertThat(approved.getStatusCode()).as(approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    MentorProfile profile = profiles.findByPersonId(person).orElseThrow();
    assertThat(profile.getStatus()).isEqualTo(MentorStatus.APPROVED);
    assertThat(profile.getCapacity()).isEqualTo(3);
    assertThat(profile.getTrainingStatus()).isEqualTo(TrainingStatus.IN_PROGRESS);
    assertThat(identityService.createUserQuery().userId("mentee3a").memberOfGroup("mentors-khm-sch3").count()).isEqualTo(1);

    ResponseEntity<String> trained = as("curator3").exchange("/api/mentors/" + profile.getId() + "/training",
        HttpMethod.PUT, json(Map.of("trainingStatus", "COMPLETED")), String.class);
    assertThat(trained.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(JSON.readTree(trained.getBody()).get("trainingTitle").asText()).isEqualTo("Обучение пройдено");

    ResponseEntity<String> foreign = as("curator1").exchange("/api/mentors/" + profile.getId() + "/training",
        HttpMethod.PUT, json(Map.of("trainingStatus", "NOT_STARTED")), String.class);
    assertThat(foreign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void withoutTickedConsentsNothingIsStored() {
    long before = profiles.count();

    ResponseEntity<String> refused = post("mentee1a", SUBMIT, questionnaire(null, false));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Без согласия");
    assertThat(profiles.count()).isEqualTo(before);
  }

  @Test
  void aCuratorCannotSignTheMentorsConsentOnTheirBehalf() {
    ResponseEntity<String> refused = post("curator2", SUBMIT, questionnaire("mentee2b", true));

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("Его даёт сам наставник");
  }

  @Test
  void theBankOfAnotherSchoolIsClosedToACurator() throws Exception {
    long school1 = people.findByLogin("curator1").orElseThrow().getOrganization().getId();
    assertThat(as("curator2").getForEntity("/api/mentors?organizationId=" + school1, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode own = JSON.readTree(as("curator1").getForEntity("/api/mentors?organizationId=" + school1, String.class).getBody());
    assertThat(own.isArray()).isTrue();
  }
}
