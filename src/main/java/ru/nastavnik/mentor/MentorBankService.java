package ru.nastavnik.mentor;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentGiver;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.person.Role;
import ru.nastavnik.request.Competency;
import ru.nastavnik.request.CompetencyRepository;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * The bank of mentors: questionnaires, the curator's approval and the training status. A mentor
 * enters the bank only with valid consents to personal-data processing and to mentoring duties.
 */
@Service
@Transactional
public class MentorBankService {

  static final int MAX_CAPACITY = 10;

  private final MentorProfileRepository profiles;
  private final PersonRepository people;
  private final PersonService personService;
  private final CompetencyRepository competencies;
  private final ConsentService consents;
  private final OrganizationAccess access;
  private final Notifier notifier;

  MentorBankService(MentorProfileRepository profiles, PersonRepository people, PersonService personService,
      CompetencyRepository competencies, ConsentService consents, OrganizationAccess access, Notifier notifier) {
    this.profiles = profiles;
    this.people = people;
    this.personService = personService;
    this.competencies = competencies;
    this.consents = consents;
    this.access = access;
    this.notifier = notifier;
  }

  /** Files (or files again after a decline) a questionnaire; nothing is stored when anything is wrong. */
  public MentorProfile submit(CurrentUser filer, QuestionnaireDraft draft, Instant now) {
    Person mentor = mentor(filer, draft.mentorLogin());
    boolean self = filer.userId().equals(mentor.getLogin());
    Set<String> chosen = competencies(draft.competencies());
    Set<MentoringForm> forms = forms(draft.forms());
    int capacity = capacity(draft.capacity());
    String about = trimToNull(draft.about());
    if (about != null && about.length() > 2000) {
      throw new BusinessRuleException("about", "Рассказ о себе не длиннее 2000 символов");
    }
    ensureConsent(filer, mentor, self, ConsentKind.PERSONAL_DATA, draft.consentPersonalData());
    ensureConsent(filer, mentor, self, ConsentKind.MENTORING_DUTIES, draft.consentMentoringDuties());

    MentorProfile profile = profiles.findByPersonId(mentor.getId()).orElse(null);
    if (profile == null) {
      profile = new MentorProfile(mentor, filer.userId(), now);
    } else if (profile.getStatus() == MentorStatus.SUBMITTED) {
      throw new BusinessRuleException("Анкета наставника «" + mentor.getFullName() + "» уже на рассмотрении у куратора");
    } else if (profile.getStatus() == MentorStatus.APPROVED) {
      throw new BusinessRuleException("«" + mentor.getFullName() + "» уже в банке наставников");
    } else {
      profile.resubmit(filer.userId(), now);
    }
    profile.setQuestionnaire(chosen, forms, capacity, about);
    return profiles.save(profile);
  }

  /** A mentor already vetted on paper (migration of an existing bank, demo data): straight into the bank. */
  public MentorProfile registerApproved(Long personId, Set<String> chosen, Set<MentoringForm> forms, int capacity,
      TrainingStatus training, String by, Instant now) {
    Person mentor = personService.find(personId);
    consents.requirePersonalDataConsent(mentor);
    if (!consents.hasValid(personId, ConsentKind.MENTORING_DUTIES)) {
      throw new BusinessRuleException("Нет согласия «" + mentor.getFullName() + "» на обязанности наставника");
    }
    if (profiles.findByPersonId(personId).isPresent()) {
      throw new BusinessRuleException("«" + mentor.getFullName() + "» уже есть в банке наставников");
    }
    MentorProfile profile = new MentorProfile(mentor, by, now);
    profile.setQuestionnaire(competencies(List.copyOf(chosen)), forms, capacity(capacity), null);
    profile.decide(MentorStatus.APPROVED, null, by, now);
    profile.setTrainingStatus(training);
    personService.grantRole(personId, Role.MENTOR);
    return profiles.save(profile);
  }

  public void attachProcess(Long profileId, String processInstanceId) {
    profile(profileId).setProcessInstanceId(processInstanceId);
  }

