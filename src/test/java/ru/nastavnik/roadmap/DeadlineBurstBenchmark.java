package ru.nastavnik.roadmap;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): a municipal roadmap of 40 items for
 * 500 schools — 20,000 occurrences, each running its {@code RoadmapItemProcess} with the same
 * deadline, so that their reminder and overdue timers (60,000 jobs) all fall due at once when the
 * engine clock passes the deadline. Measures how long the real job executor needs until every
 * occurrence has its escalation task «Принять меры по просроченному мероприятию», and counts the
 * escalations lost (no task) and duplicated (more than one task or letter for an occurrence).
 *
 * <p>Seeding: organizations, roadmap, items and occurrences as table rows (as the import writes
 * them, the occurrences already activated), then the processes started through the engine API
 * with the variables {@link ActivateOccurrencesDelegate} gives them, 25 per transaction, from
 * {@link #SEED_THREADS} threads at once (each its own transactions; {@code -Dburst.seedThreads=N}).
 */
class DeadlineBurstBenchmark extends ApplicationBenchmark {

  static final int ORGANIZATIONS = 500;
  static final int ITEMS = 40;
  static final int OCCURRENCES = ORGANIZATIONS * ITEMS;
  // Small transactions: the JPA context of the listeners grows with every start in one transaction.
  private static final int BATCH = 25;
  // Seeding only: the starts wait on the database as much as on the CPU, so more threads than cores help.
  static final int SEED_THREADS = Integer.getInteger("burst.seedThreads", 6);
  private static final Duration PATIENCE = Duration.ofMinutes(15);

  @Autowired RuntimeService runtime;
  @Autowired TransactionTemplate transaction;
  @Autowired RoadmapDeadlines deadlines;
  @Autowired RoadmapOccurrenceRepository occurrences;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void twentyThousandDeadlinesPassInTheSameMinute() throws Exception {
    LocalDate due = LocalDate.now().plusDays(20);
    long roadmapId = seedRows(due);
    List<Long> ids = jdbc.queryForList("""
        select o.id from roadmap_occurrence o join roadmap_item i on i.id = o.item_id
        where i.roadmap_id = ? order by o.id""", Long.class, roadmapId);
    RoadmapExecutionService.Timeline timeline = transaction.execute(status ->
        deadlines.timeline(occurrences.detailed(ids.get(0)), Instant.now()));
    System.out.printf("Засев: %d организаций × %d мероприятий = %d сроков, срок %s (%s), напоминания %s и %s%n",
        ORGANIZATIONS, ITEMS, ids.size(), due, timeline.dueAt(), timeline.firstReminderAt(), timeline.lastReminderAt());

    long seedStart = System.nanoTime();
    startProcesses(roadmapId, ids, timeline);
    System.out.printf("Запущено %d процессов RoadmapItemProcess за %.1f с; таймеров: %d%n", ids.size(),
        (System.nanoTime() - seedStart) / 1e9, jdbc.queryForObject("""
            select count(*) from ACT_RU_JOB j join roadmap_occurrence o on o.process_instance_id = j.PROCESS_INSTANCE_ID_
            join roadmap_item i on i.id = o.item_id where i.roadmap_id = ?""", Long.class, roadmapId));

    // The clock jumps a minute past the deadline: every reminder and overdue timer is due now.
    ClockUtil.setCurrentTime(Date.from(timeline.dueAt().plusSeconds(60)));
    long start = System.nanoTime();
    long escalated = 0;
    double seconds = 0;
    long lastPrint = 0;
    while (true) {
      escalated = escalatedOccurrences(roadmapId);
      seconds = (System.nanoTime() - start) / 1e9;
      if (escalated >= OCCURRENCES || seconds > PATIENCE.toSeconds()) {
        break;
      }
      if (seconds - lastPrint >= 30) {
        lastPrint = (long) seconds;
        System.out.printf("  %.0f с: задач эскалации у %d сроков, заданий движка осталось %d, инцидентов %d%n", seconds, escalated,
            jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is not null", Long.class),
            jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class));
      }
      // The count itself costs 0.1–0.2 s of the database under the burst: every 2 s, every 0.25 s near the end.
      Thread.sleep(escalated >= OCCURRENCES * 95 / 100 ? 250 : 2000);
    }
    // Missing but still coming: its deadline timer has not run yet (the burst was cut at the patience limit).
    long pending = jdbc.queryForObject("""
        select count(*) from roadmap_occurrence o join roadmap_item i on i.id = o.item_id
        where i.roadmap_id = ? and exists (select 1 from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_
          where j.PROCESS_INSTANCE_ID_ = o.process_instance_id and d.ACT_ID_ = 'BoundaryEvent_DeadlinePassed' and j.RETRIES_ > 0)""",
        Long.class, roadmapId);
    long jobsLeft = jdbc.queryForObject("select count(*) from ACT_RU_JOB where DUEDATE_ is not null and RETRIES_ > 0"
        + " and DUEDATE_ <= ?", Long.class, new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
    long lost = OCCURRENCES - escalated - pending;
    long duplicated = jdbc.queryForObject("""
        select count(*) from (select o.id from roadmap_occurrence o join roadmap_item i on i.id = o.item_id
          left join ACT_RU_TASK t on t.PROC_INST_ID_ = o.process_instance_id and t.TASK_DEF_KEY_ = 'UserTask_ControlOverdue'
          where i.roadmap_id = ? group by o.id, o.escalations having count(t.ID_) > 1 or o.escalations > 1) d""",
        Long.class, roadmapId);
    long incidents = jdbc.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class);
    System.out.printf("Эскалации: %d из %d за %.1f с (%.1f заданий движка в секунду); ещё ждут своего таймера %d,"
        + " заданий к исполнению осталось %d; потеряно %d, задвоено %d, инцидентов движка %d%n", escalated, OCCURRENCES,
        seconds, (3.0 * OCCURRENCES - jobsLeft) / seconds, pending, jobsLeft, lost, duplicated, incidents);
    if (pending > 0) {
      System.out.printf("Не дождались за %d мин: deadline_burst_s — нижняя граница%n", PATIENCE.toMinutes());
    }
    BenchmarkResults.record("всплеск сроков дорожной карты", List.of(
        Figure.lower("deadline_burst_s", "20 000 сроков (40 мероприятий × 500 организаций) истекли в одну минуту: "
            + "секунд до задачи эскалации у каждого", seconds, "s", 120),
        Figure.lower("deadline_burst_lost", "эскалации, которых нет (срок без задачи «Принять меры»)", lost, "шт.", 0),
        Figure.lower("deadline_burst_duplicated", "эскалации, созданные дважды (две задачи или два письма на срок)",
            duplicated, "шт.", 0)));
  }

  private long escalatedOccurrences(long roadmapId) {
    return jdbc.queryForObject("""
        select count(distinct t.PROC_INST_ID_) from ACT_RU_TASK t
        join roadmap_occurrence o on o.process_instance_id = t.PROC_INST_ID_ join roadmap_item i on i.id = o.item_id
        where t.TASK_DEF_KEY_ = 'UserTask_ControlOverdue' and i.roadmap_id = ?""", Long.class, roadmapId);
  }

  /** 500 schools of the demo municipality, a municipal roadmap of 40 items, one open occurrence per item and school. */
  private long seedRows(LocalDate due) {
    jdbc.update("""
        insert into organization (municipality_id, kind, code, name, short_name, created_at)
        select m.id, 'SCHOOL', 'burst-' || g, 'МБОУ «Школа № ' || (1000 + g) || '»', 'Школа № ' || (1000 + g), now()
        from municipality m, generate_series(1, ?) g where m.code = 'khm'""", ORGANIZATIONS);
    Long roadmapId = jdbc.queryForObject("""
        insert into roadmap (municipality_id, organization_id, scope, title, period_start, period_end, lead_days, status,
          imported_by, imported_at)
        select m.id, o.id, 'MUNICIPALITY', 'Дорожная карта всплеска сроков', current_date - 30, current_date + 365, 14,
          'ACTIVE', 'demo', now()
        from municipality m join organization o on o.municipality_id = m.id and o.code = 'khm-do' where m.code = 'khm'
        returning id""", Long.class);
    jdbc.update("""
        insert into roadmap_item (roadmap_id, sort_order, number, section_number, title, deadline_text, deadline_kind,
          deadline_start, deadline_set_by_reviewer, responsible_text, responsible_bodies, responsible_set_by_reviewer,
          fan_out, expected_result, source_row)
        select ?, g, '1.' || g, '1', 'Мероприятие всплеска № ' || g, 'до ' || to_char(?::date, 'DD.MM.YYYY'), 'DATE',
          ?::date, false, 'Образовательные организации', 'ORGANIZATIONS', false, true, 'Отчёт', 10 + g
        from generate_series(1, ?) g""", roadmapId, due, due, ITEMS);
    jdbc.update("""
        insert into roadmap_occurrence (item_id, organization_id, kind, responsible_group, escalation_group, due_date,
          activate_at, status, activated_at, escalations, late)
        select i.id, o.id, 'DEADLINE', 'curators-' || o.code, 'directors-' || o.code, ?::date, now() - interval '1 day',
          'OPEN', now(), 0, false
        from roadmap_item i, organization o where i.roadmap_id = ? and o.code like 'burst-%'""", due, roadmapId);
    return roadmapId;
  }

  /** The occurrences' processes, as {@link ActivateOccurrencesDelegate} starts them; {@link #SEED_THREADS} threads, 25 per transaction. */
  private void startProcesses(long roadmapId, List<Long> ids, RoadmapExecutionService.Timeline timeline) throws Exception {
    Map<Long, String> codes = new java.util.HashMap<>();
    jdbc.query("""
        select oc.id, o.code from roadmap_occurrence oc join organization o on o.id = oc.organization_id
        join roadmap_item i on i.id = oc.item_id where i.roadmap_id = ?""",
        row -> {
          codes.put(row.getLong(1), row.getString(2));
        }, roadmapId);
    ExecutorService pool = Executors.newFixedThreadPool(SEED_THREADS);
    List<Future<?>> done = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger started = new java.util.concurrent.atomic.AtomicInteger();
    long seedStart = System.nanoTime();
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      done.add(pool.submit(() -> {
        transaction.executeWithoutResult(status -> {
          List<Object[]> attach = new ArrayList<>();
          for (Long id : batch) {
            String code = codes.get(id);
            VariableMap variables = Variables.createVariables();
            RoadmapItemProcess.OCCURRENCE_ID.put(variables, id);
            RoadmapItemProcess.ROADMAP_ID.put(variables, roadmapId);
            RoadmapItemProcess.ORGANIZATION_CODE.put(variables, code);
            RoadmapItemProcess.RESPONSIBLE_GROUP.put(variables, "curators-" + code);
            RoadmapItemProcess.ESCALATION_GROUP.put(variables, "directors-" + code);
            RoadmapItemProcess.DATE_KNOWN.put(variables, true);
            RoadmapItemTimeline.put(variables, timeline);
            String instance = runtime.startProcessInstanceByKey(RoadmapItemProcess.ID, String.valueOf(id), variables).getId();
            attach.add(new Object[] {instance, id});
          }
          jdbc.batchUpdate("update roadmap_occurrence set process_instance_id = ? where id = ?", attach);
        });
        int now = started.addAndGet(batch.size());
        if (now % 2000 < batch.size()) {
          double seconds = (System.nanoTime() - seedStart) / 1e9;
          System.out.printf("  засев: %d процессов за %.0f с (%.0f в секунду)%n", now, seconds, now / seconds);
        }
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    pool.shutdown();
  }
}
