package ru.nastavnik.request;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.Decision;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.NotFoundException;

/**
 * The bank of mentees: filing a request, the curator's review (accept, return for
 * clarification, reject) and the reminder to the director when the review is late.
 */
@Service
@Transactional
public class MentoringRequestService {

  static final int MAX_TEXT = 2000;

  private final MentoringRequestRepository requests;
  private final CompetencyRepository competencies;
  private final CollectionCampaignRepository campaigns;
  private final PersonRepository people;
  private final ConsentService consents;
  private final OrganizationAccess access;
  private final Notifier notifier;
  private final MonthDay defaultClosing;

  MentoringRequestService(MentoringRequestRepository requests, CompetencyRepository competencies,
      CollectionCampaignRepository campaigns, PersonRepository people, ConsentService consents,
      OrganizationAccess access, Notifier notifier,
      @Value("${nastavnik.requests.campaign-closes:--09-30}") String defaultClosing) {
    this.requests = requests;
    this.competencies = competencies;
    this.campaigns = campaigns;
    this.people = people;
    this.consents = consents;
    this.access = access;
    this.notifier = notifier;
    this.defaultClosing = MonthDay.parse(defaultClosing);
  }

  /** Files a request; nothing is stored when anything is wrong, and the message says what. */
  public MentoringRequest file(CurrentUser filer, RequestDraft draft, Instant now) {
    Person mentee = mentee(filer, draft.menteeLogin());
    consents.requirePersonalDataConsent(mentee);
    Content content = validate(draft);
    List<MentoringRequest> open = requests.findByMenteeIdAndStatusIn(mentee.getId(),
        EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.CLARIFICATION));
    if (!open.isEmpty()) {
      throw new BusinessRuleException("У участника «" + mentee.getFullName() + "» уже есть запрос № "
          + open.get(0).getId() + " на рассмотрении; дождитесь решения куратора");
    }
    MentoringRequest request = new MentoringRequest(mentee, filer.userId(), now, isLate(mentee.getOrganization(), now));
    request.setContent(content.difficulties(), content.other(), content.subject(), content.form());
    request.setCategory(category(draft.category(), mentee));
    return requests.save(request);
  }

  public void attachProcess(Long requestId, String processInstanceId) {
    request(requestId).setProcessInstanceId(processInstanceId);
  }

  /** The mentee's corrected request after a return for clarification. */
  public MentoringRequest resubmit(Long requestId, RequestDraft draft) {
    MentoringRequest request = request(requestId);
    if (request.getStatus() != RequestStatus.CLARIFICATION) {
      throw new BusinessRuleException("Запрос № " + requestId + " не ожидает уточнения");
    }
    Content content = validate(draft);
    request.setContent(content.difficulties(), content.other(), content.subject(), content.form());
    if (draft.category() != null) {
      request.setCategory(category(draft.category(), request.getMentee()));
    }
    request.resubmit();
    return request;
  }

  /** The curator's decision; returning or rejecting needs a comment the mentee will read. */
  public MentoringRequest decide(Long requestId, ReviewDecision decision, String comment, String curator, Instant now) {
    MentoringRequest request = request(requestId);
    String text = trimToNull(comment);
    if (decision != ReviewDecision.ACCEPT && text == null) {
      throw new BusinessRuleException("curatorComment", decision == ReviewDecision.CLARIFY
          ? "Напишите, что нужно уточнить в запросе" : "Укажите причину отклонения запроса");
    }
    if (text != null && text.length() > MAX_TEXT) {
      throw new BusinessRuleException("curatorComment", "Комментарий не длиннее " + MAX_TEXT + " символов");
    }
    if (decision == ReviewDecision.ACCEPT) {
      consents.requirePersonalDataConsents("decision", request.getMentee());
    }
    request.decide(decision, new Decision(curator, now, text));
    return request;
  }

  /**
   * The request follows its pair: «в паре» once the director's order fixes it, «завершён» with its
   * program, back in the bank after an early end.
   */
  public MentoringRequest followPair(Long requestId, RequestStatus status) {
    if (!RequestStatus.FROM_PAIR.contains(status)) {
      throw new IllegalArgumentException("Запрос не получает от пары статус " + status);
    }
    MentoringRequest request = request(requestId);
    request.followPair(status);
    return request;
  }

  /** The review is past its due date: the director of the organization is told. */
  public void remindDirectorOfOverdueReview(Long requestId) {
    MentoringRequest request = request(requestId);
    request.markReviewOverdue();
    Organization organization = request.getOrganization();
    notifier.notifyGroup(GroupNames.directors(organization.getCode()),
        "Запрос наставляемого не рассмотрен в срок",
        "Запрос № " + request.getId() + " участника " + request.getMentee().getFullName() + " ("
            + organization.getShortName() + ") подан " + FormDates.ru(request.getFiledAt(), organization.getMunicipality().getTimeZone())
            + " и не рассмотрен куратором"
            + " в течение 5 рабочих дней. Задача куратора остаётся в Tasklist в фильтре «Просроченные».");
  }

  @Transactional(readOnly = true)
  public MentoringRequest request(Long id) {
    return requests.findDetailedById(id)
        .orElseThrow(() -> new NotFoundException("Запрос № " + id + " не найден"));
  }

  /** What the curator reads in the review task (Markdown). */
  @Transactional(readOnly = true)
  public String summary(Long id) {
    MentoringRequest request = request(id);
    Map<String, String> titles = competencies.findAll().stream()
        .collect(Collectors.toMap(Competency::getCode, Competency::getTitle));
    Person mentee = request.getMentee();
    StringBuilder text = new StringBuilder();
    text.append("**Запрос № ").append(request.getId()).append("** — ").append(request.getStatus().title());
    if (request.isLate()) {
      text.append(" (подан после окончания сбора запросов)");
    }
    text.append("\n\n**Наставляемый:** ").append(Markdown.text(mentee.getFullName()));
    if (mentee.getPosition() != null) text.append(", ").append(Markdown.text(mentee.getPosition()));
    text.append("; ").append(request.getCategory().title());
    if (mentee.getExperienceYears() != null) text.append(", стаж ").append(mentee.getExperienceYears()).append(" г.");
    text.append("\n\n**Предмет:** ").append(Markdown.text(request.getSubject(), "не указан"));
    text.append("\n\n**Желаемая форма наставничества:** ").append(request.getDesiredForm().title());
    text.append("\n\n**Профессиональные затруднения:**\n");
    request.getDifficulties().forEach(code -> text.append("\n- ").append(titles.getOrDefault(code, code)));
    if (request.getOtherDifficulty() != null) text.append("\n- ").append(Markdown.text(request.getOtherDifficulty()));
    if (request.getCuratorComment() != null) {
      text.append("\n\n**Комментарий куратора:** ").append(Markdown.text(request.getCuratorComment()));
    }
    return text.toString();
  }

  /** «Запрос № 7: Новикова Анна Дмитриевна (СОШ № 1)» — for task names. */
  @Transactional(readOnly = true)
  public String label(Long id) {
    MentoringRequest request = request(id);
    return "запрос № " + id + ": " + request.getMentee().getFullName() + " (" + request.getOrganization().getShortName() + ")";
  }

  /** A request filed after the closing date of the organization's campaign is accepted, but flagged. */
  boolean isLate(Organization organization, Instant when) {
    ZoneId zone = organization.getMunicipality().getTimeZone();
    LocalDate day = when.atZone(zone).toLocalDate();
    int academicYear = AcademicYear.of(day).startYear();
    LocalDate closes = campaigns.findByOrganizationIdAndAcademicYear(organization.getId(), academicYear)
        .map(CollectionCampaign::getClosesOn)
        .orElse(defaultClosing.atYear(academicYear));
    return day.isAfter(closes);
  }

  /** Sets the closing date of an organization's campaign (curator or coordinator). */
  public CollectionCampaign setCampaignClosing(CurrentUser user, Organization organization, int academicYear,
      LocalDate closesOn) {
    if (!access.canManagePeopleOf(user, organization)) {
      throw new ForbiddenException("Срок сбора запросов устанавливает куратор или руководитель организации");
    }
    if (!new AcademicYear(academicYear).contains(closesOn)) {
      throw new BusinessRuleException("closesOn", "Дата окончания сбора должна входить в "
          + new AcademicYear(academicYear).title());
    }
    CollectionCampaign campaign = campaigns.findByOrganizationIdAndAcademicYear(organization.getId(), academicYear)
        .orElseGet(() -> new CollectionCampaign(organization.getId(), academicYear, closesOn));
    campaign.setClosesOn(closesOn);
    return campaigns.save(campaign);
  }

  private Person mentee(CurrentUser filer, String menteeLogin) {
    String login = trimToNull(menteeLogin);
    if (login == null || login.equals(filer.userId())) {
      return people.findByLogin(filer.userId()).orElseThrow(() -> new BusinessRuleException("menteeLogin",
          "Пользователь «" + filer.userId() + "» не зарегистрирован как участник; куратор может подать запрос за него"));
    }
    Person mentee = people.findByLogin(login)
        .orElseThrow(() -> new BusinessRuleException("menteeLogin", "Участник с логином «" + login + "» не найден"));
    if (!access.canManagePeopleOf(filer, mentee.getOrganization())) {
      throw new ForbiddenException("Подать запрос за другого участника может только куратор его организации");
    }
    return mentee;
  }

  private Content validate(RequestDraft draft) {
    Set<String> known = competencies.findAll().stream().map(Competency::getCode).collect(Collectors.toSet());
    Set<String> difficulties = new LinkedHashSet<>();
    for (String code : draft.difficulties() == null ? List.<String>of() : draft.difficulties()) {
      if (!known.contains(code)) {
        throw new BusinessRuleException("difficulties", "Неизвестное затруднение «" + code + "»; выберите из списка");
      }
      difficulties.add(code);
    }
    String other = trimToNull(draft.otherDifficulty());
    if (difficulties.isEmpty() && other == null) {
      throw new BusinessRuleException("difficulties",
          "Отметьте хотя бы одно профессиональное затруднение или опишите его своими словами");
    }
    if (other != null && other.length() > MAX_TEXT) {
      throw new BusinessRuleException("otherDifficulty", "Описание затруднения не длиннее " + MAX_TEXT + " символов");
    }
    String subject = trimToNull(draft.subject());
    if (subject != null && subject.length() > 200) {
      throw new BusinessRuleException("subject", "Название предмета не длиннее 200 символов");
    }
    MentoringForm form = parseForm(draft.desiredForm());
    return new Content(difficulties, other, subject, form);
  }

  private static MentoringForm parseForm(String value) {
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException("desiredForm", "Выберите желаемую форму наставничества");
    }
    try {
      return MentoringForm.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("desiredForm", "Неизвестная форма наставничества «" + value + "»");
    }
  }

  /** The stated category; a young specialist must have at most three years of experience. */
  private static PersonCategory category(String value, Person mentee) {
    if (value == null || value.isBlank()) {
      return mentee.getCategory();
    }
    PersonCategory category;
    try {
      category = PersonCategory.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException("category", "Неизвестная категория «" + value + "»");
    }
    Integer years = mentee.getExperienceYears();
    if (category == PersonCategory.YOUNG_SPECIALIST && years != null && years > PersonCategory.YOUNG_SPECIALIST_MAX_YEARS) {
      throw new BusinessRuleException("category", "Молодой специалист — педагог со стажем не более "
          + PersonCategory.YOUNG_SPECIALIST_MAX_YEARS + " лет, а у участника стаж " + years);
    }
    return category;
  }

  private static String trimToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private record Content(Set<String> difficulties, String other, String subject, MentoringForm form) {}
}
