package ru.nastavnik.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.system.BusinessRuleException;

/** The meeting plan of a program as the mentor types it, read and checked without the engine. */
class MeetingScheduleTest {

  private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
  private static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
  private static final LocalDate LAST_DAY = TODAY.plusMonths(3);

  private static ProgramDraft draft(String working, String finalDate) {
    return new ProgramDraft("цели", "задачи", "результаты", 3, "2026-10-06", "13.10.2026", "2026-10-20T00:00:00", working,
        finalDate);
  }

  private static List<MeetingSchedule.Planned> plan(String working, String finalDate) {
    return MeetingSchedule.of(draft(working, finalDate), TODAY, LAST_DAY, 3, ZONE);
  }

  @Test
  void theFixedMeetingsFrameTheWorkingOnesInTheirOrder() {
    List<MeetingSchedule.Planned> plan = plan("27.10.2026 Анализ урока\n\n  3.11.2026 — Оценивание  \n10.11.2026: Родители", "2026-12-20");

    assertThat(plan).extracting(MeetingSchedule.Planned::kind).containsExactly(MeetingKind.ACQUAINTANCE, MeetingKind.TRIAL,
        MeetingKind.PLANNING, MeetingKind.WORKING, MeetingKind.WORKING, MeetingKind.WORKING, MeetingKind.FINAL);
    assertThat(plan.get(4).date()).isEqualTo(LocalDate.of(2026, 11, 3));
    assertThat(plan.get(4).topic()).isEqualTo("Оценивание");
    assertThat(plan.get(5).where()).isEqualTo("Рабочая встреча в строке 4");
    assertThat(plan.get(6).topic()).isEqualTo("Итоговая встреча");
  }

  @Test
  void aLineWithoutADateIsNamedByItsNumber() {
    assertThatThrownBy(() -> plan("27.10.2026 Анализ урока\nОценивание", "2026-12-20"))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("Рабочие встречи, строка 2 «Оценивание»: начните строку с даты ДД.ММ.ГГГГ")
        .extracting(e -> ((BusinessRuleException) e).getField()).isEqualTo("workingMeetings");
  }

  @Test
  void anImpossibleDateOrAMissingTopicIsRefused() {
    assertThatThrownBy(() -> plan("30.02.2027 Итоги", "2026-12-20")).hasMessage("Рабочие встречи, строка 1: даты 30.02.2027 не существует");
    assertThatThrownBy(() -> plan("27.10.2026", "2026-12-20")).hasMessageContaining("строка 1: после даты напишите тему");
    assertThatThrownBy(() -> plan(" \n ", "2026-12-20")).hasMessageStartingWith("Запланируйте хотя бы одну рабочую встречу");
  }

  @Test
  void datesGoInOrderAreNotInThePastAndEndWithinTheDuration() {
    assertThatThrownBy(() -> plan("15.10.2026 Анализ урока", "2026-12-20"))
        .hasMessageStartingWith("Рабочая встреча в строке 1: дата 15.10.2026 раньше предыдущей встречи (встреча-планирование, 20.10.2026)");
    assertThatThrownBy(() -> MeetingSchedule.of(draft("27.10.2026 Анализ", "2026-12-20"), LocalDate.of(2026, 10, 7), LAST_DAY, 3, ZONE))
        .hasMessageStartingWith("Встреча-знакомство: дата 06.10.2026 уже прошла");
    assertThatThrownBy(() -> plan("27.10.2026 Анализ урока", "2027-01-06"))
        .hasMessage("Итоговая встреча 06.01.2027 выходит за срок программы (3 мес., до 05.01.2027); перенесите её или увеличьте срок");
  }

  @Test
  void aMissingDateNamesTheMeeting() {
    ProgramDraft draft = new ProgramDraft("ц", "з", "р", 3, null, "13.10.2026", "2026-10-20", "27.10.2026 Анализ", "2026-12-20");

    assertThatThrownBy(() -> MeetingSchedule.of(draft, TODAY, LAST_DAY, 3, ZONE)).hasMessage("Укажите дату встречи-знакомства");
  }
}
