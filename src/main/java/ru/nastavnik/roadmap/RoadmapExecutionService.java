package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * The transitions of a confirmed roadmap: makes occurrences relevant when their time comes, lets
 * the responsible set the date of an on-demand item, marks an occurrence overdue, records what the
 * director did and the result (late if after the deadline), closes the roadmap at the end of its
 * period or withdraws it. The letters are {@link RoadmapNotices}', the moments {@link RoadmapDeadlines}'.
 */
@Service
@Transactional
public class RoadmapExecutionService {

  /** Days an on-demand item waits for its date before the responsible is reminded (the BPMN timer says the same). */
  static final int UNSCHEDULED_REMINDER_DAYS = 14;

  private final RoadmapRepository roadmaps;
  private final RoadmapOccurrenceRepository occurrences;
  private final RoadmapDeadlines deadlines;
  private final RoadmapNotices notices;
  private final PersonRepository people;

  RoadmapExecutionService(RoadmapRepository roadmaps, RoadmapOccurrenceRepository occurrences, RoadmapDeadlines deadlines,
      RoadmapNotices notices, PersonRepository people) {
    this.roadmaps = roadmaps;
    this.occurrences = occurrences;
    this.deadlines = deadlines;
    this.notices = notices;
    this.people = people;
  }

  /** When the task of a dated occurrence is due, when it reminds, and when it becomes relevant. */
  public record Timeline(Instant dueAt, Instant firstReminderAt, Instant lastReminderAt, Instant relevantAt) {}

  /** What it takes to start the process of one occurrence; {@code timeline} is null until the date is set. */
  public record OccurrenceStart(Long occurrenceId, Long roadmapId, String organizationCode, String responsibleGroup,
      String escalationGroup, Timeline timeline, boolean closedByFact) {}

  /**
   * What the responsible submitted on completing an occurrence, read from the form ({@link RoadmapForms#result}):
   * each part null when not given; {@code indicatorValue} only where the form asks for it.
   */
  public record ResultDraft(DocumentKind documentKind, String documentNumber, LocalDate documentDate, String documentLink,
      Integer indicatorValue, String comment) {}

  // ---------------------------------------------------------------- the roadmap

  @Transactional(readOnly = true)
  public Roadmap roadmap(Long roadmapId) {
    return roadmaps.findDetailedById(roadmapId)
        .orElseThrow(() -> new NotFoundException("Дорожная карта № " + roadmapId + " не найдена"));
  }

  public void attachRoadmapProcess(Long roadmapId, String processInstanceId) {
    roadmap(roadmapId).attachProcess(processInstanceId);
  }

  /**
   * Planned occurrences relevant by {@code now} (at most {@code limit}) become open: each needs
   * its process started. Earliest first.
   */
  public List<OccurrenceStart> activateRelevant(Long roadmapId, Instant now, int limit) {
    List<OccurrenceStart> starts = new ArrayList<>();
    for (RoadmapOccurrence occurrence : occurrences.findRelevant(roadmapId, OccurrenceStatus.PLANNED, now,
        PageRequest.of(0, limit))) {
      occurrence.activate(now);
      starts.add(new OccurrenceStart(occurrence.getId(), roadmapId, occurrence.getOrganization().getCode(),
          occurrence.getResponsibleGroup(), occurrence.getEscalationGroup(),
          occurrence.getDueDate() == null ? null : deadlines.timeline(occurrence, now),
          occurrence.getItem().getSystemFact() != null));
    }
    return starts;
  }

  /** When the next planned occurrence becomes relevant; empty when all have been. */
  @Transactional(readOnly = true)
  public Optional<Instant> nextActivation(Long roadmapId) {
    return occurrences.nextActivation(roadmapId, OccurrenceStatus.PLANNED);
  }

  /**
   * When the roadmap closes: the end of its last day, local time, moved like any deadline to the
   * next working day, so that every deadline of the period (moved the same way) comes before it.
   */
  @Transactional(readOnly = true)
  public Instant periodEndAt(Long roadmapId) {
    Roadmap roadmap = roadmap(roadmapId);
    return deadlines.periodEndAt(roadmap);
  }

