package ru.nastavnik.person;

import java.util.Set;

/** What a caller says about a person when creating or updating them (already syntax-checked). */
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
    Set<Role> roles) {}
