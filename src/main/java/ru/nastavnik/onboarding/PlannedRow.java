package ru.nastavnik.onboarding;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonData;

/**
 * A row of a staff list read and checked, before it is stored: its organization, the person it
 * matches (if any), the data it would store and what would become of it, or its errors.
 */
final class PlannedRow {
  final int row;
  final List<String> errors = new ArrayList<>();
  Organization organization;
  Person existing;
  PersonData data;
  String fullName;
  String email;
  StaffImport.Status status;
  Long personId;

  PlannedRow(int row) {
    this.row = row;
  }
}
