package ru.nastavnik.roadmap.parse;

import java.util.List;

/**
 * A roadmap read from a user's document: its title, numbered sections, items (мероприятия) and
 * everything the reader could not settle on its own ({@code warnings}, each naming its source row).
 * {@code approvals} are the approval and signatory blocks above the table («УТВЕРЖДЕНА приказом …»,
 * «УТВЕРЖДАЮ …», «Приложение № 1 к приказу …»), which are not part of the title; {@code owner} is
 * the organization or municipality the document names as its own, {@code null} when it names none.
 * The lists are never {@code null}.
 */
public record ParsedRoadmap(String title, List<ParsedSection> sections, List<ParsedItem> items,
    List<ParseWarning> warnings, List<Approval> approvals, Owner owner) {

  public ParsedRoadmap {
    sections = List.copyOf(sections);
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
    approvals = List.copyOf(approvals);
  }
}
