package ru.nastavnik.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.ConflictException;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * How long imports and reports take, as Micrometer timers ({@code nastavnik_import_duration_seconds},
 * {@code nastavnik_report_duration_seconds}) tagged by the kind of work, the organization and the
 * outcome. Services wrap their work in {@link #record}; nothing here knows the process engine.
 * Tags carry organization codes only, never a person.
 */
@Component
public class Durations {

  /** The organization tag of work that spans several organizations (a file with a column «Организация»). */
  public static final String SEVERAL = "several";
  /** The organization tag when it could not be told (the work failed before it was known). */
  static final String UNKNOWN = "unknown";

  /** The two timers: imports of files and reports (documents) built for download. */
  public enum Operation {
    IMPORT("nastavnik.import.duration", "Длительность импорта файла"),
    REPORT("nastavnik.report.duration", "Длительность формирования отчёта или реестра");

    final String metric;
    final String description;

    Operation(String metric, String description) {
      this.metric = metric;
      this.description = description;
    }
  }

  /** The buckets of the timers: the staff import's goal is 30 s for 5,000 people (docs/benchmarks.md). */
  private static final Duration[] SLOS = {Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30),
      Duration.ofMinutes(2)};

  private final MeterRegistry registry;

  Durations(MeterRegistry registry) {
    this.registry = registry;
  }

  /**
   * Runs {@code work} and records how long it took, with outcome {@code success} or, when it throws,
   * {@code refused} or {@code failure} (the exception goes on unchanged).
   *
   * @param kind what was done, e.g. {@code staff}, {@code roadmap}, {@code registry}, {@code monitoring-docx}
   * @param organization the code of the organization the work was for, asked once the work is over
   */
  public <T> T record(Operation operation, String kind, Supplier<String> organization, Supplier<T> work) {
    Timer.Sample sample = Timer.start(registry);
    T result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      sample.stop(timer(operation, kind, organizationOf(organization), outcome(e)));
      throw e;
    }
    sample.stop(timer(operation, kind, organizationOf(organization), "success"));
    return result;
  }

  /** {@link #record} of work that returns nothing. */
  public void run(Operation operation, String kind, Supplier<String> organization, Runnable work) {
    record(operation, kind, organization, () -> {
      work.run();
      return null;
    });
  }

  private Timer timer(Operation operation, String kind, String organization, String outcome) {
    return Timer.builder(operation.metric).description(operation.description)
        .tag("kind", kind).tag("organization", organization).tag("outcome", outcome)
        // a few buckets, not a full histogram: one series set per organization must stay small
        .serviceLevelObjectives(SLOS)
        .register(registry);
  }

  /** {@code refused}: the application said no (rights, rules, not found); {@code failure}: anything else went wrong. */
  private static String outcome(Throwable e) {
    return e instanceof BusinessRuleException || e instanceof ForbiddenException || e instanceof NotFoundException
        || e instanceof ConflictException ? "refused" : "failure";
  }

  /** The organization's code; a lookup that fails (after a failed work) must not hide the work's own exception. */
  private static String organizationOf(Supplier<String> organization) {
    try {
      String code = organization.get();
      return code == null || code.isBlank() ? UNKNOWN : code;
    } catch (RuntimeException e) {
      return UNKNOWN;
    }
  }
}
