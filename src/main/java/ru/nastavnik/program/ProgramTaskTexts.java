package ru.nastavnik.program;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.system.Markdown;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * The texts and pre-filled values the program's tasks show (Markdown, escaped user text): the
 * task names, the meeting, the self-assessment, the whole program, the draft to correct.
 */
@Service
@Transactional(readOnly = true)
public class ProgramTaskTexts {

  private final ProgramQueries queries;
  private final ProgramMeetingRepository meetings;

  ProgramTaskTexts(ProgramQueries queries, ProgramMeetingRepository meetings) {
    this.queries = queries;
    this.meetings = meetings;
  }

  /** «пара № 4: наставник …, наставляемый … (СОШ № 1)» — for task names. */
  public String label(Long programId) {
    return program(programId).getPair().label();
  }

  /**
   * What a meeting's tasks show, from one read of the meeting: the name «встреча 2 из 6: пробная
   * встреча, 19.10.2026 — пара № 4: …», the text (Markdown) and the end of the planned day in the
   * municipality's time zone (the due date of the mentor's task).
   */
  public MeetingTask meetingTask(Long meetingId) {
    ProgramMeeting meeting = meeting(meetingId);
    String label = "встреча " + meeting.getSequence() + " из " + meeting.getProgram().getMeetings().size() + ": "
        + meeting.getKind().title().toLowerCase(Locale.ROOT) + ", " + MeetingSchedule.ru(meeting.getPlannedOn());
    Instant due = ru.nastavnik.calendar.WorkingDays.endOfDay(meeting.getPlannedOn(),
        zone(meeting.getProgram().getOrganization()));
    return new MeetingTask(label + " — " + meeting.getProgram().getPair().label(), meetingSummary(meeting), due);
  }

  /** The name suffix, the text and the due date of a meeting's tasks. */
  public record MeetingTask(String nameSuffix, String summary, Instant due) {}

  private static String meetingSummary(ProgramMeeting meeting) {
    MentoringProgram program = meeting.getProgram();
    StringBuilder text = new StringBuilder();
    text.append("**Встреча ").append(meeting.getSequence()).append(" из ").append(program.getMeetings().size())
        .append(" — ").append(meeting.getKind().title()).append("**\n\n**Дата по плану:** ")
        .append(MeetingSchedule.ru(meeting.getPlannedOn())).append("\n\n**Тема:** ").append(Markdown.text(meeting.getTopic()));
    ZoneId zone = zone(program.getOrganization());
    if (meeting.getStatus() == MeetingStatus.PLANNED) {
      text.append("\n\n**Дата проведения:** укажите, когда встреча прошла на самом деле — не раньше ")
          .append(MeetingSchedule.ru(earliestHeldOn(meeting))).append(" и не в будущем");
    } else if (meeting.getHeldOn() != null) {
      text.append("\n\n**Проведена:** ").append(MeetingSchedule.ru(meeting.getHeldOn()));
      meeting.getFeedback().stream().findFirst().ifPresent(entry ->
          text.append("\n\n**Обратная связь — до:** ").append(FormDates.ru(entry.getDueAt(), zone)));
    } else if (meeting.getStatus() == MeetingStatus.CANCELLED) {
      text.append("\n\n**Отменена").append(meeting.getCancelReason() == null ? "**" : ":** " + Markdown.text(meeting.getCancelReason()));
    }
    if (meeting.getNotes() != null) {
      text.append("\n\n**Итоги встречи (записал наставник):** ").append(Markdown.text(meeting.getNotes()));
    }
    text.append("\n\n**Наставник:** ").append(Markdown.text(program.getPair().getMentor().getPerson().getFullName()))
        .append("\n\n**Наставляемый:** ").append(Markdown.text(program.getPair().getRequest().getMentee().getFullName()))
        .append("\n\n**Цели программы:** ").append(Markdown.text(program.getGoals(), "—"));
    return text.toString();
  }

