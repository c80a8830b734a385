package ru.nastavnik.organization;

/** What an organization is: a municipal body or an educational organization (ОО). */
public enum OrganizationKind {
  DEPARTMENT("Орган управления образованием", false),
  METHODICAL_CENTER("Методический центр", false),
  SCHOOL("Общеобразовательная организация", true),
  KINDERGARTEN("Дошкольная образовательная организация", true),
  COLLEGE("Профессиональная образовательная организация", true),
  ADDITIONAL_EDUCATION("Организация дополнительного образования", true);

  private final String title;
  private final boolean educational;

  OrganizationKind(String title, boolean educational) {
    this.title = title;
    this.educational = educational;
  }

  public String title() { return title; }

  /** Educational organizations run mentoring themselves; municipal bodies coordinate it. */
  public boolean isEducational() { return educational; }
}
