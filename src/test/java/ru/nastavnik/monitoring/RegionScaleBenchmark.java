package ru.nastavnik.monitoring;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;
import ru.nastavnik.benchmark.Samples;
import ru.nastavnik.reporting.ReportingSumsKeeper;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): a region on one municipality —
 * 500 schools, 150,000 pairs over the years with their programs, 450,000 meetings and 900,000
 * feedback rows, 156,000 requests. Records the p95 of the municipal monitoring figures and of the
 * dashboard ({@code monitoring_150k_s}, the larger), and the time and the extra heap of the mentees'
 * registry of the municipality streamed as XLSX ({@code registry_150k_s}, {@code registry_150k_heap_mb}).
 */
class RegionScaleBenchmark extends ApplicationBenchmark {

  static final int SCHOOLS = 500;
  static final int PAIRS = 150_000;
  static final int EXTRA_REQUESTS = 6_000;

  @Autowired
  ReportingSumsKeeper sums;

  @Test
  void aRegionWithOneHundredFiftyThousandPairs() throws Exception {
    long seedStart = System.nanoTime();
    long municipality = seed();
    System.out.printf("Данные региона засеяны за %.0f с%n", (System.nanoTime() - seedStart) / 1e9);

    String figures = "/api/monitoring/figures?municipalityId=" + municipality;
    String dashboard = "/api/dashboard?municipalityId=" + municipality;
    Samples figuresSamples = Samples.measure(3, 20, () -> get("coordinator", figures, "application/json"));
    Samples dashboardSamples = Samples.measure(3, 20, () -> get("manager", dashboard, "application/json"));
    System.out.println("GET " + figures + ": " + figuresSamples);
    System.out.println("GET " + dashboard + ": " + dashboardSamples);

    String registry = "/api/registries/mentees.xlsx?municipalityId=" + municipality;
    download(registry);
    System.gc();
    long baseline = heapUsed();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    long bytes = download(registry);
    double seconds = (System.nanoTime() - start) / 1e9;
    // The sum of the pools' peaks counts garbage a 3 GB heap has no reason to collect yet; printed for comparison.
    double peakMb = Math.max(0, heapPeak() - baseline) / (1024.0 * 1024.0);
    // What the registry needs: the heap still in use after a collection, sampled every 100 ms of another download.
    double extraMb = Math.max(0, liveHeapPeakDuring(() -> download(registry)) - baseline) / (1024.0 * 1024.0);
    System.out.printf("Реестр наставляемых: %d КБ за %.1f с; живая куча сверх исходной — до %.0f МБ"
        + " (сумма пиков областей кучи вместе с мусором — %.0f МБ)%n", bytes / 1024, seconds, extraMb, peakMb);

    BenchmarkResults.record("регион: 150 000 пар", List.of(
        Figure.lower("monitoring_150k_s", "p95 показателей мониторинга и панели муниципалитета, 150 000 пар (большее)",
            Math.max(figuresSamples.p95(), dashboardSamples.p95()) / 1000.0, "s", 0.5),
        Figure.lower("registry_150k_s", "реестр наставляемых муниципалитета (XLSX, ~156 000 строк)", seconds, "s", 15),
        Figure.lower("registry_150k_heap_mb", "живая куча сверх исходной на реестр наставляемых (~156 000 строк; после сборки, раз в 100 мс)", extraMb, "MB", 256)));
  }

