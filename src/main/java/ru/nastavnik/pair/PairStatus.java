package ru.nastavnik.pair;

import java.util.EnumSet;
import java.util.Set;

/** The life of a pair from the curator's proposal to its end. */
public enum PairStatus {
  PROPOSED("Предложена куратором"),
  MENTOR_CONFIRMED("Наставник согласен"),
  CONFIRMED("Обе стороны согласны"),
  ACTIVE("Закреплена приказом"),
  DECLINED("Не сложилась"),
  COMPLETED("Завершена"),
  ENDED_EARLY("Завершена досрочно");

  /** A request served by a pair in one of these no longer waits for a mentor (forming, working or completed). */
  public static final Set<PairStatus> SERVING = EnumSet.of(PROPOSED, MENTOR_CONFIRMED, CONFIRMED, ACTIVE, COMPLETED);

  /** A young specialist «with a mentor»: her pair is fixed by order or has completed its program. */
  public static final Set<PairStatus> WITH_MENTOR = EnumSet.of(ACTIVE, COMPLETED);

  /**
   * Pairs that still run — forming or fixed by order, not yet ended: they take a place of the
   * mentor's capacity, and they are what ends when a participant's personal data is erased.
   */
  public static final Set<PairStatus> OCCUPYING = EnumSet.of(PROPOSED, MENTOR_CONFIRMED, CONFIRMED, ACTIVE);

  /** Pairs being formed: proposed by the curator, not yet fixed by an order (nor declined). */
  public static final Set<PairStatus> FORMING = EnumSet.of(PROPOSED, MENTOR_CONFIRMED, CONFIRMED);

  private final String title;

  PairStatus(String title) {
    this.title = title;
  }

  public String title() { return title; }
}
