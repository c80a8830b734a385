package ru.nastavnik.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.mentor.MentorBankService;
import ru.nastavnik.mentor.QuestionnaireDraft;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationKind;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestDraft;
import ru.nastavnik.system.CurrentUser;

/**
 * Every date a person reads in a letter is local {@code dd.MM.yyyy HH:mm} in the municipality's
 * zone: the director's «не рассмотрен в срок» letters of a request and of a mentor questionnaire
 * filed at 2026-12-03T15:36:07.300Z say «03.12.2026 20:36» in Khanty-Mansiysk (UTC+5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterDatesIT extends IntegrationTestSupport {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));
  private static final Instant FILED = Instant.parse("2026-12-03T15:36:07.300Z");
  private static final String ISO_INSTANT = "(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*";

  @Autowired OrganizationService organizations;
  @Autowired PersonService people;
  @Autowired ConsentService consents;
  @Autowired MentoringRequestService requests;
  @Autowired MentorBankService mentorBank;
  @Autowired NotificationRepository journal;
  @Autowired TransactionTemplate transaction;

  @BeforeAll
  void aSchoolInKhantyMansiyskTime() {
    CurrentUser.runAs(ADMIN, () -> transaction.execute(status -> {
      var region = organizations.createRegion(ADMIN, "ltr-test", "Область писем");
      Municipality municipality = organizations.createMunicipality(ADMIN, region.getId(), "ltr", "Город писем",
          ZoneId.of("Asia/Yekaterinburg").getId());
      Organization school = organizations.createOrganization(ADMIN, municipality.getId(), OrganizationKind.SCHOOL, "ltr-sch",
          "Школа писем", "Школа писем", null);
      person(school, "ltr-director", "Письмова Анна Юрьевна", EnumSet.of(Role.DIRECTOR));
      person(school, "ltr-mentee", "Срокова Вера Павловна", EnumSet.of(Role.MENTEE));
      person(school, "ltr-mentor", "Датов Олег Ильич", EnumSet.of(Role.MENTOR));
      return null;
    }));
  }

  private void person(Organization school, String login, String name, EnumSet<Role> roles) {
    var person = people.create(ADMIN, new PersonData(school.getId(), name, null, Set.of(), 10, null, login + "@ltr.test", false,
        login, roles));
    consents.record(ADMIN, person.getId(), ConsentKind.PERSONAL_DATA, name, ConsentGiver.SELF, null, null);
  }

  private Notification lastLetter(String subject) {
    return journal.findByRecipientGroupOrderByCreatedAtDesc("directors-ltr-sch").stream()
        .filter(n -> n.getSubject().equals(subject)).findFirst().orElseThrow();
  }

  @Test
  void theRequestNotReviewedInTimeNamesItsFilingTimeInLocalRussianFormat() {
    Long requestId = transaction.execute(status -> requests.file(new CurrentUser("ltr-mentee", Set.of()),
        new RequestDraft(null, List.of("ASSESSMENT"), null, null, "TRADITIONAL"), FILED).getId());

    transaction.executeWithoutResult(status -> requests.remindDirectorOfOverdueReview(requestId));

    String body = lastLetter("Запрос наставляемого не рассмотрен в срок").getBody();
    assertThat(body).contains("Запрос № " + requestId).contains("подан 03.12.2026 20:36 ");
    assertThat(body).doesNotMatch(ISO_INSTANT);
  }

  @Test
  void theQuestionnaireNotReviewedInTimeNamesItsFilingTimeInLocalRussianFormat() {
    Long profileId = transaction.execute(status -> mentorBank.submit(new CurrentUser("ltr-mentor", Set.of()),
        new QuestionnaireDraft(null, List.of("ASSESSMENT"), List.of("TRADITIONAL"), 1, null, true, true), FILED).getId());

    transaction.executeWithoutResult(status -> mentorBank.remindDirectorOfOverdueReview(profileId));

    String body = lastLetter("Анкета наставника не рассмотрена в срок").getBody();
    assertThat(body).contains("Датов Олег Ильич").contains("подана 03.12.2026 20:36 ");
    assertThat(body).doesNotMatch(ISO_INSTANT);
  }
}
