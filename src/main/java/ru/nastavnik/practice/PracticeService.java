package ru.nastavnik.practice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationRepository;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.ProgramQueries;
import ru.nastavnik.program.ProgramTaskTexts;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * The bank of successful practices: a completed program the curator flagged as a good practice
 * is proposed with a title and a description pre-filled from the program; the municipality's
 * coordinator publishes it, returns it to the organization's curators for revision or rejects it
 * with a comment. Published practices are open to everyone of the municipality, proposals only
 * to its coordinators and managers and to the curators of the organization.
 */
@Service
@Transactional
public class PracticeService {


  private final PracticeRepository practices;
  private final ProgramQueries programs;
  private final ProgramTaskTexts programTexts;
  private final OrganizationRepository organizationRepository;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final PersonRepository people;
  private final Notifier notifier;

  PracticeService(PracticeRepository practices, ProgramQueries programs, ProgramTaskTexts programTexts,
      OrganizationRepository organizationRepository, OrganizationService organizations, OrganizationAccess access,
      PersonRepository people, Notifier notifier) {
    this.practices = practices;
    this.programs = programs;
    this.programTexts = programTexts;
    this.organizationRepository = organizationRepository;
    this.organizations = organizations;
    this.access = access;
    this.people = people;
    this.notifier = notifier;
  }

  /** What the process needs to know about a new proposal. */
  public record Proposal(Long practiceId, String organizationCode, String municipalityCode, boolean underReview) {}

  // --- the review --------------------------------------------------------------------------

  /**
   * Proposes a completed program flagged as a good practice to the bank; the title and the
   * description are pre-filled from its goals, results and the curator's assessment. Proposing
   * the same program again returns the existing entry.
   */
  public Proposal propose(Long programId, Instant now) {
    Optional<Practice> existing = practices.findByProgramId(programId);
    Practice practice = existing.orElseGet(() -> {
      MentoringProgram program = programs.program(programId);
      if (program.getStatus() != ProgramStatus.COMPLETED) {
        throw new BusinessRuleException("Программа № " + programId + " не завершена: " + program.getStatus().title());
      }
      if (!program.isGoodPractice()) {
        throw new BusinessRuleException("Программа № " + programId + " не отмечена куратором как успешная практика");
      }
      return practices.save(new Practice(program, prefilledTitle(program), prefilledDescription(program),
          program.getAssessedBy(), now));
    });
    Organization organization = practice.getOrganization();
    return new Proposal(practice.getId(), organization.getCode(), organization.getMunicipality().getCode(),
        practice.getProcessInstanceId() != null);
  }

  /** Remembers the review process of a practice. */
  public void linkProcess(Long practiceId, String processInstanceId) {
    practice(practiceId).linkProcess(processInstanceId);
  }

  /**
   * The coordinator's decision with the possibly edited title and description (checked by the
   * form's delegate); returning and rejecting need a comment. Nothing is stored when anything is
   * wrong, and the message says what.
   */
  public PracticeStatus review(Long practiceId, PracticeDecision decision, PracticeText text, String comment,
      String by, Instant now) {
    Practice practice = practice(practiceId);
    PracticeStatus outcome = decision.status();
    if (decision == PracticeDecision.RETURN && comment == null) {
      throw new BusinessRuleException("reviewComment", "Напишите куратору, что нужно доработать в описании практики");
    }
    if (decision == PracticeDecision.REJECT && comment == null) {
      throw new BusinessRuleException("reviewComment", "Укажите причину отклонения практики");
    }
    practice.reviewed(outcome, text.title(), text.description(), comment, by, now);
    Organization organization = practice.getOrganization();
    if (outcome == PracticeStatus.PUBLISHED) {
      notifier.notifyGroup(GroupNames.curators(organization.getCode()), "Практика опубликована в банке успешных практик",
          "Практика «" + text.title() + "» (" + organization.getShortName() + ") опубликована в банке успешных практик"
              + " наставничества муниципалитета «" + organization.getMunicipality().getName() + "»."
              + (comment == null ? "" : " Комментарий координатора: " + comment));
    } else if (outcome == PracticeStatus.REJECTED) {
      notifier.notifyGroup(GroupNames.curators(organization.getCode()), "Практика не включена в банк успешных практик",
          "Координатор отклонил практику «" + text.title() + "» (" + organization.getShortName() + "). Причина: "
              + comment);
    }
    return outcome;
  }

