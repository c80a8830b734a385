package ru.nastavnik.pair;

import ru.nastavnik.system.BusinessRuleException;

/**
 * The curator's choice in the choice form: a mentor of the ranked list (the entry id of the bank),
 * or {@link #NONE} — no candidate suits, the mentee gets psychological-pedagogical support meanwhile.
 *
 * @param mentorProfileId the chosen mentor; {@code null} for none
 */
public record MentorChoice(Long mentorProfileId) {

  /** The form's value for «no suitable mentor». */
  public static final String NONE = "NONE";

  /** No mentor: support meanwhile. */
  public static MentorChoice none() {
    return new MentorChoice(null);
  }

  /** The choice submitted by the form; anything but a mentor's id or {@link #NONE} is an error of the field. */
  public static MentorChoice parse(String value) {
    String field = PairFormationProcess.MENTOR_PROFILE_ID.name();
    if (value == null || value.isBlank()) {
      throw new BusinessRuleException(field, "Выберите наставника из списка или отметьте, что подходящего нет");
    }
    if (NONE.equals(value.trim())) {
      return none();
    }
    try {
      return new MentorChoice(Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      throw new BusinessRuleException(field, "Выберите наставника из списка");
    }
  }

  /** Whether the curator found no suitable mentor. */
  public boolean isNone() {
    return mentorProfileId == null;
  }

  /** The value as the form has it. */
  public String value() {
    return isNone() ? NONE : String.valueOf(mentorProfileId);
  }
}
