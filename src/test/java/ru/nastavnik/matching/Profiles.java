package ru.nastavnik.matching;

import java.util.Set;

/**
 * Test data builders: a mentor or a request of the "Ленинский район" municipality (id 10) that
 * passes every hard rule unless a test says otherwise.
 */
final class Profiles {

  static final long MUNICIPALITY = 10;
  static final long SCHOOL_5 = 101;
  static final long GYMNASIUM_1 = 102;

  private Profiles() {}

  static MentorBuilder mentor(long personId, String fullName) {
    return new MentorBuilder(personId, fullName);
  }

  static MenteeBuilder request(long requestId, long personId) {
    return new MenteeBuilder(requestId, personId);
  }

  static final class MentorBuilder {
    private final long personId;
    private final String fullName;
    private long organizationId = SCHOOL_5;
    private String organizationName = "МБОУ «СОШ № 5»";
    private long municipalityId = MUNICIPALITY;
    private Set<String> competencies = Set.of();
    private Set<String> subjects = Set.of();
    private int experienceYears = 15;
    private int capacity = 2;
    private int currentLoad;
    private boolean approved = true;
    private boolean personalDataConsent = true;
    private boolean mentoringConsent = true;
    private boolean trainingCompleted = true;
    private Set<String> forms = Set.of("TRADITIONAL");

    private MentorBuilder(long personId, String fullName) {
      this.personId = personId;
      this.fullName = fullName;
    }

    MentorBuilder competencies(String... codes) {
      competencies = Set.of(codes);
      return this;
    }

    MentorBuilder subjects(String... names) {
      subjects = Set.of(names);
      return this;
    }

    MentorBuilder experience(int years) {
      experienceYears = years;
      return this;
    }

    MentorBuilder load(int load, int places) {
      currentLoad = load;
      capacity = places;
      return this;
    }

    MentorBuilder gymnasium() {
      organizationId = GYMNASIUM_1;
      organizationName = "МАОУ «Гимназия № 1»";
      return this;
    }

    MentorBuilder municipality(long id) {
      municipalityId = id;
      return this;
    }

    MentorBuilder notApproved() {
      approved = false;
      return this;
    }

    MentorBuilder withoutPersonalDataConsent() {
      personalDataConsent = false;
      return this;
    }

    MentorBuilder withoutMentoringConsent() {
      mentoringConsent = false;
      return this;
    }

    MentorBuilder untrained() {
      trainingCompleted = false;
      return this;
    }

    MentorBuilder forms(String... codes) {
      forms = Set.of(codes);
      return this;
    }

    MentorProfile build() {
      return new MentorProfile(personId, fullName, organizationId, organizationName, municipalityId,
          competencies, subjects, experienceYears, capacity, currentLoad, approved, personalDataConsent,
          mentoringConsent, trainingCompleted, forms);
    }
  }

  static final class MenteeBuilder {
    private final long requestId;
    private final long personId;
    private long organizationId = SCHOOL_5;
    private long municipalityId = MUNICIPALITY;
    private Set<String> difficulties = Set.of();
    private String subject;
    private Integer experienceYears = 1;
    private String desiredForm = "TRADITIONAL";

    private MenteeBuilder(long requestId, long personId) {
      this.requestId = requestId;
      this.personId = personId;
    }

    MenteeBuilder difficulties(String... codes) {
      difficulties = Set.of(codes);
      return this;
    }

    MenteeBuilder subject(String name) {
      subject = name;
      return this;
    }

    MenteeBuilder experience(Integer years) {
      experienceYears = years;
      return this;
    }

    MenteeBuilder form(String code) {
      desiredForm = code;
      return this;
    }

    MenteeBuilder gymnasium() {
      organizationId = GYMNASIUM_1;
      return this;
    }

    MenteeProfile build() {
      return new MenteeProfile(requestId, personId, organizationId, municipalityId, difficulties, subject,
          experienceYears, desiredForm);
    }
  }
}
