package ru.nastavnik.program;

/**
 * What the mentor submits as the program: the texts and the duration in months (checked by
 * {@link ProgramForms}) and the meeting plan as the form sends it (dates as form values, the
 * working meetings one per line «ДД.ММ.ГГГГ тема»), which {@link MeetingSchedule} reads in the
 * program's time zone.
 */
public record ProgramDraft(String goals, String tasks, String plannedResults, int durationMonths,
    Object acquaintanceDate, Object trialDate, Object planningDate, String workingMeetings, Object finalDate) {}
