package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.DayCount;
import ru.nastavnik.calendar.WorkingDays;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.notification.MailLinks;
import ru.nastavnik.notification.Notification;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.NotFoundException;
import ru.nastavnik.system.TaskForm;

/**
 * Runs a confirmed roadmap: makes occurrences relevant when their time comes, lets the
 * responsible set the date of an on-demand item, reminds before the deadline, marks an
 * occurrence overdue and escalates it weekly, and records the result (late if after the
 * deadline); at the end of the period reports what is left undone. A deadline date means the end
 * of that day in the municipality's time zone, moved to the next working day when it is not one;
 * reminders move to the working day before (the rules of {@link WorkingDays}, docs/deadlines.md).
 */
@Service
@Transactional
public class RoadmapExecutionService {

  static final int FIRST_REMINDER_DAYS = 7;
  static final int LAST_REMINDER_DAYS = 1;
  /** Undone occurrences named one by one in the period's summary; the rest are counted. */
  static final int SUMMARY_LIST_LIMIT = 25;

  private final RoadmapRepository roadmaps;
  private final RoadmapOccurrenceRepository occurrences;
  private final Notifier notifier;
  private final WorkingDays workingDays;
  private final MailLinks links;
  private final PersonRepository people;

  RoadmapExecutionService(RoadmapRepository roadmaps, RoadmapOccurrenceRepository occurrences, Notifier notifier,
      WorkingDays workingDays, MailLinks links, PersonRepository people) {
    this.roadmaps = roadmaps;
    this.occurrences = occurrences;
    this.notifier = notifier;
    this.workingDays = workingDays;
    this.links = links;
    this.people = people;
  }

  /** When the task of a dated occurrence is due, when it reminds, and when it becomes relevant. */
  public record Timeline(Instant dueAt, Instant firstReminderAt, Instant lastReminderAt, Instant relevantAt) {}

  /** What it takes to start the process of one occurrence; {@code timeline} is null until the date is set. */
  public record OccurrenceStart(Long occurrenceId, Long roadmapId, String organizationCode, String responsibleGroup,
      String escalationGroup, Timeline timeline) {}

