package ru.nastavnik.workspace;

import java.util.List;

/**
 * Who looks at the workspace and what they may open: the schools they run (curator, director),
 * the municipalities they watch (coordinator, department), and their own mentoring as mentor or
 * mentee. Plain values, read once per request.
 */
public record Viewer(String login, String name, boolean admin, Long personId, List<School> schools,
    List<Place> municipalities, boolean mentor, boolean mentee, boolean coordinator) {

  /** A school the viewer runs; {@code curator} may change its people, pairs and consents. */
  public record School(Long id, String name, Long municipalityId, boolean curator, boolean director) {}

  public record Place(Long id, String name) {}

  public boolean runsSchools() { return !schools.isEmpty(); }

  public boolean watchesMunicipalities() { return !municipalities.isEmpty(); }

  public boolean hasOwnMentoring() { return mentor || mentee; }

  /** Only the curator ends a pair early (the service's rule); the page offers it to no one else. */
  public boolean curates(Long schoolId) {
    return schools.stream().anyMatch(s -> s.id().equals(schoolId) && s.curator());
  }

  public boolean runs(Long schoolId) {
    return schools.stream().anyMatch(s -> s.id().equals(schoolId));
  }
}
