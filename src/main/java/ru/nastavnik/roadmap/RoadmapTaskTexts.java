package ru.nastavnik.roadmap;

import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.TaskForm;

/**
 * What the tasks, forms and letters of an occurrence say: the task's name, the Markdown summary of
 * its forms, the plain summary of the e-mails and the line of the period's summary.
 */
@Service
class RoadmapTaskTexts {

  /** Which task of an occurrence is being named. */
  public enum TaskPurpose { SET_DATE, COMPLETE, CONTROL_OVERDUE }

  private final RoadmapOccurrenceRepository occurrences;
  private final RoadmapDeadlines deadlines;

  RoadmapTaskTexts(RoadmapOccurrenceRepository occurrences, RoadmapDeadlines deadlines) {
    this.occurrences = occurrences;
    this.deadlines = deadlines;
  }

  /**
   * What a task of the occurrence shows, from one read of it: its name, the summary of its form,
   * whether the result form asks for the indicator's value, and whether it is a quarterly check-in.
   */
  public record ItemTask(String name, String summary, boolean asksValue, boolean checkIn) {}

  /** The texts and flags of the occurrence's task for the given purpose (one read of the occurrence). */
  @Transactional(readOnly = true)
  public ItemTask itemTask(Long occurrenceId, TaskPurpose purpose) {
    RoadmapOccurrence occurrence = occurrences.detailed(occurrenceId);
    return new ItemTask(taskName(occurrence, purpose), summary(occurrence),
        purpose == TaskPurpose.COMPLETE && asksValue(occurrence), occurrence.getKind() == OccurrenceKind.CHECK_IN);
  }

  /** «1.2. Актуализация раздела … — СОШ № 1, срок 31.12.2026», the item's title cut first. */
  String taskName(RoadmapOccurrence occurrence, TaskPurpose purpose) {
    String prefix = switch (purpose) {
      case SET_DATE -> "Назначить срок: ";
      case CONTROL_OVERDUE -> "Просрочено: ";
      case COMPLETE -> occurrence.getKind() == OccurrenceKind.CHECK_IN
          ? "Отчёт за " + RoadmapTexts.quarter(occurrence.getDueDate()) + ": " : "";
    };
    String suffix = occurrence.getOrganization().getShortName() + staff(occurrence.getResponsibleGroup())
        + (occurrence.getDueDate() == null ? "" : ", срок " + RoadmapTexts.date(deadlines.deadlineDay(occurrence)));
    int room = TaskForm.MAX_NAME - 5 - " — ".length() - prefix.length() - suffix.length();
    return TaskForm.name(prefix + RoadmapTexts.shorten(occurrence.getItem().label(), Math.max(40, room)), suffix);
  }

  /** « (директор и заместители)», « (наставники)»: which of a school's staff does it, when not its curators. */
  private static String staff(String responsibleGroup) {
    if (responsibleGroup == null) {
      return "";
    }
    if (responsibleGroup.startsWith(GroupNames.DIRECTORS)) {
      return " (" + SchoolExecutors.Role.DIRECTORS.title() + ")";
    }
    return responsibleGroup.startsWith(GroupNames.MENTORS) ? " (" + SchoolExecutors.Role.MENTORS.title() + ")" : "";
  }

  /** Whether the result form asks for the indicator's value (the item has a target that year and is not counted). */
  @Transactional(readOnly = true)
  public boolean asksValue(Long occurrenceId) {
    return asksValue(occurrences.detailed(occurrenceId));
  }

  static boolean asksValue(RoadmapOccurrence occurrence) {
    RoadmapItem item = occurrence.getItem();
    return occurrence.getDueDate() != null && !item.isFanOut() && item.targetFor(occurrence.getDueDate().getYear()).isPresent();
  }

  /** The occurrence as its forms show it (Markdown, short enough for a task variable). */
  String summary(RoadmapOccurrence occurrence) {
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
      text.append(" — **до ").append(RoadmapTexts.date(deadlines.deadlineDay(occurrence))).append("** включительно");
      if (deadlines.moves(occurrence)) {
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
      text.append("\n\n**Просрочено** с ").append(RoadmapTexts.date(deadlines.deadlineDay(occurrence).plusDays(1)))
          .append("; уведомлений руководителю: ").append(occurrence.getEscalations());
    }
    return cut(text.toString(), 3900);
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** The occurrence as the e-mails describe it (plain text). */
  String plainSummary(RoadmapOccurrence occurrence) {
    RoadmapItem item = occurrence.getItem();
    return "Дорожная карта: " + RoadmapTexts.shorten(item.getRoadmap().getTitle(), 300)
        + "\nМероприятие: " + RoadmapTexts.shorten(item.label(), 1200)
        + "\nИсполнитель: " + occurrence.getOrganization().getShortName()
        + "\nОжидаемый результат: " + (item.getExpectedResult() == null ? "не указан" : RoadmapTexts.shorten(item.getExpectedResult(), 800));
  }

  /** «1.2. Актуализация … — СОШ № 3, срок 15.12.2026: Просрочено, дней просрочки: 20, уведомлений: 3». */
  String undoneLine(RoadmapOccurrence occurrence, Instant now) {
    StringBuilder line = new StringBuilder(RoadmapTexts.shorten(occurrence.getItem().label(), 120)).append(" — ")
        .append(occurrence.getOrganization().getShortName());
    if (occurrence.getDueDate() != null) {
      line.append(", срок ").append(RoadmapTexts.date(deadlines.deadlineDay(occurrence)));
    }
    line.append(": ").append(occurrence.getStatus().title());
    if (occurrence.getDueDate() != null && deadlines.passed(occurrence, now)) {
      line.append(", дней просрочки: ").append(deadlines.daysOverdue(occurrence, now));
    }
    if (occurrence.getEscalations() > 0) {
      line.append(", уведомлений руководителю: ").append(occurrence.getEscalations());
    }
    if (occurrence.getEscalationNote() != null) {
      line.append("; меры: ").append(RoadmapTexts.shorten(occurrence.getEscalationNote(), 150));
    }
    return line.toString();
  }

  /** Says why the deadline differs from the document's date; empty when it does not. */
  String movedNote(RoadmapOccurrence occurrence) {
    return deadlines.moves(occurrence) ? " В документе срок — " + RoadmapTexts.date(occurrence.getDueDate())
        + ", это нерабочий день: срок перенесён на следующий рабочий день." : "";
  }
}