  /**
   * The period is over: the roadmap is closed and the department gets the figures with every
   * occurrence left undone. Nothing of the roadmap reminds or escalates any more: its occurrences'
   * processes are ended by the caller ({@link CloseRoadmapDelegate}), and {@link RoadmapNotices#remind} and
   * {@link RoadmapNotices#escalate} refuse a closed roadmap.
   */
  public void close(Long roadmapId, Instant now) {
    Roadmap roadmap = roadmap(roadmapId);
    if (roadmap.getStatus() == RoadmapStatus.CLOSED) {
      return;
    }
    roadmap.close(now);
    notices.periodClosed(roadmap, now);
  }

  /**
   * The roadmap is withdrawn before its period is over (by its municipality's coordinator, or for a
   * school's own roadmap also by the school's curator): every occurrence not yet done is cancelled
   * with the reason, and nothing of the roadmap reminds or escalates any more. The caller ends the
   * processes ({@link RoadmapWithdrawal}). Returns how many occurrences were cancelled.
   *
   * @param reason the reason as the request gave it, read by {@link RoadmapForms#withdrawalReason}
   */
  public int withdraw(Long roadmapId, String reason, CurrentUser user, Instant now) {
    Roadmap roadmap = roadmap(roadmapId);
    requireRunningAndManaged(roadmap, user, "Отозвать");
    roadmap.withdraw(reason, user.userId(), now);
    List<RoadmapOccurrence> undone = occurrences.findUndone(roadmapId, List.of(OccurrenceStatus.PLANNED,
        OccurrenceStatus.AWAITING_DATE, OccurrenceStatus.OPEN, OccurrenceStatus.OVERDUE));
    undone.forEach(o -> o.cancel("Дорожная карта отозвана " + RoadmapTexts.date(now.atZone(RoadmapDeadlines.zone(roadmap)).toLocalDate())
        + ": " + reason));
    return undone.size();
  }

  /**
   * A running roadmap that the user may replace or withdraw: its municipality's coordinator, or for
   * a school's own roadmap also the school's curator ({@code action}: «Отозвать», «Заменить»).
   */
  static void requireRunningAndManaged(Roadmap roadmap, CurrentUser user, String action) {
    boolean coordinator = user.isAdmin() || user.inGroup(GroupNames.coordinators(roadmap.getMunicipality().getCode()));
    boolean curator = roadmap.getScope() == RoadmapScope.ORGANIZATION
        && user.inGroup(GroupNames.curators(roadmap.getOrganization().getCode()));
    if (!coordinator && !curator) {
      throw new ForbiddenException(action + " дорожную карту может муниципальный координатор"
          + (roadmap.getScope() == RoadmapScope.ORGANIZATION ? " или куратор организации" : ""));
    }
    if (roadmap.getStatus() != RoadmapStatus.ACTIVE) {
      throw new BusinessRuleException("Дорожная карта уже не исполняется: " + roadmap.getStatus().title().toLowerCase());
    }
  }

  // ---------------------------------------------------------------- one occurrence

  @Transactional(readOnly = true)
  public RoadmapOccurrence occurrence(Long occurrenceId) {
    return occurrences.detailed(occurrenceId);
  }

  public void attachProcess(Long occurrenceId, String processInstanceId) {
    occurrence(occurrenceId).attachProcess(processInstanceId);
  }

  /**
   * The responsible sets the date of an on-demand item: within the period, not in the past.
   *
   * @param day the date from the form, read by {@link RoadmapForms#plannedDate}
   */
  public Timeline schedule(Long occurrenceId, LocalDate day, String by, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.AWAITING_DATE) {
      throw new BusinessRuleException("Срок этого мероприятия уже назначен: " + RoadmapTexts.date(occurrence.getDueDate()));
    }
    Roadmap roadmap = occurrence.getItem().getRoadmap();
    ZoneId zone = RoadmapDeadlines.zone(occurrence);
    if (day.isBefore(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("plannedDate", "Дата исполнения не может быть в прошлом");
    }
    if (day.isAfter(roadmap.getPeriodEnd())) {
      throw new BusinessRuleException("plannedDate", "Дата исполнения позже окончания периода дорожной карты ("
          + RoadmapTexts.date(roadmap.getPeriodEnd()) + ")");
    }
    occurrence.schedule(day, by);
    return deadlines.timeline(occurrence, now);
  }

