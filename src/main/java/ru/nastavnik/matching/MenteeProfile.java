package ru.nastavnik.matching;

import java.util.Set;

/**
 * An open request (запрос) of the bank of mentees: who asks, where, with which professional
 * difficulties and in which form they would like to be mentored.
 *
 * @param requestId the request
 * @param personId the mentee
 * @param organizationId the mentee's organization
 * @param municipalityId the municipality of that organization
 * @param difficulties difficulty codes, the same vocabulary as mentors' competencies
 * @param subject the subject the mentee teaches, free Russian text, may be {@code null}
 * @param experienceYears the mentee's teaching experience, {@code null} when not stated
 * @param desiredForm the desired form code, may be {@code null}
 */
public record MenteeProfile(
    long requestId,
    long personId,
    long organizationId,
    long municipalityId,
    Set<String> difficulties,
    String subject,
    Integer experienceYears,
    String desiredForm) {

  public MenteeProfile {
    if (experienceYears != null && experienceYears < 0) {
      throw new IllegalArgumentException("Стаж наставляемого не может быть отрицательным: " + experienceYears);
    }
    difficulties = Codes.codes(difficulties);
    subject = subject == null || subject.isBlank() ? null : subject.trim();
    desiredForm = Codes.code(desiredForm);
  }
}
