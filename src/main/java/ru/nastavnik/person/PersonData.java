package ru.nastavnik.person;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a caller says about a person when creating or updating them (already syntax-checked).
 *
 * @param phone normalized by {@link PhoneNumbers}, or null
 * @param birthDate checked by {@link PersonService}: 1900 to today; under 18 makes the person a minor
 */
public record PersonData(
    Long organizationId,
    String fullName,
    String position,
    Set<String> subjects,
    Integer experienceYears,
    PersonCategory category,
    String email,
    boolean minor,
    String login,
    Set<Role> roles,
    String phone,
    LocalDate birthDate) {

  /** Without phone and birth date. */
  public PersonData(Long organizationId, String fullName, String position, Set<String> subjects, Integer experienceYears,
      PersonCategory category, String email, boolean minor, String login, Set<Role> roles) {
    this(organizationId, fullName, position, subjects, experienceYears, category, email, minor, login, roles, null, null);
  }
}
