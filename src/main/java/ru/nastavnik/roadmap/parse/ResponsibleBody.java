package ru.nastavnik.roadmap.parse;

/** The bodies a responsible executor cell may name. */
public enum ResponsibleBody {
  /** The municipal authority: департамент / управление / отдел / комитет образования. */
  DEPARTMENT,
  /** ЦРО, центр развития образования, методический центр или кабинет, муниципальный координатор. */
  METHODICAL_CENTER,
  /**
   * Educational organizations: in a municipal roadmap every organization of the municipality
   * ({@link Responsible#fanOut()} is {@code true}); in a single school's roadmap that school's own
   * staff (директор, куратор, наставники ...), with {@code fanOut} {@code false}.
   */
  ORGANIZATIONS
}