  /** What the responsible submitted on completing an occurrence (form values as they came). */
  public record ResultDraft(Object documentKind, Object documentNumber, Object documentDate, Object documentLink,
      Object indicatorValue, Object comment) {}

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
          occurrence.getDueDate() == null ? null : timeline(occurrence, now)));
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
    return workingDays.deadline(roadmap.getPeriodEnd(), roadmap.getMunicipality().getTimeZone());
  }

  /**
   * The period is over: the roadmap is closed and the department gets the figures with every
   * occurrence left undone. Nothing of the roadmap reminds or escalates any more: its occurrences'
   * processes are ended by the caller ({@link CloseRoadmapDelegate}), and {@link #remind} and
   * {@link #escalate} refuse a closed roadmap.
   */
  public void close(Long roadmapId, Instant now) {
    Roadmap roadmap = roadmap(roadmapId);
    if (roadmap.getStatus() == RoadmapStatus.CLOSED) {
      return;
    }
    roadmap.close(now);
    Map<OccurrenceStatus, Long> counts = new EnumMap<>(OccurrenceStatus.class);
    for (Object[] row : occurrences.countByStatus(roadmapId)) {
      counts.put((OccurrenceStatus) row[0], (Long) row[1]);
    }
    StringBuilder body = new StringBuilder("Завершён период дорожной карты «")
        .append(RoadmapTexts.shorten(roadmap.getTitle(), 300)).append("» (")
        .append(RoadmapTexts.date(roadmap.getPeriodStart())).append(" – ").append(RoadmapTexts.date(roadmap.getPeriodEnd()))
        .append(").\n\n");
    for (OccurrenceStatus status : OccurrenceStatus.values()) {
      body.append(status.title()).append(": ").append(counts.getOrDefault(status, 0L)).append('\n');
    }
    List<RoadmapOccurrence> undone = occurrences.findUndone(roadmapId,
        List.of(OccurrenceStatus.AWAITING_DATE, OccurrenceStatus.OPEN, OccurrenceStatus.OVERDUE));
    StringBuilder list = new StringBuilder();
    if (undone.isEmpty()) {
      list.append("\nВсе мероприятия периода исполнены.\n");
    } else {
      list.append("\nНе исполнено к окончанию периода: ").append(undone.size())
          .append(". Задачи по ним закрыты, напоминания и уведомления руководителям больше не направляются.\n");
      int n = 0;
      for (RoadmapOccurrence occurrence : undone) {
        if (n == SUMMARY_LIST_LIMIT) {
          list.append("… и ещё ").append(undone.size() - n).append(" — в Cockpit.\n");
          break;
        }
        list.append(++n).append(". ").append(undoneLine(occurrence, now)).append('\n');
      }
    }
    String link = "\nХод исполнения по каждому мероприятию — в Cockpit, раздел «Наставничество»: " + links.cockpitDashboard();
    int room = 3990 - body.length() - link.length();
    body.append(list.length() <= room ? list : list.substring(0, Math.max(0, room - 2)) + "…\n").append(link);
    notifier.notifyGroup(GroupNames.managers(roadmap.getMunicipality().getCode()),
        "Завершён период дорожной карты: " + RoadmapTexts.shorten(roadmap.getTitle(), 200), body.toString());
  }

  /** «1.2. Актуализация … — СОШ № 3, срок 15.12.2026: Просрочено, дней просрочки: 20, уведомлений: 3». */
  private String undoneLine(RoadmapOccurrence occurrence, Instant now) {
    StringBuilder line = new StringBuilder(RoadmapTexts.shorten(occurrence.getItem().label(), 120)).append(" — ")
        .append(occurrence.getOrganization().getShortName());
    if (occurrence.getDueDate() != null) {
      line.append(", срок ").append(RoadmapTexts.date(deadlineDay(occurrence)));
    }
    line.append(": ").append(occurrence.getStatus().title());
    if (occurrence.getDueDate() != null && workingDays.passed(occurrence.getDueDate(), now, zone(occurrence))) {
      line.append(", дней просрочки: ").append(daysOverdue(occurrence, now));
    }
    if (occurrence.getEscalations() > 0) {
      line.append(", уведомлений руководителю: ").append(occurrence.getEscalations());
    }
    if (occurrence.getEscalationNote() != null) {
      line.append("; меры: ").append(RoadmapTexts.shorten(occurrence.getEscalationNote(), 150));
    }
    return line.toString();
  }

  // ---------------------------------------------------------------- one occurrence

  @Transactional(readOnly = true)
  public RoadmapOccurrence occurrence(Long occurrenceId) {
    return occurrences.findDetailedById(occurrenceId)
        .orElseThrow(() -> new NotFoundException("Срок мероприятия № " + occurrenceId + " не найден"));
  }

  public void attachProcess(Long occurrenceId, String processInstanceId) {
    occurrence(occurrenceId).attachProcess(processInstanceId);
  }

  /** The responsible sets the date of an on-demand item: within the period, not in the past. */
  public Timeline schedule(Long occurrenceId, Object date, String by, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.AWAITING_DATE) {
      throw new BusinessRuleException("Срок этого мероприятия уже назначен: " + RoadmapTexts.date(occurrence.getDueDate()));
    }
    Roadmap roadmap = occurrence.getItem().getRoadmap();
    ZoneId zone = zone(occurrence);
    LocalDate day = RoadmapImportService.date(date, "plannedDate", "исполнения");
    if (day == null) {
      throw new BusinessRuleException("plannedDate", "Укажите дату, к которой мероприятие будет исполнено");
    }
    if (day.isBefore(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("plannedDate", "Дата исполнения не может быть в прошлом");
    }
    if (day.isAfter(roadmap.getPeriodEnd())) {
      throw new BusinessRuleException("plannedDate", "Дата исполнения позже окончания периода дорожной карты ("
          + RoadmapTexts.date(roadmap.getPeriodEnd()) + ")");
    }
    occurrence.schedule(day, by);
    return timeline(occurrence, now);
  }

  /**
   * A reminder e-mail before the deadline ({@link #FIRST_REMINDER_DAYS} days, then
   * {@link #LAST_REMINDER_DAYS} day before, each on a working day), while the occurrence is open,
   * not yet late and its roadmap still runs. The first reminder is skipped when the last one is
   * already due (the task came too late for both): one letter says it.
   */
  public boolean remind(Long occurrenceId, boolean last, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.OPEN || occurrence.getDueDate() == null || closed(occurrence)) {
      return false;
    }
    ZoneId zone = zone(occurrence);
    if (!now.isBefore(dueAt(occurrence))
        || (!last && !now.isBefore(workingDays.reminder(occurrence.getDueDate(), LAST_REMINDER_DAYS, zone)))) {
      return false;
    }
    LocalDate deadline = deadlineDay(occurrence);
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), deadline));
    String label = RoadmapTexts.shorten(occurrence.getItem().label(), 200);
    String subject = last
        ? "Последнее напоминание: срок мероприятия истекает " + RoadmapTexts.date(deadline) + ": " + label
        : "Напоминание: приближается срок мероприятия (" + RoadmapTexts.date(deadline) + "): " + label;
    String body = "До срока мероприятия дорожной карты " + DayCount.remaining(daysLeft) + ": срок — "
        + RoadmapTexts.date(deadline) + " включительно (до конца дня по местному времени)." + movedNote(occurrence) + "\n\n"
        + (last ? "Это последнее напоминание: если исполнение не будет отмечено в срок, мероприятие станет просроченным,"
            + " а руководитель получит уведомление.\n\n" : "")
        + plainSummary(occurrence)
        + "\n\nОтметьте исполнение в Tasklist (" + links.tasklist() + "): задача «" + taskName(occurrence, TaskPurpose.COMPLETE)
        + "».";
    notifier.notifyGroup(occurrence.getResponsibleGroup(), subject, body);
    return true;
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

  /**
   * The one above the responsible hears of the overdue item by e-mail (see {@link ResponsibleTargets}:
   * a school's director, the department for the methodical centre, the department's head for the
   * department). Nobody in the department head's group: the administrator is told instead, so
   * that the letter is not lost and the role gets assigned.
   */
  public boolean escalate(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.OVERDUE || closed(occurrence)) {
      return false;
    }
    occurrence.escalated();
    String subject = "Просрочено мероприятие дорожной карты: " + RoadmapTexts.shorten(occurrence.getItem().label(), 200)
        + " — " + occurrence.getOrganization().getShortName();
    String body = "Срок мероприятия истёк " + RoadmapTexts.date(deadlineDay(occurrence)) + " (дней просрочки: "
        + daysOverdue(occurrence, now) + "), исполнение не отмечено." + movedNote(occurrence) + "\n\n" + plainSummary(occurrence)
        + "\n\nВ Tasklist (" + links.tasklist() + ") вас ждёт задача «" + taskName(occurrence, TaskPurpose.CONTROL_OVERDUE) + "»."
        + " Уведомление повторяется еженедельно, пока мероприятие не исполнено или не закончится период дорожной карты"
        + " (уведомление № " + occurrence.getEscalations() + ").";
    Notification sent = notifier.notifyGroup(occurrence.getEscalationGroup(), subject, body);
    if (Notification.NO_RECIPIENTS.equals(sent.getStatus())
        && ResponsibleTargets.isDepartmentHead(occurrence.getEscalationGroup(), occurrence.getOrganization())) {
      notifier.notifyGroup(CurrentUser.ADMIN_GROUP, subject, "В органе управления образованием «"
          + occurrence.getOrganization().getShortName() + "» никому не назначена роль «Руководитель организации»"
          + " (группа " + occurrence.getEscalationGroup() + "), поэтому уведомление о просрочке направлено администратору."
          + " Назначьте эту роль руководителю органа управления.\n\n" + body);
    }
    return true;
  }

  /** Days overdue at {@code now}: the one rule of {@link WorkingDays#daysOverdue}, as the dashboard counts them. */
  long daysOverdue(RoadmapOccurrence occurrence, Instant now) {
    return workingDays.daysOverdue(occurrence.getDueDate(), now, zone(occurrence));
  }

  /** What the director did about the overdue item. */
  public void recordMeasures(Long occurrenceId, Object measures, String by) {
    String text = measures == null ? "" : measures.toString().trim();
    if (text.isEmpty()) {
      throw new BusinessRuleException("measures", "Опишите принятые меры");
    }
    if (text.length() > 1900) {
      throw new BusinessRuleException("measures", "Описание мер не длиннее 1900 символов");
    }
    occurrence(occurrenceId).escalationNote(fullName(by) + ": " + text);
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
    ZoneId zone = zone(occurrence);
    boolean checkIn = occurrence.getKind() == OccurrenceKind.CHECK_IN;
    String kindText = text(draft.documentKind());
    DocumentKind kind = null;
    if (kindText != null) {
      try {
        kind = DocumentKind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        throw new BusinessRuleException("documentKind", "Выберите вид документа из списка");
      }
    } else if (!checkIn) {
      throw new BusinessRuleException("documentKind", "Выберите вид документа, подтверждающего исполнение");
    }
    String number = text(draft.documentNumber());
    String link = text(draft.documentLink());
    LocalDate date = RoadmapImportService.date(draft.documentDate(), "documentDate", "документа");
    if (kind != null) {
      if (number == null && link == null) {
        throw new BusinessRuleException("documentNumber", "Укажите номер документа или ссылку на него");
      }
      if (date == null) {
        throw new BusinessRuleException("documentDate", "Укажите дату документа");
      }
    }
    if (number != null && number.length() > 100) {
      throw new BusinessRuleException("documentNumber", "Номер документа не длиннее 100 символов");
    }
    if (link != null && (link.length() > 1000 || !(link.startsWith("http://") || link.startsWith("https://")))) {
      throw new BusinessRuleException("documentLink", "Ссылка на документ должна начинаться с http:// или https:// (до 1000 символов)");
    }
    if (date != null && date.isAfter(now.atZone(zone).toLocalDate())) {
      throw new BusinessRuleException("documentDate", "Дата документа не может быть в будущем");
    }
    Integer value = null;
    if (asksValue(occurrence)) {
      value = integer(draft.indicatorValue());
      if (value == null) {
        throw new BusinessRuleException("indicatorValue", "Укажите достигнутое значение показателя за "
            + occurrence.getDueDate().getYear() + " год (план — " + occurrence.getItem().targetFor(occurrence.getDueDate().getYear())
                .orElse(0) + ")");
      }
    }
    String comment = text(draft.comment());
    if (checkIn && comment == null && kind == null) {
      throw new BusinessRuleException("comment", "Опишите, что сделано за квартал, или приложите документ");
    }
    if (comment != null && comment.length() > 2000) {
      throw new BusinessRuleException("comment", "Комментарий не длиннее 2000 символов");
    }
    occurrence.complete(by, now, now.isAfter(dueAt(occurrence)), kind, number, date, link, value, comment);
    return occurrence;
  }

  // ---------------------------------------------------------------- what tasks and forms show

  /** Which task of an occurrence is being named. */
  public enum TaskPurpose { SET_DATE, COMPLETE, CONTROL_OVERDUE }

  /** «1.2. Актуализация раздела … — СОШ № 1, срок 31.12.2026», the item's title cut first. */
  @Transactional(readOnly = true)
  public String taskName(Long occurrenceId, TaskPurpose purpose) {
    return taskName(occurrence(occurrenceId), purpose);
  }

  String taskName(RoadmapOccurrence occurrence, TaskPurpose purpose) {
    String prefix = switch (purpose) {
      case SET_DATE -> "Назначить срок: ";
      case CONTROL_OVERDUE -> "Просрочено: ";
      case COMPLETE -> occurrence.getKind() == OccurrenceKind.CHECK_IN
          ? "Отчёт за " + RoadmapTexts.quarter(occurrence.getDueDate()) + ": " : "";
    };
    String suffix = occurrence.getOrganization().getShortName()
        + (occurrence.getDueDate() == null ? "" : ", срок " + RoadmapTexts.date(deadlineDay(occurrence)));
    int room = TaskForm.MAX_NAME - 5 - " — ".length() - prefix.length() - suffix.length();
    return TaskForm.name(prefix + RoadmapTexts.shorten(occurrence.getItem().label(), Math.max(40, room)), suffix);
  }

  @Transactional(readOnly = true)
  public OccurrenceKind occurrenceKind(Long occurrenceId) {
    return occurrence(occurrenceId).getKind();
  }

  /** Whether the result form asks for the indicator's value (the item has a target that year and is not counted). */
  @Transactional(readOnly = true)
  public boolean asksValue(Long occurrenceId) {
    return asksValue(occurrence(occurrenceId));
  }

  static boolean asksValue(RoadmapOccurrence occurrence) {
    RoadmapItem item = occurrence.getItem();
    return occurrence.getDueDate() != null && !item.isFanOut() && item.targetFor(occurrence.getDueDate().getYear()).isPresent();
  }

  /** The occurrence as its forms show it (Markdown, short enough for a task variable). */
  @Transactional(readOnly = true)
  public String summary(Long occurrenceId) {
    RoadmapOccurrence occurrence = occurrence(occurrenceId);
    RoadmapItem item = occurrence.getItem();
    Roadmap roadmap = item.getRoadmap();
    StringBuilder text = new StringBuilder();
    text.append("**").append(Markdown.text(RoadmapTexts.shorten(item.label(), 1500))).append("**\n\n");
    text.append("Дорожная карта: ").append(Markdown.text(RoadmapTexts.shorten(roadmap.getTitle(), 300))).append("\n\n");
    if (item.getSection() != null) {
      text.append("Раздел: ").append(Markdown.text(RoadmapTexts.shorten(item.getSection(), 200))).append("\n\n");
    }
    text.append("Исполнитель: **").append(Markdown.text(occurrence.getOrganization().getShortName())).append("** (в документе: «")
        .append(Markdown.text(RoadmapTexts.shorten(item.getResponsibleText(), 200))).append("»)\n\n");
    text.append("Срок в документе: «").append(Markdown.text(RoadmapTexts.shorten(item.getDeadlineText(), 200))).append("»");
    if (occurrence.getDueDate() != null) {
      text.append(" — **до ").append(RoadmapTexts.date(deadlineDay(occurrence))).append("** включительно");
      if (workingDays.moves(occurrence.getDueDate())) {
        text.append(" (").append(RoadmapTexts.date(occurrence.getDueDate()))
            .append(" — нерабочий день, срок переносится на следующий рабочий день)");
      }
    }
    if (occurrence.getKind() == OccurrenceKind.CHECK_IN) {
      text.append("\n\nМероприятие исполняется постоянно: отметьте, что сделано за ")
          .append(RoadmapTexts.quarter(occurrence.getDueDate())).append(" (с ").append(RoadmapTexts.date(occurrence.getStartsOn()))
          .append(")");
    }
    text.append("\n\nОжидаемый результат: ").append(item.getExpectedResult() == null || item.getExpectedResult().isBlank()
        ? "не указан" : Markdown.text(RoadmapTexts.shorten(item.getExpectedResult(), 1000)));
    if (occurrence.getDueDate() != null) {
      int year = occurrence.getDueDate().getYear();
      item.targetFor(year).ifPresent(target -> text.append("\n\nПоказатель на ").append(year).append(" год: **")
          .append(target).append("**").append(item.isFanOut() ? " (считается автоматически по числу исполнивших организаций)" : ""));
    }
    if (occurrence.getStatus() == OccurrenceStatus.OVERDUE) {
      text.append("\n\n**Просрочено** с ").append(RoadmapTexts.date(deadlineDay(occurrence).plusDays(1)))
          .append("; уведомлений руководителю: ").append(occurrence.getEscalations());
    }
    return cut(text.toString(), 3900);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private String plainSummary(RoadmapOccurrence occurrence) {
    RoadmapItem item = occurrence.getItem();
    return "Дорожная карта: " + RoadmapTexts.shorten(item.getRoadmap().getTitle(), 300)
        + "\nМероприятие: " + RoadmapTexts.shorten(item.label(), 1200)
        + "\nИсполнитель: " + occurrence.getOrganization().getShortName()
        + "\nОжидаемый результат: " + (item.getExpectedResult() == null ? "не указан" : RoadmapTexts.shorten(item.getExpectedResult(), 800));
  }

  // ---------------------------------------------------------------- time

  private Timeline timeline(RoadmapOccurrence occurrence, Instant now) {
    ZoneId zone = zone(occurrence);
    LocalDate due = occurrence.getDueDate();
    Instant relevant = occurrence.getKind() == OccurrenceKind.ON_DEMAND
        ? RoadmapPlanner.startOfDay(due.minusDays(occurrence.getItem().getRoadmap().getLeadDays()), zone)
        : occurrence.getActivateAt();
    return new Timeline(workingDays.deadline(due, zone),
        workingDays.reminder(due, FIRST_REMINDER_DAYS, zone),
        workingDays.reminder(due, LAST_REMINDER_DAYS, zone),
        relevant.isAfter(now) ? relevant : now);
  }

  /** The end of the deadline day: the due date, or the next working day when it is not one. */
  private Instant dueAt(RoadmapOccurrence occurrence) {
    return workingDays.deadline(occurrence.getDueDate(), zone(occurrence));
  }

  private LocalDate deadlineDay(RoadmapOccurrence occurrence) {
    return workingDays.deadlineDay(occurrence.getDueDate());
  }

  /** Says why the deadline differs from the document's date; empty when it does not. */
  private String movedNote(RoadmapOccurrence occurrence) {
    return workingDays.moves(occurrence.getDueDate()) ? " В документе срок — " + RoadmapTexts.date(occurrence.getDueDate())
        + ", это нерабочий день: срок перенесён на следующий рабочий день." : "";
  }

  private static boolean closed(RoadmapOccurrence occurrence) {
    return occurrence.getItem().getRoadmap().getStatus() == RoadmapStatus.CLOSED;
  }

  private static ZoneId zone(RoadmapOccurrence occurrence) {
    return occurrence.getItem().getRoadmap().getMunicipality().getTimeZone();
  }

  private static String text(Object value) {
    if (value == null) return null;
    String text = value.toString().trim();
    return text.isEmpty() || "null".equals(text) ? null : text;
  }

  private static Integer integer(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(text.replace(',', '.'));
      if (number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("indicatorValue", "Значение показателя — целое неотрицательное число");
    }
  }
}