  /**
   * The curator's decision; a decline needs a reason. An approved mentor joins the mentors' group,
   * with the training status the curator noted ({@code null}: unchanged).
   */
  public MentorProfile decide(Long profileId, QuestionnaireDecision decision, String comment, TrainingStatus training,
      String curator, Instant now) {
    MentorProfile profile = profile(profileId);
    profile.requireUnderReview();
    String text = trimToNull(comment);
    if (text != null && text.length() > 2000) {
      throw new BusinessRuleException("curatorComment", "Комментарий не длиннее 2000 символов");
    }
    if (decision == QuestionnaireDecision.APPROVE) {
      if (!consents.hasValid(profile.getPerson().getId(), ConsentKind.PERSONAL_DATA)
          || !consents.hasValid(profile.getPerson().getId(), ConsentKind.MENTORING_DUTIES)) {
        throw new BusinessRuleException("decision", "Согласие наставника отозвано: одобрить анкету нельзя");
      }
      profile.decide(MentorStatus.APPROVED, text, curator, now);
      if (training != null) {
        profile.setTrainingStatus(training);
      }
      personService.grantRole(profile.getPerson().getId(), Role.MENTOR);
    } else {
      if (text == null) {
        throw new BusinessRuleException("curatorComment", "Укажите причину отклонения анкеты");
      }
      profile.decide(MentorStatus.DECLINED, text, curator, now);
    }
    return profile;
  }

  /** The curator records the mentor's training (обучение наставников). */
  public MentorProfile updateTraining(CurrentUser user, Long profileId, TrainingStatus status) {
    MentorProfile profile = profile(profileId);
    if (!access.canManagePeopleOf(user, profile.getOrganization())) {
      throw new ForbiddenException("Статус обучения наставника отмечает куратор его организации");
    }
    profile.setTrainingStatus(status);
    return profile;
  }

  public void remindDirectorOfOverdueReview(Long profileId) {
    MentorProfile profile = profile(profileId);
    Organization organization = profile.getOrganization();
    notifier.notifyGroup(GroupNames.directors(organization.getCode()), "Анкета наставника не рассмотрена в срок",
        "Анкета наставника " + profile.getPerson().getFullName() + " (" + organization.getShortName()
            + ") подана " + FormDates.ru(profile.getSubmittedAt(), organization.getMunicipality().getTimeZone())
            + " и не рассмотрена куратором в течение 5 рабочих дней.");
  }

  @Transactional(readOnly = true)
  public MentorProfile profile(Long id) {
    return profiles.findDetailedById(id).orElseThrow(() -> new NotFoundException("Анкета наставника № " + id + " не найдена"));
  }