  private long download(String path) throws Exception {
    String credentials = Base64.getEncoder().encodeToString(("coordinator:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Basic " + credentials).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " → " + response.statusCode());
    }
    long bytes = 0;
    try (java.io.InputStream in = response.body()) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
      }
    }
    return bytes;
  }

  /** The largest heap in use right after a full collection, forced every 100 ms while {@code work} runs. */
  private static long liveHeapPeakDuring(Callable<?> work) throws Exception {
    AtomicLong peak = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler = new Thread(() -> {
      while (running.get()) {
        System.gc();
        peak.accumulateAndGet(heapUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.start();
    try {
      work.call();
    } finally {
      running.set(false);
      sampler.join();
    }
    return peak.get();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private static long heapPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The demo municipality grows to a region; returns its id. */
  private long seed() {
    long municipality = jdbc.queryForObject("select id from municipality where code = 'khm'", Long.class);
    jdbc.update("""
        insert into organization (municipality_id, kind, code, name, short_name, created_at)
        select ?, 'SCHOOL', 'region-sch' || g, 'МБОУ «Школа № ' || (1000 + g) || '»', 'Школа № ' || (1000 + g), now()
        from generate_series(1, ?) g""", municipality, SCHOOLS);
    // One mentor per school, a young specialist per pair.
    jdbc.update("""
        insert into person (organization_id, full_name, experience_years, category, minor, created_at, updated_at)
        select o.id, 'Наставник региона ' || o.code, 20, 'EXPERIENCED', false, now(), now()
        from organization o where o.code like 'region-sch%'""");
    jdbc.update("""
        insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
        select p.id, p.organization_id, 3, 'APPROVED', 'COMPLETED', 'benchmark', now()
        from person p where p.full_name like 'Наставник региона %'""");
    jdbc.update("""
        insert into person (organization_id, full_name, experience_years, category, minor, created_at, updated_at)
        select (select min(id) from organization where code like 'region-sch%') + g % ?, 'Молодой педагог региона ' || g,
               g % 4, case when g % 4 < 3 then 'YOUNG_SPECIALIST' else 'EXPERIENCED' end, false, now(), now()
        from generate_series(1, ?) g""", SCHOOLS, PAIRS + EXTRA_REQUESTS);
    jdbc.update("""
        insert into mentoring_request (mentee_id, organization_id, subject, desired_form, status, late, filed_by, filed_at,
                                       review_overdue, decided_by, decided_at, category)
        select p.id, p.organization_id, 'Математика', 'TRADITIONAL', 'ACCEPTED', false, 'benchmark',
               now() - ((p.id % 1800) || ' days')::interval, false, 'benchmark', now() - ((p.id % 1800) || ' days')::interval,
               'YOUNG_SPECIALIST'
        from person p where p.full_name like 'Молодой педагог региона %'""");
    jdbc.update("""
        insert into mentoring_request_difficulty (request_id, competency_code)
        select r.id, c.code from mentoring_request r join person p on p.id = r.mentee_id, competency c
        where p.full_name like 'Молодой педагог региона %' and (r.id + c.sort_order) % 5 = 0""");
    jdbc.update("""
        insert into mentoring_pair (request_id, mentor_profile_id, organization_id, status, score, explanation, proposed_by,
                                    proposed_at, activated_at, ended_at)
        select r.id, mp.id, r.organization_id,
               case when r.id % 10 < 6 then 'COMPLETED' when r.id % 10 < 8 then 'ACTIVE' else 'ENDED_EARLY' end,
               70, 'регион', 'benchmark', r.filed_at + interval '5 days', r.filed_at + interval '10 days',
               case when r.id % 10 < 6 or r.id % 10 >= 8 then r.filed_at + interval '200 days' end
        from mentoring_request r join person p on p.id = r.mentee_id
        join mentor_profile mp on mp.organization_id = r.organization_id
        where p.full_name like 'Молодой педагог региона %' and r.id % 26 <> 0""");
    jdbc.update("""
        insert into mentoring_program (pair_id, organization_id, status, starts_on, good_practice, reward_status, created_at,
                                       approved_at, final_survey_at)
        select mp.id, mp.organization_id, case mp.status when 'ACTIVE' then 'APPROVED' else mp.status end,
               cast(mp.activated_at as date), false, 'NOT_PROPOSED', mp.activated_at, mp.activated_at, mp.ended_at
        from mentoring_pair mp where mp.explanation = 'регион'""");
    jdbc.update("""
        insert into program_meeting (program_id, seq, kind, topic, planned_on, status, held_at)
        select pr.id, s, 'WORKING', 'Встреча ' || s, pr.starts_on + s * 30,
               case when pr.starts_on + s * 30 < current_date then 'HELD' else 'PLANNED' end,
               case when pr.starts_on + s * 30 < current_date then cast(pr.starts_on + s * 30 as timestamp) + interval '14 hours' end
        from mentoring_program pr join mentoring_pair mp on mp.id = pr.pair_id, generate_series(1, 3) s
        where mp.explanation = 'регион'""");
    jdbc.update("""
        insert into meeting_feedback (meeting_id, author, due_at, rating, submitted_by, submitted_at, late, missed)
        select m.id, a.author, cast(m.planned_on + 3 as timestamp),
               case when m.status = 'HELD' and (m.id + a.k) % 5 <> 0 then 5 + (m.id + a.k) % 6 end,
               case when m.status = 'HELD' and (m.id + a.k) % 5 <> 0 then 'benchmark' end,
               case when m.status = 'HELD' and (m.id + a.k) % 5 <> 0 then cast(m.planned_on + 1 as timestamp) end,
               false, false
        from program_meeting m join mentoring_program pr on pr.id = m.program_id join mentoring_pair mp on mp.id = pr.pair_id,
             unnest(array['MENTOR', 'MENTEE']) with ordinality a(author, k)
        where mp.explanation = 'регион'""");
    // The rows above went past the application: its kept-up sums are rebuilt as migration V27 builds them.
    long sumsStart = System.nanoTime();
    sums.rebuild();
    System.out.printf("Суммы для показателей пересчитаны за %.1f с%n", (System.nanoTime() - sumsStart) / 1e9);
    // Two million rows went in within a minute; over the years of a real region autovacuum keeps the
    // statistics and the visibility map (index-only scans) current — done here at once, not left to chance.
    jdbc.execute("vacuum analyze");
    Integer pairs = jdbc.queryForObject("select count(*) from mentoring_pair where explanation = 'регион'", Integer.class);
    Integer feedback = jdbc.queryForObject("select count(*) from meeting_feedback", Integer.class);
    System.out.printf("Пар: %d, отзывов: %d%n", pairs, feedback);
    return municipality;
  }
}
