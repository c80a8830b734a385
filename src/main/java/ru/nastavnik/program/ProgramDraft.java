package ru.nastavnik.program;

/**
 * What the mentor submits as the program: texts, the duration in months and the meeting plan as
 * the form sends it (dates as form values, the working meetings one per line «ДД.ММ.ГГГГ тема»).
 */
public record ProgramDraft(String goals, String tasks, String plannedResults, Object durationMonths,
    Object acquaintanceDate, Object trialDate, Object planningDate, String workingMeetings, Object finalDate) {}
