package ru.nastavnik.calendar;

import java.time.ZoneId;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Installs {@link WorkingDaysBusinessCalendar} as the engine's due-date calendar. Without a zone
 * lookup (process tests) every organization counts in {@link #DEFAULT_ZONE}.
 */
public class WorkingDaysPlugin extends AbstractProcessEnginePlugin {

  /** Khanty-Mansiysk, UTC+5: the demo municipality. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Yekaterinburg");

  private final Function<String, ZoneId> zoneOfOrganization;

  public WorkingDaysPlugin() {
    this(code -> DEFAULT_ZONE);
  }

  public WorkingDaysPlugin(Function<String, ZoneId> zoneOfOrganization) {
    this.zoneOfOrganization = code -> code == null ? DEFAULT_ZONE : zoneOfOrganization.apply(code);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    MapBusinessCalendarManager manager = new MapBusinessCalendarManager();
    manager.addBusinessCalendar(DurationBusinessCalendar.NAME, new DurationBusinessCalendar());
    manager.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    manager.addBusinessCalendar(DueDateBusinessCalendar.NAME,
        new WorkingDaysBusinessCalendar(WorkingDays.standard(), zoneOfOrganization));
    configuration.setBusinessCalendarManager(manager);
  }
}
