package ru.nastavnik.onboarding;

/** What a column of a staff list holds. */
enum StaffField {
  FULL_NAME("fullName"),
  LAST_NAME("lastName"),
  FIRST_NAME("firstName"),
  MIDDLE_NAME("middleName"),
  POSITION("position"),
  ROLES("roles"),
  EMAIL("email"),
  PHONE("phone"),
  SUBJECTS("subjects"),
  EXPERIENCE("experienceYears"),
  BIRTH_DATE("birthDate"),
  ORGANIZATION("organization"),
  LOGIN("login");

  private final String key;

  StaffField(String key) {
    this.key = key;
  }

  /** The field's name in the API's answer. */
  String key() {
    return key;
  }
}
