package ru.nastavnik.roadmap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.DayCount;
import ru.nastavnik.notification.MailLinks;
import ru.nastavnik.notification.Notification;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.roadmap.RoadmapTaskTexts.TaskPurpose;
import ru.nastavnik.system.CurrentUser;

/**
 * The letters of a running roadmap: reminders before the deadline and to set an on-demand item's
 * date, the weekly escalations to the one above the responsible, and the period's summary to the
 * department. Nothing is sent for a closed roadmap or an occurrence no longer in the state asked about.
 */
@Service
@Transactional
class RoadmapNotices {

  /** Undone occurrences named one by one in the period's summary; the rest are counted. */
  static final int SUMMARY_LIST_LIMIT = 25;

  private final RoadmapOccurrenceRepository occurrences;
  private final Notifier notifier;
  private final MailLinks links;
  private final RoadmapDeadlines deadlines;
  private final RoadmapTaskTexts texts;

  RoadmapNotices(RoadmapOccurrenceRepository occurrences, Notifier notifier, MailLinks links, RoadmapDeadlines deadlines,
      RoadmapTaskTexts texts) {
    this.occurrences = occurrences;
    this.notifier = notifier;
    this.links = links;
    this.deadlines = deadlines;
    this.texts = texts;
  }

  /**
   * A reminder e-mail before the deadline ({@link RoadmapDeadlines#FIRST_REMINDER_DAYS} days, then
   * {@link RoadmapDeadlines#LAST_REMINDER_DAYS} day before, each on a working day), while the occurrence is open,
   * not yet late and its roadmap still runs. The first reminder is skipped when the last one is
   * already due (the task came too late for both): one letter says it.
   */
  public boolean remind(Long occurrenceId, boolean last, Instant now) {
    RoadmapOccurrence occurrence = occurrences.detailed(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.OPEN || occurrence.getDueDate() == null || closed(occurrence)) {
      return false;
    }
    ZoneId zone = RoadmapDeadlines.zone(occurrence);
    if (!now.isBefore(deadlines.dueAt(occurrence)) || (!last && !now.isBefore(deadlines.lastReminderAt(occurrence)))) {
      return false;
    }
    LocalDate deadline = deadlines.deadlineDay(occurrence);
    long daysLeft = Math.max(0, ChronoUnit.DAYS.between(now.atZone(zone).toLocalDate(), deadline));
    String label = RoadmapTexts.shorten(occurrence.getItem().label(), 200);
    String subject = last
        ? "Последнее напоминание: срок мероприятия истекает " + RoadmapTexts.date(deadline) + ": " + label
        : "Напоминание: приближается срок мероприятия (" + RoadmapTexts.date(deadline) + "): " + label;
    String body = "До срока мероприятия дорожной карты " + DayCount.remaining(daysLeft) + ": срок — "
        + RoadmapTexts.date(deadline) + " включительно (до конца дня по местному времени)." + texts.movedNote(occurrence) + "\n\n"
        + (last ? "Это последнее напоминание: если исполнение не будет отмечено в срок, мероприятие станет просроченным,"
            + " а руководитель получит уведомление.\n\n" : "")
        + texts.plainSummary(occurrence)
        + "\n\nОтметьте исполнение в Tasklist (" + links.tasklist() + "): задача «"
        + texts.taskName(occurrence, TaskPurpose.COMPLETE) + "».";
    notifier.notifyGroup(occurrence.getResponsibleGroup(), subject, body);
    return true;
  }

  /**
   * The responsible has not set the date of an on-demand item for
   * {@link RoadmapExecutionService#UNSCHEDULED_REMINDER_DAYS} days: a reminder, while the date is
   * still awaited and the roadmap runs.
   */
  public boolean remindToSetDate(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrences.detailed(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.AWAITING_DATE || closed(occurrence)) {
      return false;
    }
    String label = RoadmapTexts.shorten(occurrence.getItem().label(), 200);
    String body = "Мероприятие дорожной карты исполняется «по мере необходимости», и срок его исполнения назначаете вы, но он не"
        + " назначен уже " + DayCount.days(daysWithoutDate(occurrence, now)) + ".\n\n" + texts.plainSummary(occurrence)
        + "\n\nНазначьте срок в Tasklist (" + links.tasklist() + "): задача «" + texts.taskName(occurrence, TaskPurpose.SET_DATE)
        + "». Если срок не будет назначен в течение недели, руководитель получит уведомление.";
    notifier.notifyGroup(occurrence.getResponsibleGroup(), "Напоминание: назначьте срок мероприятия: " + label, body);
    return true;
  }