  /**
   * The program as the mentor drafted it, in the shape of the program form (dates as ISO text):
   * a returned program opens filled with it. Empty while nothing was drafted.
   */
  public Optional<ProgramDraft> draft(Long programId) {
    MentoringProgram program = program(programId);
    if (program.getGoals() == null) {
      return Optional.empty();
    }
    Map<MeetingKind, String> dates = new EnumMap<>(MeetingKind.class);
    StringBuilder working = new StringBuilder();
    for (ProgramMeeting meeting : program.getMeetings()) {
      if (meeting.getKind() == MeetingKind.WORKING) {
        working.append(working.isEmpty() ? "" : "\n").append(MeetingSchedule.ru(meeting.getPlannedOn()))
            .append(' ').append(meeting.getTopic());
      } else {
        dates.put(meeting.getKind(), meeting.getPlannedOn().toString());
      }
    }
    return Optional.of(new ProgramDraft(program.getGoals(), program.getTasks(), program.getPlannedResults(),
        program.getDurationMonths(), dates.get(MeetingKind.ACQUAINTANCE), dates.get(MeetingKind.TRIAL),
        dates.get(MeetingKind.PLANNING), working.toString(), dates.get(MeetingKind.FINAL)));
  }

  /** The codes of the difficulties the mentee assesses: the self-assessment form shows these fields only. */
  public List<String> surveyCodes(Long programId) {
    return program(programId).getSurveyItems().stream().map(SurveyItem::getCode).toList();
  }

  /** What the self-assessment task shows (Markdown). */
  public String surveySummary(Long programId, SurveyKind kind) {
    MentoringProgram program = program(programId);
    StringBuilder text = new StringBuilder("### ").append(kind.title()).append("\n\n")
        .append("Оцените, насколько вы справляетесь с каждым затруднением из вашего запроса: 1 — затруднение очень"
            + " сильное, 10 — полностью справляюсь.");
    if (kind == SurveyKind.FINAL) {
      text.append(" Рост по сравнению со входной самооценкой попадёт в мониторинг программы.");
    }
    text.append("\n");
    for (SurveyItem item : program.getSurveyItems()) {
      text.append("\n- ").append(Markdown.text(item.getTitle()));
      if (kind == SurveyKind.FINAL && item.getEntryScore() != null) {
        text.append(" (в начале программы: ").append(item.getEntryScore()).append(")");
      }
    }
    return text.toString();
  }

