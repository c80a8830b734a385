package ru.nastavnik.roadmap.parse;

/** What an indicator's target counts: «60 организаций», «9 человек», «5/7/10 практик», «100%». */
public enum IndicatorUnit {
  ORGANIZATIONS("организаций"),
  PEOPLE("человек"),
  PRACTICES("практик"),
  EVENTS("мероприятий"),
  PROGRAMS("программ"),
  PAIRS("пар"),
  PUBLICATIONS("публикаций"),
  DOCUMENTS("документов"),
  UNITS("единиц"),
  PERCENT("%"),
  /** The document does not say. */
  NOT_STATED("");

  private final String label;

  IndicatorUnit(String label) {
    this.label = label;
  }

  /** The unit in Russian as it follows a number («60 организаций», «100 %»); empty for {@link #NOT_STATED}. */
  public String label() {
    return label;
  }
}
