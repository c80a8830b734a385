package ru.nastavnik.program;

/**
 * The curator's assessment of a finished program, its texts and rating checked by {@link ProgramForms};
 * the date of the final event as the form sends it, read in the program's time zone.
 */
public record AssessmentDraft(String assessment, int rating, FinalEventKind finalEventKind, Object finalEventDate,
    String finalEventNote, boolean goodPractice, boolean rewardProposed, String rewardProposal) {}