  /** The bank of one organization, for those who may see its people. */
  @Transactional(readOnly = true)
  public List<MentorProfile> bankOf(CurrentUser user, Organization organization) {
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Нет доступа к банку наставников «" + organization.getShortName() + "»");
    }
    return profiles.findByOrganizationIdOrderBySubmittedAtDesc(organization.getId());
  }

  @Transactional(readOnly = true)
  public String label(Long id) {
    MentorProfile profile = profile(id);
    return "анкета наставника: " + profile.getPerson().getFullName() + " (" + profile.getOrganization().getShortName() + ")";
  }

  /** What the curator reads in the review task (Markdown). */
  @Transactional(readOnly = true)
  public String summary(Long id) {
    MentorProfile profile = profile(id);
    Person person = profile.getPerson();
    Map<String, String> titles = competencies.findAll().stream()
        .collect(Collectors.toMap(Competency::getCode, Competency::getTitle));
    StringBuilder text = new StringBuilder("**Анкета наставника** — ").append(profile.getStatus().title());
    text.append("\n\n**Педагог:** ").append(Markdown.text(person.getFullName()));
    if (person.getPosition() != null) text.append(", ").append(Markdown.text(person.getPosition()));
    if (person.getExperienceYears() != null) text.append("; стаж ").append(person.getExperienceYears()).append(" г.");
    if (!person.getSubjects().isEmpty()) text.append("\n\n**Предметы:** ").append(Markdown.text(String.join(", ", person.getSubjects())));
    text.append("\n\n**Готов взять наставляемых:** ").append(profile.getCapacity());
    text.append("\n\n**Формы наставничества:** ").append(profile.getForms().stream().map(MentoringForm::title)
        .collect(Collectors.joining(", ")));
    text.append("\n\n**Компетенции:**\n");
    profile.getCompetencies().forEach(code -> text.append("\n- ").append(titles.getOrDefault(code, code)));
    if (profile.getAbout() != null) text.append("\n\n**О себе:** ").append(Markdown.text(profile.getAbout()));
    text.append("\n\n**Согласия:** обработка персональных данных — ")
        .append(consents.hasValid(person.getId(), ConsentKind.PERSONAL_DATA) ? "есть" : "нет")
        .append("; обязанности наставника — ")
        .append(consents.hasValid(person.getId(), ConsentKind.MENTORING_DUTIES) ? "есть" : "нет");
    return text.toString();
  }

  private void ensureConsent(CurrentUser filer, Person mentor, boolean self, ConsentKind kind, boolean ticked) {
    if (consents.hasValid(mentor.getId(), kind)) {
      return;
    }
    String field = kind == ConsentKind.PERSONAL_DATA ? "consentPersonalData" : "consentMentoringDuties";
    if (!self) {
      throw new BusinessRuleException(field, "У «" + mentor.getFullName() + "» нет действующего согласия («"
          + kind.title() + "»). Его даёт сам наставник: оформите бумажное согласие или попросите заполнить анкету самостоятельно.");
    }
    if (mentor.isMinor()) {
      throw new BusinessRuleException(field, "За несовершеннолетнего согласие («" + kind.title()
          + "») оформляет родитель или законный представитель через куратора");
    }
    if (!ticked) {
      throw new BusinessRuleException(field, "Без согласия («" + kind.title() + "») анкету не принять: отметьте его в форме");
    }
    consents.record(filer, mentor.getId(), kind, mentor.getFullName(), ConsentGiver.SELF, null, "Отметка в анкете наставника");
  }

  private Person mentor(CurrentUser filer, String mentorLogin) {
    String login = trimToNull(mentorLogin);
    if (login == null || login.equals(filer.userId())) {
      return people.findByLogin(filer.userId()).orElseThrow(() -> new BusinessRuleException("mentorLogin",
          "Пользователь «" + filer.userId() + "» не зарегистрирован как участник; анкету за него может заполнить куратор"));
    }
    Person mentor = people.findByLogin(login)
        .orElseThrow(() -> new BusinessRuleException("mentorLogin", "Участник с логином «" + login + "» не найден"));
    if (!access.canManagePeopleOf(filer, mentor.getOrganization())) {
      throw new ForbiddenException("Заполнить анкету за другого педагога может только куратор его организации");
    }
    return mentor;
  }

  private Set<String> competencies(List<String> codes) {
    Set<String> known = competencies.findAll().stream().map(Competency::getCode).collect(Collectors.toSet());
    Set<String> chosen = new LinkedHashSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (!known.contains(code)) {
        throw new BusinessRuleException("competencies", "Неизвестная компетенция «" + code + "»; выберите из списка");
      }
      chosen.add(code);
    }
    if (chosen.isEmpty()) {
      throw new BusinessRuleException("competencies", "Отметьте хотя бы одну компетенцию, в которой вы готовы помогать");
    }
    return chosen;
  }

  private static Set<MentoringForm> forms(List<String> values) {
    Set<MentoringForm> forms = EnumSet.noneOf(MentoringForm.class);
    for (String value : values == null ? List.<String>of() : values) {
      try {
        forms.add(MentoringForm.valueOf(value));
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("forms", "Неизвестная форма наставничества «" + value + "»");
      }
    }
    if (forms.isEmpty()) {
      forms.add(MentoringForm.TRADITIONAL);
    }
    return forms;
  }

  private static int capacity(Object value) {
    if (value == null || value.toString().isBlank()) {
      return MentorProfile.DEFAULT_CAPACITY;
    }
    int capacity;
    try {
      capacity = (int) Math.round(Double.parseDouble(value.toString().trim().replace(',', '.')));
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("capacity", "Число наставляемых — целое число от 1 до " + MAX_CAPACITY);
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new BusinessRuleException("capacity", "Число наставляемых — от 1 до " + MAX_CAPACITY + ", указано " + capacity);
    }
    return capacity;
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