  /** The deadline passed with the task open. */
  public boolean markOverdue(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.OPEN) {
      return false;
    }
    occurrence.markOverdue(now);
    return true;
  }

  /** What the director did about the overdue item ({@code measures} read by {@link RoadmapForms#measures}). */
  public void recordMeasures(Long occurrenceId, String measures, String by) {
    occurrence(occurrenceId).escalationNote(fullName(by) + ": " + measures);
  }

  /** A login as people read it: the person's full name (the login only when no person has it). */
  private String fullName(String login) {
    return people.findByLogin(login).map(Person::getFullName).orElse(login);
  }

  /**
   * Records the result the item's expected result asks for: the document (kind, number or link,
   * date) and, where the item has a target and is not counted by the system, the value. Late if
   * after the deadline.
   */
  public RoadmapOccurrence complete(Long occurrenceId, ResultDraft draft, String by, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() == OccurrenceStatus.DONE) {
      throw new BusinessRuleException("Исполнение этого мероприятия уже отмечено");
    }
    if (occurrence.getDueDate() == null) {
      throw new BusinessRuleException("Сначала назначьте срок мероприятия");
    }
    ZoneId zone = RoadmapDeadlines.zone(occurrence);
    boolean checkIn = occurrence.getKind() == OccurrenceKind.CHECK_IN;
    DocumentKind kind = draft.documentKind();
    if (kind == null && !checkIn) {
      throw new BusinessRuleException("documentKind", "Выберите вид документа, подтверждающего исполнение");
    }
    String number = draft.documentNumber();
    String link = draft.documentLink();
    LocalDate date = draft.documentDate();
    if (kind != null) {
      if (number == null && link == null) {
        throw new BusinessRuleException("documentNumber", "Укажите номер документа или ссылку на него");
      }
      if (date == null) {
        throw new BusinessRuleException("documentDate", "Укажите дату документа");
      }
    }
    if (date != null && date.isAfter(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("documentDate", "Дата документа не может быть в будущем");
    }
    Integer value = null;
    if (RoadmapTaskTexts.asksValue(occurrence)) {
      value = draft.indicatorValue();
      if (value == null) {
        throw new BusinessRuleException("indicatorValue", "Укажите достигнутое значение показателя за "
            + occurrence.getDueDate().getYear() + " год (план — " + occurrence.getItem().targetFor(occurrence.getDueDate().getYear())
                .orElse(0) + ")");
      }
    }
    String comment = draft.comment();
    if (checkIn && comment == null && kind == null) {
      throw new BusinessRuleException("comment", "Опишите, что сделано за квартал, или приложите документ");
    }
    occurrence.complete(by, now, now.isAfter(deadlines.dueAt(occurrence)), kind, number, date, link, value, comment);
    return occurrence;
  }

  /**
   * Records an occurrence closed by the fact its item is linked to: done by the system, the count
   * as the indicator's value, late if after the deadline. Nothing when it is already done.
   */
  public RoadmapOccurrence completeByFact(Long occurrenceId, RoadmapFacts.Presence presence, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() == OccurrenceStatus.DONE) {
      return occurrence;
    }
    LocalDate today = now.atZone(RoadmapDeadlines.zone(occurrence)).toLocalDate();
    String comment = "Исполнено по данным системы: " + presence.fact().title().toLowerCase(java.util.Locale.ROOT)
        + " — " + presence.count() + " " + presence.fact().unit()
        + (presence.organizations() > 1 ? " в " + presence.organizationsWithFact() + " из " + presence.organizations()
            + " организаций" : "");
    occurrence.complete(SYSTEM, now, occurrence.getDueDate() != null && now.isAfter(deadlines.dueAt(occurrence)),
        DocumentKind.REGISTRY, null, today, null, presence.count(), comment);
    return occurrence;
  }

  /** Who completed an occurrence closed by a fact. */
  static final String SYSTEM = "система";
}
