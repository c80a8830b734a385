package ru.nastavnik.person;

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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import ru.nastavnik.organization.Organization;

/** A participant: teacher, pupil, curator, director or municipal specialist. */
@Entity
@Table(name = "person")
public class Person {

  /** What a login looks like: lowercase Latin letters, digits, dot, dash, underscore; 3 to 64 characters. */
  public static final String LOGIN_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "organization_id")
  private Organization organization;

  @Column(name = "full_name", nullable = false, length = 300)
  private String fullName;

  @Column(length = 300)
  private String position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_subject", joinColumns = @JoinColumn(name = "person_id"))
  @Column(name = "subject", nullable = false, length = 200)
  private Set<String> subjects = new LinkedHashSet<>();

  @Column(name = "experience_years")
  private Integer experienceYears;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 40)
  private PersonCategory category;

  @Column(length = 254)
  private String email;

  @Column(nullable = false)
  private boolean minor;

  /** Normalized by {@link PhoneNumbers}: +79123456789. */
  @Column(length = 40)
  private String phone;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(length = 64)
  private String login;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "role", nullable = false, length = 40)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "anonymized_at")
  private Instant anonymizedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Person() {}

  public Person(Organization organization, String fullName, PersonCategory category, Instant createdAt) {
    this.organization = organization;
    this.fullName = fullName;
    this.category = category;
    this.createdAt = createdAt;
    this.updatedAt = createdAt;
  }

  public Long getId() { return id; }
  public Organization getOrganization() { return organization; }
  public void setOrganization(Organization organization) { this.organization = organization; }
  public String getFullName() { return fullName; }
  public void setFullName(String fullName) { this.fullName = fullName; }
  public String getPosition() { return position; }
  public void setPosition(String position) { this.position = position; }
  public Set<String> getSubjects() { return subjects; }
  public void setSubjects(Set<String> subjects) { this.subjects = new LinkedHashSet<>(subjects); }
  public Integer getExperienceYears() { return experienceYears; }
  public void setExperienceYears(Integer experienceYears) { this.experienceYears = experienceYears; }
  public PersonCategory getCategory() { return category; }
  public void setCategory(PersonCategory category) { this.category = category; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public boolean isMinor() { return minor; }
  public void setMinor(boolean minor) { this.minor = minor; }
  public String getPhone() { return phone; }
  public void setPhone(String phone) { this.phone = phone; }
  public LocalDate getBirthDate() { return birthDate; }
  public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
  public String getLogin() { return login; }
  public void setLogin(String login) { this.login = login; }
  public Set<Role> getRoles() { return roles; }
  public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  public void touch(Instant when) { this.updatedAt = when; }
  public Instant getAnonymizedAt() { return anonymizedAt; }
  public boolean isAnonymized() { return anonymizedAt != null; }

  /** How an anonymized person is named everywhere: by number only. */
  public static String anonymousName(Long id) {
    return "Участник № " + id + " (данные обезличены)";
  }

  /**
   * Erases what identifies the person — name, position, subjects, e-mail, phone, birth date, login and roles — and
   * keeps what statistics count: organization, category, experience, whether a minor.
   */
  public void anonymize(Instant when) {
    this.fullName = anonymousName(id);
    this.position = null;
    this.subjects = new LinkedHashSet<>();
    this.email = null;
    this.phone = null;
    this.birthDate = null;
    this.login = null;
    this.roles = EnumSet.noneOf(Role.class);
    this.anonymizedAt = when;
    this.updatedAt = when;
  }

  /** «Иванова Мария Петровна» → last name «Иванова», first names «Мария Петровна». */
  public String lastName() {
    int space = fullName.indexOf(' ');
    return space < 0 ? fullName : fullName.substring(0, space);
  }

  public String firstNames() {
    int space = fullName.indexOf(' ');
    return space < 0 ? "" : fullName.substring(space + 1).trim();
  }
}
