package ru.nastavnik.operations;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.organization.GroupNames;

/**
 * The workload as Prometheus gauges: open and overdue tasks per organization, the job executor's
 * backlog and failures, open incidents, the mail outbox. Every figure comes from one aggregated
 * query ({@link #SQL}), run at most once per {@link #MAX_AGE} however many gauges a scrape reads,
 * so that a region of thousands of organizations costs one query per scrape, not one per organization.
 * A task belongs to the organization of its candidate group ({@code curators-<code>} …; a municipal
 * group, {@code coordinators-<code>}, gives the municipality's code) or, without one, to the
 * organization of its assignee.
 */
@Component
class WorkloadMetrics {

  /** How long one reading of the database serves the gauges. */
  static final Duration MAX_AGE = Duration.ofSeconds(30);

  private static final String[] PREFIXES = {GroupNames.DIRECTORS, GroupNames.CURATORS, GroupNames.MENTORS,
      GroupNames.MENTEES, GroupNames.COORDINATORS, GroupNames.MANAGERS};

  /** The owner's code of a candidate group: the group id without its role prefix. */
  private static final String OWNER = Stream.of(PREFIXES)
      .map(p -> "when l.GROUP_ID_ like '" + p + "%' then substr(l.GROUP_ID_, " + (p.length() + 1) + ")")
      .collect(Collectors.joining(" ", "case ", " end"));

  private static final String MANAGED_GROUP = Stream.of(PREFIXES).map(p -> "l.GROUP_ID_ like '" + p + "%'")
      .collect(Collectors.joining(" or ", "(", ")"));

  /** Rows (figure, organization, amount, overdue); the parameters: «now» twice, the letters' backlog statuses. */
  static final String SQL = """
      select 'tasks' as figure, x.org as organization, count(*) as amount,
             sum(case when x.due < ? then 1 else 0 end) as overdue
      from (select t.ID_ as task, %s as org, t.DUE_DATE_ as due
            from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
            where l.TYPE_ = 'candidate' and %s
            union
            select t.ID_, o.code, t.DUE_DATE_
            from ACT_RU_TASK t join person p on p.login = t.ASSIGNEE_ join organization o on o.id = p.organization_id
            where not exists (select 1 from ACT_RU_IDENTITYLINK c where c.TASK_ID_ = t.ID_ and c.TYPE_ = 'candidate')) x
      group by x.org
      union all
      select 'jobs_due', null, count(*), 0 from ACT_RU_JOB
      where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= ?)
      union all
      select 'jobs_retrying', null, count(*), 0 from ACT_RU_JOB where RETRIES_ > 0 and EXCEPTION_MSG_ is not null
      union all
      select 'jobs_failed', null, count(*), 0 from ACT_RU_JOB where RETRIES_ = 0
      union all
      select 'incidents', null, count(*), 0 from ACT_RU_INCIDENT
      union all
      select 'mail_' || status, null, count(*), 0 from notification where status in (?, ?) group by status
      """.formatted(OWNER, MANAGED_GROUP);

  /** One reading: the per-organization task counts and the engine-wide figures. */
  record Snapshot(long readAt, Map<String, long[]> tasks, Map<String, Long> figures) {

    long figure(String name) {
      return figures.getOrDefault(name, 0L);
    }

    long open(String organization) {
      long[] counts = tasks.get(organization);
      return counts == null ? 0 : counts[0];
    }

    long overdue(String organization) {
      long[] counts = tasks.get(organization);
      return counts == null ? 0 : counts[1];
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final MeterRegistry registry;
  private final Set<String> organizations = ConcurrentHashMap.newKeySet();
  private volatile Snapshot snapshot;

  WorkloadMetrics(JdbcTemplate jdbc, Clock clock, MeterRegistry registry) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.registry = registry;
    gauge("nastavnik.jobs.due", "Задания движка, срок которых наступил: очередь исполнителя заданий",
        s -> s.figure("jobs_due"));
    gauge("nastavnik.jobs.retrying", "Задания движка, упавшие хотя бы раз и ждущие повтора", s -> s.figure("jobs_retrying"));
    gauge("nastavnik.jobs.failed", "Задания движка без оставшихся попыток (каждое — инцидент)", s -> s.figure("jobs_failed"));
    gauge("nastavnik.incidents.open", "Открытые инциденты движка", s -> s.figure("incidents"));
    for (String status : new String[] {"QUEUED", "FAILED"}) {
      Gauge.builder("nastavnik.mail.outbox", this, m -> m.current().figure("mail_" + status))
          .description("Письма журнала notification, ещё не переданные почтовому серверу").tag("status", status)
          .strongReference(true).register(registry);
    }
  }

  private void gauge(String name, String description, ToDoubleFunction<Snapshot> value) {
    Gauge.builder(name, this, m -> value.applyAsDouble(m.current())).description(description)
        .strongReference(true).register(registry);
  }

  /** The last reading, read again when older than {@link #MAX_AGE}. */
  Snapshot current() {
    Snapshot last = snapshot;
    if (last != null && System.nanoTime() - last.readAt() < MAX_AGE.toNanos()) {
      return last;
    }
    synchronized (this) {
      last = snapshot;
      return last != null && System.nanoTime() - last.readAt() < MAX_AGE.toNanos() ? last : refresh();
    }
  }

  /**
   * Reads the database now. An organization seen for the first time gets its two gauges (they
   * appear from the next scrape on); one no longer seen keeps them, at zero.
   */
  synchronized Snapshot refresh() {
    Timestamp now = Timestamp.from(clock.instant());
    Map<String, long[]> tasks = new HashMap<>();
    Map<String, Long> figures = new HashMap<>();
    jdbc.query(SQL, rs -> {
      String figure = rs.getString("figure");
      if ("tasks".equals(figure)) {
        tasks.put(rs.getString("organization"), new long[] {rs.getLong("amount"), rs.getLong("overdue")});
      } else {
        figures.put(figure, rs.getLong("amount"));
      }
    }, now, now, ru.nastavnik.notification.Notification.QUEUED, ru.nastavnik.notification.Notification.FAILED);
    Snapshot read = new Snapshot(System.nanoTime(), Map.copyOf(tasks), Map.copyOf(figures));
    snapshot = read;
    for (String organization : tasks.keySet()) {
      if (organizations.add(organization)) {
        Gauge.builder("nastavnik.tasks.open", this, m -> m.current().open(organization))
            .description("Открытые задачи организации").tag("organization", organization)
            .strongReference(true).register(registry);
        Gauge.builder("nastavnik.tasks.overdue", this, m -> m.current().overdue(organization))
            .description("Просроченные задачи организации: срок прошёл, задача не выполнена").tag("organization", organization)
            .strongReference(true).register(registry);
      }
    }
    return read;
  }
}
