package ru.nastavnik.program;

import static ru.nastavnik.program.MentoringProgramProcess.ACQUAINTANCE_DATE;
import static ru.nastavnik.program.MentoringProgramProcess.FINAL_DATE;
import static ru.nastavnik.program.MentoringProgramProcess.PLANNING_DATE;
import static ru.nastavnik.program.MentoringProgramProcess.TRIAL_DATE;
import static ru.nastavnik.program.MentoringProgramProcess.WORKING_MEETINGS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;

/**
 * Reads and checks the meeting plan of a program: встреча-знакомство, пробная встреча,
 * встреча-планирование, the working meetings (one line each, «ДД.ММ.ГГГГ тема») and the итоговая
 * встреча. Dates go in this order, none is in the past, the final one is within the duration.
 * Every message is Russian and names the meeting (and the line) at fault.
 */
final class MeetingSchedule {

  static final int MAX_WORKING_MEETINGS = 50;
  static final int MAX_TOPIC = 300;

  private static final Pattern LINE = Pattern.compile("^(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s*[-–—:]?\\s*(.*)$");
  private static final String EXAMPLE = "«20.10.2026 Анализ открытого урока»";

  /** One meeting of the plan; {@code where} names it in messages, {@code field} is the form field. */
  record Planned(MeetingKind kind, String topic, LocalDate date, String where, String field) {}

  private MeetingSchedule() {}

  /**
   * The plan of the draft, checked against {@code today} (the municipality's date) and the last
   * day of the program.
   */
  static List<Planned> of(ProgramDraft draft, LocalDate today, LocalDate lastDay, int months, ZoneId zone) {
    List<Planned> plan = new ArrayList<>();
    plan.add(fixed(MeetingKind.ACQUAINTANCE, draft.acquaintanceDate(), ACQUAINTANCE_DATE.name(), "встречи-знакомства", zone));
    plan.add(fixed(MeetingKind.TRIAL, draft.trialDate(), TRIAL_DATE.name(), "пробной встречи", zone));
    plan.add(fixed(MeetingKind.PLANNING, draft.planningDate(), PLANNING_DATE.name(), "встречи-планирования", zone));
    plan.addAll(working(draft.workingMeetings()));
    plan.add(fixed(MeetingKind.FINAL, draft.finalDate(), FINAL_DATE.name(), "итоговой встречи", zone));

    Planned previous = null;
    for (Planned meeting : plan) {
      if (meeting.date().isBefore(today)) {
        throw new BusinessRuleException(meeting.field(), meeting.where() + ": дата " + ru(meeting.date())
            + " уже прошла; запланируйте встречу не раньше " + ru(today));
      }
      if (previous != null && meeting.date().isBefore(previous.date())) {
        throw new BusinessRuleException(meeting.field(), meeting.where() + ": дата " + ru(meeting.date())
            + " раньше предыдущей встречи (" + lower(previous.where()) + ", " + ru(previous.date())
            + "); встречи идут по порядку: знакомство, пробная, планирование, рабочие, итоговая");
      }
      previous = meeting;
    }
    Planned last = plan.get(plan.size() - 1);
    if (last.date().isAfter(lastDay)) {
      throw new BusinessRuleException(FINAL_DATE.name(), "Итоговая встреча " + ru(last.date()) + " выходит за срок программы ("
          + months + " мес., до " + ru(lastDay) + "); перенесите её или увеличьте срок");
    }
    return plan;
  }

  private static Planned fixed(MeetingKind kind, Object value, String field, String genitive, ZoneId zone) {
    LocalDate date = date(value, field, "Укажите дату " + genitive, zone);
    return new Planned(kind, kind.title(), date, kind.title(), field);
  }

  private static List<Planned> working(String text) {
    List<Planned> meetings = new ArrayList<>();
    String[] lines = text == null ? new String[0] : text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int number = i + 1;
      String where = "Рабочая встреча в строке " + number;
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        throw new BusinessRuleException(WORKING_MEETINGS.name(), "Рабочие встречи, строка " + number + " «" + shorten(line)
            + "»: начните строку с даты ДД.ММ.ГГГГ и напишите тему, например " + EXAMPLE);
      }
      LocalDate date;
      try {
        date = FormDates.parseRu(pad(matcher.group(1)));
      } catch (DateTimeParseException e) {
        throw new BusinessRuleException(WORKING_MEETINGS.name(), "Рабочие встречи, строка " + number + ": даты "
            + matcher.group(1) + " не существует");
      }
      String topic = matcher.group(2).strip();
      if (topic.isEmpty()) {
        throw new BusinessRuleException(WORKING_MEETINGS.name(), "Рабочие встречи, строка " + number
            + ": после даты напишите тему встречи, например " + EXAMPLE);
      }
      if (topic.length() > MAX_TOPIC) {
        throw new BusinessRuleException(WORKING_MEETINGS.name(), "Рабочие встречи, строка " + number + ": тема длиннее "
            + MAX_TOPIC + " символов");
      }
      meetings.add(new Planned(MeetingKind.WORKING, topic, date, where, WORKING_MEETINGS.name()));
    }
    if (meetings.isEmpty()) {
      throw new BusinessRuleException(WORKING_MEETINGS.name(), "Запланируйте хотя бы одну рабочую встречу: по строке на встречу,"
          + " дата и тема, например " + EXAMPLE);
    }
    if (meetings.size() > MAX_WORKING_MEETINGS) {
      throw new BusinessRuleException(WORKING_MEETINGS.name(), "Не больше " + MAX_WORKING_MEETINGS + " рабочих встреч");
    }
    return meetings;
  }

  /**
   * A date as the forms send it: ISO (2026-10-12, also with a time), Russian (12.10.2026) or a
   * {@link java.util.Date} taken in the municipality's zone.
   */
  static LocalDate date(Object value, String field, String missing, ZoneId zone) {
    LocalDate date = FormDates.parse(value, field, "Дата", zone);
    if (date == null) {
      throw new BusinessRuleException(field, missing);
    }
    return date;
  }

  static String ru(LocalDate date) {
    return FormDates.ru(date);
  }

  /** 5.9.2026 → 05.09.2026. */
  private static String pad(String date) {
    String[] parts = date.split("\\.");
    if (parts.length != 3) {
      return date;
    }
    return (parts[0].length() == 1 ? "0" : "") + parts[0] + "." + (parts[1].length() == 1 ? "0" : "") + parts[1] + "."
        + parts[2];
  }

  private static String lower(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static String shorten(String line) {
    return line.length() > 60 ? line.substring(0, 60) + "…" : line;
  }
}
