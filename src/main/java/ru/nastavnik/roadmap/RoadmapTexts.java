package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import ru.nastavnik.roadmap.parse.ResponsibleBody;
import ru.nastavnik.system.FormDates;

/** Russian wording shared by the roadmap forms, task names and e-mails. */
final class RoadmapTexts {

  private static final String[] QUARTERS = {"I", "II", "III", "IV"};

  private RoadmapTexts() {}

  /** 15.12.2026 (the application's one format, {@link FormDates}). */
  static String date(LocalDate date) {
    return FormDates.ru(date);
  }

  static String dates(Collection<LocalDate> dates, int max) {
    if (dates.isEmpty()) {
      return "—";
    }
    String shown = dates.stream().limit(max).map(RoadmapTexts::date).collect(Collectors.joining(", "));
    return dates.size() > max ? shown + " … (всего " + dates.size() + ")" : shown;
  }

  /** «IV квартал 2026» for the quarter the date falls in. */
  static String quarter(LocalDate date) {
    return QUARTERS[(date.getMonthValue() - 1) / 3] + " квартал " + date.getYear();
  }

  /** The text cut to {@code max} characters (task names and e-mail subjects have limits). */
  static String shorten(String text, int max) {
    if (text == null) {
      return "";
    }
    String oneLine = text.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)).trim() + "…";
  }

  static String body(ResponsibleBody body) {
    return switch (body) {
      case DEPARTMENT -> "Орган управления образованием";
      case METHODICAL_CENTER -> "Методический центр (ЦРО)";
      case ORGANIZATIONS -> "Образовательные организации";
    };
  }

  static String bodies(Set<ResponsibleBody> bodies) {
    return bodies.isEmpty() ? "не определён" : bodies.stream().map(RoadmapTexts::body).collect(Collectors.joining(", "));
  }
}
