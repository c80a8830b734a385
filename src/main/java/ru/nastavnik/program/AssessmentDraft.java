package ru.nastavnik.program;

/** The curator's assessment of a finished program as the form sends it. */
public record AssessmentDraft(String assessment, Object rating, String finalEventKind, Object finalEventDate,
    String finalEventNote, Object goodPractice, Object rewardProposed, String rewardProposal) {}