  /** The curator's revision of a returned practice (checked by the form's delegate): it goes back to the coordinator. */
  public Practice revise(Long practiceId, PracticeText text, String by, Instant now) {
    Practice practice = practice(practiceId);
    practice.revised(text.title(), text.description(), by, now);
    return practice;
  }

  /** The review is late: the municipality's coordinators are reminded by e-mail. */
  public void remindCoordinators(Long practiceId) {
    Practice practice = practice(practiceId);
    if (practice.getStatus() != PracticeStatus.PROPOSED) {
      return;
    }
    Organization organization = practice.getOrganization();
    notifier.notifyGroup(GroupNames.coordinators(organization.getMunicipality().getCode()),
        "Напоминание: практика ждёт рассмотрения",
        "Практика «" + practice.getTitle() + "» (" + organization.getShortName() + ") предложена в банк успешных практик "
            + FormDates.ruDate(practice.getProposedAt(), organization.getMunicipality().getTimeZone())
            + " и не рассмотрена за 10 рабочих дней. Рассмотрите её в Tasklist: опубликуйте, верните куратору на"
            + " доработку или отклоните с комментарием.");
  }

  // --- what the tasks show ------------------------------------------------------------------

  /** «практика № 3 «…» (СОШ № 1)» — for task names. */
  @Transactional(readOnly = true)
  public String label(Long practiceId) {
    Practice practice = practice(practiceId);
    return "практика № " + practice.getId() + " «" + practice.getTitle() + "» (" + practice.getOrganization().getShortName() + ")";
  }

  /** What the review and revision tasks show (Markdown): the state of the practice and the whole program. */
  @Transactional(readOnly = true)
  public String summary(Long practiceId) {
    Practice practice = practice(practiceId);
    StringBuilder text = new StringBuilder("**Практика № ").append(practice.getId()).append("** — ")
        .append(practice.getStatus().title()).append("\n\n**Организация:** ").append(Markdown.text(practice.getOrganization().getName()))
        .append("\n\n**Предложена:** ")
        .append(FormDates.ruDate(practice.getProposedAt(), practice.getOrganization().getMunicipality().getTimeZone()));
    if (practice.getStatus() == PracticeStatus.RETURNED && practice.getReviewComment() != null) {
      text.append("\n\n**Координатор вернул практику на доработку:** ").append(Markdown.text(practice.getReviewComment()));
    }
    text.append("\n\n---\n\n").append(programTexts.summary(practice.getProgram().getId()));
    return text.toString();
  }

  // --- reading ------------------------------------------------------------------------------

  @Transactional(readOnly = true)
  public Practice practice(Long id) {
    return practices.findDetailedById(id)
        .orElseThrow(() -> new NotFoundException("Практика № " + id + " не найдена"));
  }

  /**
   * The practices of a municipality (or of one of its organizations) the user may see: the
   * published ones for everyone of the municipality, the others only for its coordinators and
   * managers and for the curators of the organization. Without a municipality or organization,
   * the user's own municipality.
   */
  @Transactional(readOnly = true)
  public List<PracticeView> list(CurrentUser user, Long municipalityId, Long organizationId, PracticeStatus status) {
    List<Organization> scope;
    Municipality municipality;
    if (organizationId != null) {
      Organization organization = organizationRepository.findWithMunicipalityById(organizationId)
          .orElseThrow(() -> new NotFoundException("Организация с id " + organizationId + " не найдена"));
      municipality = organization.getMunicipality();
      if (municipalityId != null && !municipalityId.equals(municipality.getId())) {
        throw new BusinessRuleException("organizationId", "Организация «" + organization.getShortName()
            + "» не относится к муниципалитету с id " + municipalityId);
      }
      scope = List.of(organization);
    } else {
      municipality = municipalityId != null ? organizations.municipality(municipalityId) : ownMunicipality(user);
      scope = organizationRepository.findByMunicipalityIdOrderByName(municipality.getId());
    }
    requireMember(user, municipality);
    return practices.findByOrganizationIdInOrderByProposedAtDesc(scope.stream().map(Organization::getId).toList()).stream()
        .filter(p -> status == null || p.getStatus() == status)
        .filter(p -> p.getStatus() == PracticeStatus.PUBLISHED || canSeeProposals(user, p.getOrganization()))
        .map(p -> view(user, p))
        .toList();
  }

