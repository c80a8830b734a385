package ru.nastavnik.program;

import ru.nastavnik.system.BusinessRuleException;

/** The final event where the pair presents its results (seed 003 §6). */
public enum FinalEventKind {
  ROUND_TABLE("Круглый стол"),
  OPEN_EVENT("Открытое мероприятие"),
  OTHER("Другое");

  private final String title;

  FinalEventKind(String title) {
    this.title = title;
  }

  public String title() { return title; }

  /** The kind submitted by the assessment form; anything else is an error of the field «Итоговое мероприятие». */
  public static FinalEventKind parse(String value) {
    for (FinalEventKind kind : values()) {
      if (kind.name().equals(value == null ? null : value.trim())) {
        return kind;
      }
    }
    throw new BusinessRuleException(MentoringProgramProcess.FINAL_EVENT_KIND.name(),
        "Выберите итоговое мероприятие: круглый стол, открытое мероприятие или другое");
  }
}
