package ru.nastavnik.program;

/**
 * A meeting as the mentor records it (read by {@link ProgramForms}): held on a date as the form
 * sends it, with its notes; or cancelled, with a reason.
 */
public record MeetingReport(MeetingOutcome outcome, Object heldOn, String notes, String cancelReason) {}
