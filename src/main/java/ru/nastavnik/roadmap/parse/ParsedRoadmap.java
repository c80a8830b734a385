package ru.nastavnik.roadmap.parse;

import java.util.List;

/**
 * A roadmap read from a user's document: its title, numbered sections, items (мероприятия) and
 * everything the reader could not settle on its own ({@code warnings}, each naming its source row).
 * The lists are never {@code null}.
 */
public record ParsedRoadmap(String title, List<ParsedSection> sections, List<ParsedItem> items,
    List<ParseWarning> warnings) {

  public ParsedRoadmap {
    sections = List.copyOf(sections);
    items = List.copyOf(items);
    warnings = List.copyOf(warnings);
  }
}
