package ru.nastavnik.mentor;

import java.util.List;

/** Variable names of {@code MentorEnrollmentProcess}. Only ids and routing flags stay in the process. */
public final class MentorEnrollmentProcessVariables {

  public static final String PROCESS_ID = "MentorEnrollmentProcess";

  public static final String INITIATOR = "initiator";
  public static final String MENTOR_PROFILE_ID = "mentorProfileId";
  public static final String ORGANIZATION_CODE = "organizationCode";
  public static final String DECISION = "decision";

  /** Fields of the questionnaire and review forms: read by the delegates, then removed. */
  public static final String MENTOR_LOGIN = "mentorLogin";
  public static final String COMPETENCIES = "competencies";
  public static final String FORMS = "forms";
  public static final String CAPACITY = "capacity";
  public static final String ABOUT = "about";
  public static final String CONSENT_PERSONAL_DATA = "consentPersonalData";
  public static final String CONSENT_MENTORING_DUTIES = "consentMentoringDuties";
  public static final String CURATOR_COMMENT = "curatorComment";
  public static final String TRAINING_STATUS = "trainingStatus";
  public static final List<String> FORM_FIELDS = List.of(MENTOR_LOGIN, COMPETENCIES, FORMS, CAPACITY, ABOUT,
      CONSENT_PERSONAL_DATA, CONSENT_MENTORING_DUTIES, CURATOR_COMMENT, TRAINING_STATUS);

  /** Task-local, for display in the review form. */
  public static final String QUESTIONNAIRE_SUMMARY = "questionnaireSummary";

  private MentorEnrollmentProcessVariables() {}
}