  /**
   * The program as the mentor, the curator and the director read it in their tasks (Markdown):
   * the plan (with the working meetings in the line format of the form, to copy when correcting),
   * the curator's comment, and once there, surveys, feedback, reports and assessment.
   */
  public String summary(Long programId) {
    MentoringProgram program = program(programId);
    MentoringPair pair = program.getPair();
    StringBuilder text = new StringBuilder();
    text.append("**Программа наставничества № ").append(program.getId()).append("** — ").append(program.getStatus().title())
        .append("\n\n**Наставник:** ").append(Markdown.text(pair.getMentor().getPerson().getFullName()))
        .append("\n\n**Наставляемый:** ").append(Markdown.text(pair.getRequest().getMentee().getFullName()))
        .append(" (").append(Markdown.text(pair.getOrganization().getShortName())).append(")")
        .append("\n\n**Приказ о закреплении:** № ").append(Markdown.text(pair.getOrderNumber(), "—"))
        .append(pair.getOrderDate() == null ? "" : " от " + MeetingSchedule.ru(pair.getOrderDate()))
        .append("\n\n**Затруднения из запроса:**\n");
    program.getSurveyItems().forEach(item -> text.append("\n- ").append(Markdown.text(item.getTitle())));
    if (program.getReviewComment() != null && program.getStatus() == ProgramStatus.RETURNED) {
      text.append("\n\n**Куратор вернул программу на доработку:** ").append(Markdown.text(program.getReviewComment()));
    }
    if (program.getGoals() == null) {
      text.append("\n\nПрограмма ещё не составлена. Срок программы — от 3 до 12 месяцев с ")
          .append(MeetingSchedule.ru(program.getStartsOn())).append(".");
      return text.toString();
    }
    text.append("\n\n**Цели:** ").append(Markdown.text(program.getGoals()))
        .append("\n\n**Задачи:** ").append(Markdown.text(program.getTasks()))
        .append("\n\n**Планируемые результаты:** ").append(Markdown.text(program.getPlannedResults()))
        .append("\n\n**Срок:** ").append(program.getDurationMonths()).append(" мес., с ")
        .append(MeetingSchedule.ru(program.getStartsOn())).append(" по ").append(MeetingSchedule.ru(program.getEndsOn()))
        .append("\n\n**Встречи:**\n");
    for (ProgramMeeting meeting : program.getMeetings()) {
      text.append("\n").append(meeting.getSequence()).append(". ").append(MeetingSchedule.ru(meeting.getPlannedOn()))
          .append(" — ").append(meeting.getKind() == MeetingKind.WORKING ? Markdown.text(meeting.getTopic()) : meeting.getKind().title());
      if (meeting.getStatus() != MeetingStatus.PLANNED) {
        text.append(" (").append(meeting.getStatus().title().toLowerCase(Locale.ROOT));
        if (meeting.getHeldOn() != null) {
          text.append(" ").append(MeetingSchedule.ru(meeting.getHeldOn()));
        }
        if (meeting.getCancelReason() != null) {
          text.append(": ").append(Markdown.text(meeting.getCancelReason()));
        }
        for (MeetingFeedback entry : meeting.getFeedback()) {
          text.append("; ").append(entry.getAuthor().title().toLowerCase(Locale.ROOT)).append(": ")
              .append(entry.isGiven() ? entry.getRating() + " из 10" : "нет отзыва")
              .append(entry.isMissed() ? ", пропуск передан куратору" : "");
        }
        text.append(")");
      }
    }
    if (program.getEntrySurveyAt() != null) {
      text.append("\n\n**Самооценка наставляемого (вход → итог):**\n");
      for (SurveyItem item : program.getSurveyItems()) {
        text.append("\n- ").append(Markdown.text(item.getTitle())).append(": ").append(nullToDash(item.getEntryScore()))
            .append(" → ").append(nullToDash(item.getFinalScore()));
        if (item.getGrowth() != null) {
          text.append(" (").append(item.getGrowth() > 0 ? "+" : "").append(item.getGrowth()).append(")");
        }
      }
    }
    appendReport(text, "наставника", program.getMentorReflection(), program.getMentorReport());
    appendReport(text, "наставляемого", program.getMenteeReflection(), program.getMenteeReport());
    if (program.getCuratorAssessment() != null) {
      text.append("\n\n**Оценка куратора:** ").append(program.getCuratorRating()).append(" из 10. ")
          .append(Markdown.text(program.getCuratorAssessment()))
          .append("\n\n**Итоговое мероприятие:** ").append(program.getFinalEventKind().title())
          .append(program.getFinalEventNote() == null ? "" : " — " + Markdown.text(program.getFinalEventNote())).append(", ")
          .append(MeetingSchedule.ru(program.getFinalEventDate()));
      if (program.isGoodPractice()) {
        text.append("\n\n**Куратор предлагает программу в банк успешных практик.**");
      }
      if (program.getRewardProposal() != null) {
        text.append("\n\n**Предложение о поощрении наставника:** ").append(Markdown.text(program.getRewardProposal()));
      }
    }
    return text.toString();
  }

  private MentoringProgram program(Long id) {
    return queries.program(id);
  }

  private ProgramMeeting meeting(Long meetingId) {
    return meetings.findDetailedById(meetingId)
        .orElseThrow(() -> new NotFoundException("Встреча № " + meetingId + " не найдена"));
  }

  private static ZoneId zone(Organization organization) {
    return MentoringProgramService.zone(organization);
  }

  private static LocalDate earliestHeldOn(ProgramMeeting meeting) {
    return MentoringProgramService.earliestHeldOn(meeting);
  }

  private static void appendReport(StringBuilder text, String whose, String reflection, String report) {
    if (report != null) {
      text.append("\n\n**Рефлексия ").append(whose).append(":** ").append(Markdown.text(reflection, "—"))
          .append("\n\n**Отчёт ").append(whose).append(":** ").append(Markdown.text(report));
    }
  }



  private static String nullToDash(Object value) {
    return value == null ? "—" : value.toString();
  }
}