  @Transactional(readOnly = true)
  public PracticeView view(CurrentUser user, Long id) {
    Practice practice = practice(id);
    requireMember(user, practice.getOrganization().getMunicipality());
    if (practice.getStatus() != PracticeStatus.PUBLISHED && !canSeeProposals(user, practice.getOrganization())) {
      throw new ForbiddenException("Практика № " + id + " не опубликована: до публикации её видят координатор"
          + " муниципалитета и куратор организации");
    }
    return view(user, practice);
  }

  /** Proposals (not yet published practices): the municipality's coordinators and managers, the organization's curators. */
  public boolean canSeeProposals(CurrentUser user, Organization organization) {
    return access.isMunicipalStaff(user, organization.getMunicipality())
        || user.inGroup(GroupNames.curators(organization.getCode()));
  }

  private PracticeView view(CurrentUser user, Practice practice) {
    Organization organization = practice.getOrganization();
    boolean people = access.canSeePeopleOf(user, organization);
    boolean review = canSeeProposals(user, organization);
    MentoringPair pair = practice.getProgram().getPair();
    return new PracticeView(practice.getId(), practice.getProgram().getId(), organization.getId(),
        organization.getShortName(), organization.getMunicipality().getId(), organization.getMunicipality().getName(),
        practice.getTitle(), practice.getDescription(), practice.getStatus(), practice.getStatus().title(),
        practice.getProposedAt(), practice.getPublishedAt(),
        people ? pair.getMentor().getPerson().getFullName() : null,
        people ? pair.getRequest().getMentee().getFullName() : null,
        review ? practice.getReviewComment() : null, review ? practice.getReviewedBy() : null,
        review ? practice.getReviewedAt() : null);
  }

  private void requireMember(CurrentUser user, Municipality municipality) {
    boolean member = access.isMunicipalStaff(user, municipality)
        || organizationRepository.findByMunicipalityIdOrderByName(municipality.getId()).stream()
            .anyMatch(o -> access.canSeeOrganization(user, o));
    if (!member) {
      throw new ForbiddenException("Банк успешных практик муниципалитета «" + municipality.getName()
          + "» доступен только его участникам");
    }
  }

  private Municipality ownMunicipality(CurrentUser user) {
    return people.findByLogin(user.userId()).map(p -> p.getOrganization().getMunicipality())
        .orElseThrow(() -> new BusinessRuleException("municipalityId",
            "Укажите муниципалитет (municipalityId) или организацию (organizationId)"));
  }

  // --- helpers ------------------------------------------------------------------------------

  private static String prefilledTitle(MentoringProgram program) {
    String goals = program.getGoals() == null ? "" : program.getGoals().trim().replaceAll("\\s+", " ");
    String title = "Наставничество в " + program.getOrganization().getShortName() + (goals.isEmpty() ? "" : ": " + goals);
    return fit(title, Practice.MAX_TITLE);
  }

  private static String prefilledDescription(MentoringProgram program) {
    StringBuilder text = new StringBuilder();
    append(text, "Цели", program.getGoals());
    append(text, "Задачи", program.getTasks());
    append(text, "Результаты", program.getPlannedResults());
    if (program.getCuratorAssessment() != null) {
      append(text, "Оценка куратора (" + program.getCuratorRating() + " из 10)", program.getCuratorAssessment());
    }
    if (program.getFinalEventKind() != null) {
      append(text, "Итоговое мероприятие", program.getFinalEventKind().title()
          + (program.getFinalEventNote() == null ? "" : " — " + program.getFinalEventNote())
          + (program.getFinalEventDate() == null ? "" : ", " + FormDates.ru(program.getFinalEventDate())));
    }
    return fit(text.isEmpty() ? "Программа наставничества № " + program.getId() : text.toString(), Practice.MAX_DESCRIPTION);
  }

  private static void append(StringBuilder text, String label, String value) {
    if (value != null && !value.isBlank()) {
      text.append(text.isEmpty() ? "" : "\n\n").append(label).append(": ").append(value.trim());
    }
  }

  private static String fit(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }


}
