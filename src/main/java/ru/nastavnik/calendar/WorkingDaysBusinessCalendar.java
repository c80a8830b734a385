package ru.nastavnik.calendar;

import java.time.ZoneId;
import java.util.Date;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.task.Task;
import ru.nastavnik.system.EngineClock;

/**
 * The engine's «dueDate» business calendar, extended by working days of the Russian production
 * calendar. Camunda reads user task due dates and timer dates ({@code timeDate}) through it, so
 * BPMN writes {@code camunda:dueDate="5WD@${organizationCode}"} or
 * {@code <timeDate>10WD@${organizationCode}</timeDate>}: five (ten) working days, counted in the
 * time zone of the organization's municipality; or {@code 7D@${organizationCode}}: the end of the
 * seventh calendar day, moved to the next working day when that day is not one (a weekly
 * escalation). Anything else (ISO dates, durations) is handled by Camunda's own calendar.
 */
public class WorkingDaysBusinessCalendar implements BusinessCalendar {

  static final Pattern WORKING_DAYS = Pattern.compile("^\\s*(\\d{1,3})\\s*(WD|D)(?:@(\\S+))?\\s*$");

  private final WorkingDays workingDays;
  private final Function<String, ZoneId> zoneOfOrganization;
  private final DueDateBusinessCalendar standard = new DueDateBusinessCalendar();

  public WorkingDaysBusinessCalendar(WorkingDays workingDays, Function<String, ZoneId> zoneOfOrganization) {
    this.workingDays = workingDays;
    this.zoneOfOrganization = zoneOfOrganization;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Matcher matcher = WORKING_DAYS.matcher(description);
    if (!matcher.matches()) {
      return startDate == null ? standard.resolveDuedate(description) : standard.resolveDuedate(description, startDate);
    }
    int days = Integer.parseInt(matcher.group(1));
    ZoneId zone = zoneOfOrganization.apply(matcher.group(3));
    Date start = startDate != null ? startDate : java.util.Date.from(EngineClock.now());
    return Date.from("WD".equals(matcher.group(2)) ? workingDays.after(start.toInstant(), days, zone)
        : workingDays.calendarDaysAfter(start.toInstant(), days, zone));
  }
}
