package ru.nastavnik.matching;

import java.util.Set;

/**
 * A mentor from the bank of mentors (банк наставников), as the questionnaire and the consents
 * describe them. Competency and form codes are stored in canonical form (trimmed, upper case);
 * subjects are kept as typed.
 *
 * @param personId the person who mentors
 * @param fullName full name, for display
 * @param organizationId the organization the mentor works in
 * @param organizationName its name, for display
 * @param municipalityId the municipality of that organization
 * @param competencies competency codes, the same vocabulary as mentees' difficulties
 * @param subjects subjects taught, free Russian text
 * @param experienceYears teaching experience in years
 * @param capacity how many mentees the mentor agreed to take
 * @param currentLoad how many mentees the mentor already has
 * @param approved whether the curator approved the mentor for the bank
 * @param personalDataConsent whether a valid consent to personal-data processing (152-ФЗ) exists
 * @param mentoringConsent whether a valid written consent to the mentor's extra duties exists
 * @param trainingCompleted whether the mentor completed the mentors' training
 * @param forms form codes the mentor offers ("TRADITIONAL", "GROUP", "VIRTUAL", …)
 */
public record MentorProfile(
    long personId,
    String fullName,
    long organizationId,
    String organizationName,
    long municipalityId,
    Set<String> competencies,
    Set<String> subjects,
    int experienceYears,
    int capacity,
    int currentLoad,
    boolean approved,
    boolean personalDataConsent,
    boolean mentoringConsent,
    boolean trainingCompleted,
    Set<String> forms) {

  public MentorProfile {
    if (experienceYears < 0) {
      throw new IllegalArgumentException("Стаж наставника не может быть отрицательным: " + experienceYears);
    }
    if (capacity < 0 || currentLoad < 0) {
      throw new IllegalArgumentException(
          "Число мест и нагрузка наставника не могут быть отрицательными: " + currentLoad + " из " + capacity);
    }
    competencies = Codes.codes(competencies);
    subjects = Codes.texts(subjects);
    forms = Codes.codes(forms);
  }

  /** Places still free; negative never, zero when the mentor is full or over-committed. */
  public int freeCapacity() {
    return Math.max(0, capacity - currentLoad);
  }
}
