package ru.nastavnik.mentor;

import java.util.List;
import ru.nastavnik.system.ProcessConvention;
import ru.nastavnik.system.Variable;

/**
 * The contract of {@code MentorEnrollmentProcess}: its id, activities and typed variables. Only ids
 * and routing flags stay in the process; the form fields are read by the delegates, then removed.
 */
public final class MentorEnrollmentProcess {

  public static final String ID = "MentorEnrollmentProcess";

  public static final String START_QUESTIONNAIRE_FILED = "StartEvent_QuestionnaireFiled";
  public static final String SERVICE_REGISTER_QUESTIONNAIRE = "ServiceTask_RegisterQuestionnaire";
  public static final String TASK_REVIEW = "UserTask_ReviewQuestionnaire";
  public static final String BOUNDARY_REVIEW_OVERDUE = "BoundaryEvent_QuestionnaireReviewOverdue";
  public static final String SERVICE_REMIND_DIRECTOR = "ServiceTask_RemindDirectorOfQuestionnaire";
  public static final String SERVICE_APPLY_DECISION = "ServiceTask_ApplyQuestionnaireDecision";
  public static final String GATEWAY_APPROVED = "Gateway_QuestionnaireApproved";
  public static final String END_DIRECTOR_REMINDED = "EndEvent_QuestionnaireDirectorReminded";
  public static final String END_MENTOR_IN_BANK = "EndEvent_MentorInBank";
  public static final String END_DECLINED = "EndEvent_QuestionnaireDeclined";

  public static final Variable<String> INITIATOR = ProcessConvention.INITIATOR;
  public static final Variable<String> ORGANIZATION_CODE = ProcessConvention.ORGANIZATION_CODE;
  public static final Variable<Long> MENTOR_PROFILE_ID = Variable.id("mentorProfileId");
  /** The curator's decision, a {@link QuestionnaireDecision} name: the gateway routes on it. */
  public static final Variable<String> DECISION = Variable.text("decision");

  /** Fields of the questionnaire and review forms: read by the delegates, then removed. */
  public static final Variable<String> MENTOR_LOGIN = Variable.text("mentorLogin");
  public static final Variable<Object> COMPETENCIES = Variable.raw("competencies");
  public static final Variable<Object> FORMS = Variable.raw("forms");
  public static final Variable<Object> CAPACITY = Variable.raw("capacity");
  public static final Variable<String> ABOUT = Variable.text("about");
  public static final Variable<Boolean> CONSENT_PERSONAL_DATA = Variable.flag("consentPersonalData");
  public static final Variable<Boolean> CONSENT_MENTORING_DUTIES = Variable.flag("consentMentoringDuties");
  public static final Variable<String> CURATOR_COMMENT = Variable.text("curatorComment");
  public static final Variable<String> TRAINING_STATUS = Variable.text("trainingStatus");
  public static final List<String> FORM_FIELDS = List.of(MENTOR_LOGIN.name(), COMPETENCIES.name(), FORMS.name(),
      CAPACITY.name(), ABOUT.name(), CONSENT_PERSONAL_DATA.name(), CONSENT_MENTORING_DUTIES.name(),
      CURATOR_COMMENT.name(), TRAINING_STATUS.name());

  /** Task-local, for display in the review form. */
  public static final Variable<String> QUESTIONNAIRE_SUMMARY = Variable.text("questionnaireSummary");

  private MentorEnrollmentProcess() {}
}