  /**
   * The date of an on-demand item is still not set a week after the reminder: the one above the
   * responsible hears of it, weekly, like of an overdue item. False when the date is set (or the
   * roadmap closed) meanwhile: the weekly letters stop.
   */
  public boolean escalateUnscheduled(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrences.detailed(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.AWAITING_DATE || closed(occurrence)) {
      return false;
    }
    occurrence.escalated();
    String subject = "Не назначен срок мероприятия дорожной карты: " + RoadmapTexts.shorten(occurrence.getItem().label(), 200)
        + " — " + occurrence.getOrganization().getShortName();
    String body = "Исполнитель не назначил срок мероприятия «по мере необходимости» уже "
        + DayCount.days(daysWithoutDate(occurrence, now)) + ", напоминание ему направлено.\n\n" + texts.plainSummary(occurrence)
        + "\n\nЗадача исполнителя в Tasklist (" + links.tasklist() + "): «" + texts.taskName(occurrence, TaskPurpose.SET_DATE) + "»."
        + " Уведомление повторяется еженедельно, пока срок не назначен или не закончится период дорожной карты"
        + " (уведомление № " + occurrence.getEscalations() + ").";
    notifier.notifyGroup(occurrence.getEscalationGroup(), subject, body);
    return true;
  }

  private static long daysWithoutDate(RoadmapOccurrence occurrence, Instant now) {
    Instant since = occurrence.getActivatedAt() == null ? now : occurrence.getActivatedAt();
    ZoneId zone = RoadmapDeadlines.zone(occurrence);
    return Math.max(0, ChronoUnit.DAYS.between(since.atZone(zone).toLocalDate(), now.atZone(zone).toLocalDate()));
  }

  /**
   * The one above the responsible hears of the overdue item by e-mail (see {@link ResponsibleTargets}:
   * a school's director, the department for the methodical centre, the department's head for the
   * department). Nobody in the department head's group: the administrator is told instead, so
   * that the letter is not lost and the role gets assigned.
   */
  public boolean escalate(Long occurrenceId, Instant now) {
    RoadmapOccurrence occurrence = occurrences.detailed(occurrenceId);
    if (occurrence.getStatus() != OccurrenceStatus.OVERDUE || closed(occurrence)) {
      return false;
    }
    occurrence.escalated();
    String subject = "Просрочено мероприятие дорожной карты: " + RoadmapTexts.shorten(occurrence.getItem().label(), 200)
        + " — " + occurrence.getOrganization().getShortName();
    String body = "Срок мероприятия истёк " + RoadmapTexts.date(deadlines.deadlineDay(occurrence)) + " (дней просрочки: "
        + deadlines.daysOverdue(occurrence, now) + "), исполнение не отмечено." + texts.movedNote(occurrence) + "\n\n"
        + texts.plainSummary(occurrence)
        + "\n\nВ Tasklist (" + links.tasklist() + ") вас ждёт задача «" + texts.taskName(occurrence, TaskPurpose.CONTROL_OVERDUE) + "»."
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

  /** The department gets the figures of the closed period with every occurrence left undone. */
  void periodClosed(Roadmap roadmap, Instant now) {
    Long roadmapId = roadmap.getId();
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
        list.append(++n).append(". ").append(texts.undoneLine(occurrence, now)).append('\n');
      }
    }
    String link = "\nХод исполнения по каждому мероприятию — в Cockpit, раздел «Наставничество»: " + links.cockpitDashboard();
    int room = 3990 - body.length() - link.length();
    body.append(list.length() <= room ? list : list.substring(0, Math.max(0, room - 2)) + "…\n").append(link);
    notifier.notifyGroup(GroupNames.managers(roadmap.getMunicipality().getCode()),
        "Завершён период дорожной карты: " + RoadmapTexts.shorten(roadmap.getTitle(), 200), body.toString());
  }

  private static boolean closed(RoadmapOccurrence occurrence) {
    return occurrence.getItem().getRoadmap().getStatus() == RoadmapStatus.CLOSED;
  }
}
