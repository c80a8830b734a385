package ru.nastavnik.mentor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.MentoringForm;

/** A mentor's questionnaire (анкета) and, once approved, their entry in the bank of mentors. */
@Entity
@Table(name = "mentor_profile")
public class MentorProfile {

  /** How many mentees a mentor takes unless they say otherwise. */
  public static final int DEFAULT_CAPACITY = 2;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(nullable = false)
  private int capacity;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mentor_competency", joinColumns = @JoinColumn(name = "mentor_profile_id"))
  @Column(name = "competency_code", nullable = false, length = 40)
  private Set<String> competencies = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mentor_form", joinColumns = @JoinColumn(name = "mentor_profile_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "form", nullable = false, length = 40)
  private Set<MentoringForm> forms = new LinkedHashSet<>();

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private MentorStatus status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "training_status", nullable = false, length = 40)
  private TrainingStatus trainingStatus;

  @Column(length = 2000)
  private String about;

  @Column(name = "curator_comment", length = 2000)
  private String curatorComment;

  @Column(name = "submitted_by", nullable = false, length = 64)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  protected MentorProfile() {}

  MentorProfile(Person person, String submittedBy, Instant submittedAt) {
    this.person = person;
    this.organization = person.getOrganization();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.status = MentorStatus.SUBMITTED;
    this.trainingStatus = TrainingStatus.NOT_STARTED;
  }

  void setQuestionnaire(Set<String> competencies, Set<MentoringForm> forms, int capacity, String about) {
    this.competencies = new LinkedHashSet<>(competencies);
    this.forms = new LinkedHashSet<>(forms);
    this.capacity = capacity;
    this.about = about;
  }

  void resubmit(String by, Instant at) {
    this.status = MentorStatus.SUBMITTED;
    this.submittedBy = by;
    this.submittedAt = at;
    this.curatorComment = null;
  }

  /** Only a questionnaire under review can be decided on. */
  void requireUnderReview() {
    if (status != MentorStatus.SUBMITTED) {
      throw new BusinessRuleException("Анкета № " + id + " уже рассмотрена");
    }
  }

  void decide(MentorStatus status, String comment, String by, Instant at) {
    this.status = status;
    this.curatorComment = comment;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  void setTrainingStatus(TrainingStatus trainingStatus) { this.trainingStatus = trainingStatus; }
  void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }

  public Long getId() { return id; }
  public Person getPerson() { return person; }
  public Organization getOrganization() { return organization; }
  public int getCapacity() { return capacity; }
  public Set<String> getCompetencies() { return competencies; }
  public Set<MentoringForm> getForms() { return forms; }
  public MentorStatus getStatus() { return status; }
  public TrainingStatus getTrainingStatus() { return trainingStatus; }
  public String getAbout() { return about; }
  public String getCuratorComment() { return curatorComment; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
