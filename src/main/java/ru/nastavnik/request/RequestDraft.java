package ru.nastavnik.request;

import java.util.List;

/**
 * A request as typed into the form: raw values, checked by {@link MentoringRequestService}.
 * {@code menteeLogin} is set only when a curator files on a teacher's behalf.
 */
public record RequestDraft(String menteeLogin, List<String> difficulties, String otherDifficulty, String subject,
    String desiredForm, String category) {

  public RequestDraft(String menteeLogin, List<String> difficulties, String otherDifficulty, String subject, String desiredForm) {
    this(menteeLogin, difficulties, otherDifficulty, subject, desiredForm, null);
  }
}
