package ru.nastavnik.consent;

/** Who signed a consent: the person, or for a minor a parent or legal representative. */
public enum ConsentGiver {
  SELF("Сам участник"),
  PARENT("Родитель"),
  LEGAL_REPRESENTATIVE("Законный представитель");

  private final String title;

  ConsentGiver(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
