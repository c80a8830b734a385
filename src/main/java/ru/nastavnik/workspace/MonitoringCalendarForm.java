package ru.nastavnik.workspace;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.nastavnik.monitoring.MonitoringStage;

/**
 * The monitoring calendar as a coordinator edits it: a day of the year («15.12») and a time
 * («18:00») per stage instead of a cron expression. Reads a stored cron back into a day and a time
 * when it is one (a stage comes once a year), and turns the entered day and time into the cron the
 * schedule stores.
 */
final class MonitoringCalendarForm {

  private static final Pattern YEARLY = Pattern.compile("0 (\\d{1,2}) (\\d{1,2}) (\\d{1,2}) (\\d{1,2}) [*?]");
  private static final Pattern DAY = Pattern.compile("\\s*(\\d{1,2})\\.(\\d{1,2})\\.?\\s*");
  private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*");

  /** One stage's row: what was entered (or is stored), kept as text so that a refused input comes back as typed. */
  record Entry(String day, String time, String cron) {}

  private final Map<MonitoringStage, Entry> entries;

  private MonitoringCalendarForm(Map<MonitoringStage, Entry> entries) {
    this.entries = entries;
  }

  /** The stored calendar: a yearly cron as its day and time; any other cron is shown as it is. */
  static MonitoringCalendarForm of(Map<MonitoringStage, String> crons) {
    Map<MonitoringStage, Entry> entries = new EnumMap<>(MonitoringStage.class);
    crons.forEach((stage, cron) -> {
      Matcher m = YEARLY.matcher(cron.trim());
      entries.put(stage, m.matches()
          ? new Entry(String.format("%02d.%02d", Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
              String.format("%02d:%02d", Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), cron)
          : new Entry("", "", cron));
    });
    return new MonitoringCalendarForm(entries);
  }

  /** What the coordinator sent: fields {@code day_<STAGE>} and {@code time_<STAGE>}. */
  static MonitoringCalendarForm entered(Map<String, String> fields, Map<MonitoringStage, String> stored) {
    Map<MonitoringStage, Entry> entries = new EnumMap<>(MonitoringStage.class);
    for (MonitoringStage stage : MonitoringStage.values()) {
      entries.put(stage, new Entry(trim(fields.get("day_" + stage.name())), trim(fields.get("time_" + stage.name())),
          stored.get(stage)));
    }
    return new MonitoringCalendarForm(entries);
  }

  public Map<MonitoringStage, Entry> getEntries() {
    return entries;
  }

  /**
   * The cron of each stage whose day or time differs from the stored one; a field that cannot be
   * read goes to {@code errors} (keyed by the field's name) with a Russian message, and its stage
   * changes nothing.
   */
  Map<MonitoringStage, String> changes(Map<String, String> errors) {
    Map<MonitoringStage, String> changes = new EnumMap<>(MonitoringStage.class);
    entries.forEach((stage, entry) -> {
      if (entry.day().isEmpty() && entry.time().isEmpty() && !YEARLY.matcher(entry.cron().trim()).matches()) {
        return; // an expression not of the «once a year» kind, left as it is
      }
      Optional<MonthDay> day = day(entry.day(), stage, errors);
      Optional<LocalTime> time = time(entry.time(), stage, errors);
      if (day.isPresent() && time.isPresent()) {
        String cron = "0 " + time.get().getMinute() + " " + time.get().getHour() + " " + day.get().getDayOfMonth() + " "
            + day.get().getMonthValue() + " *";
        if (!same(cron, entry.cron())) {
          changes.put(stage, cron);
        }
      }
    });
    return changes;
  }

  private static Optional<MonthDay> day(String text, MonitoringStage stage, Map<String, String> errors) {
    Matcher m = DAY.matcher(text);
    if (!m.matches()) {
      errors.put("day_" + stage.name(), text.isEmpty()
          ? "Укажите день и месяц этапа «" + stage.title() + "», например 15.12"
          : "«" + text + "» — не день и месяц; напишите их как 15.12");
      return Optional.empty();
    }
    try {
      return Optional.of(MonthDay.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
    } catch (DateTimeException e) {
      errors.put("day_" + stage.name(), "Дня «" + text + "» нет в календаре");
      return Optional.empty();
    }
  }

  private static Optional<LocalTime> time(String text, MonitoringStage stage, Map<String, String> errors) {
    Matcher m = TIME.matcher(text);
    try {
      if (m.matches()) {
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
    } catch (DateTimeException e) {
      // falls through to the message below
    }
    errors.put("time_" + stage.name(), text.isEmpty()
        ? "Укажите время этапа «" + stage.title() + "», например 18:00"
        : "«" + text + "» — не время; напишите часы и минуты как 18:00");
    return Optional.empty();
  }

  private static boolean same(String cron, String stored) {
    return stored != null && stored.trim().replaceAll("\\s+", " ").replace("?", "*").equals(cron);
  }

  private static String trim(String value) {
    return value == null ? "" : value.trim();
  }

  /** The changes in the form the schedule service takes: stage name → cron. */
  static Map<String, String> byName(Map<MonitoringStage, String> changes) {
    Map<String, String> result = new LinkedHashMap<>();
    changes.forEach((stage, cron) -> result.put(stage.name(), cron));
    return result;
  }
}
