package ru.nastavnik.consent;

/** What a person agreed to. */
public enum ConsentKind {
  /** Согласие на обработку персональных данных (152-ФЗ): without it no data enters a bank. */
  PERSONAL_DATA("Согласие на обработку персональных данных"),
  /** Согласие на выполнение обязанностей наставника/наставляемого (ст. 351.8 ТК РФ, 381-ФЗ). */
  MENTORING_DUTIES("Согласие на участие в наставничестве");

  private final String title;

  ConsentKind(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
