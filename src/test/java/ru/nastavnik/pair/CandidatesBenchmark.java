package ru.nastavnik.pair;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.benchmark.ApplicationBenchmark;
import ru.nastavnik.benchmark.BenchmarkResults;
import ru.nastavnik.benchmark.Figure;
import ru.nastavnik.benchmark.Samples;

/**
 * Benchmark, not a test ({@code ./mvnw -Pbenchmark verify}): a curator asks for the candidates of a
 * request, {@code GET /api/matching/requests/{id}/candidates}, in a municipality whose bank holds
 * 10,000 mentors (47 schools, 2–6 competencies, 1–2 subjects, 1–3 forms, both consents for 95 %).
 * Records {@code candidates_p95_ms}.
 */
class CandidatesBenchmark extends ApplicationBenchmark {

  static final int MENTORS = 10_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void candidatesOfARequestInABankOfTenThousandMentors() throws Exception {
    long request = seed();
    String path = "/api/matching/requests/" + request + "/candidates";

    JsonNode first = JSON.readTree(get("curator1", path, "application/json"));
    System.out.printf("Кандидатов в ответе: %d, ответ %d КБ%n", first.size(),
        get("curator1", path, "application/json").length() / 1024);
    assertThat(first.size()).as("кандидаты — весь банк, кроме не давших согласий").isGreaterThan(MENTORS * 8 / 10);

    Samples samples = Samples.measure(20, 200, () -> get("curator1", path, "application/json"));
    System.out.println("GET " + path + ": " + samples);

    BenchmarkResults.record("кандидаты в наставники", List.of(Figure.lower("candidates_p95_ms",
        "GET /api/matching/requests/{id}/candidates, банк 10 000 наставников (p95 из " + samples.count() + ")",
        samples.p95(), "ms", 50)));
  }

  /** 10,000 approved mentors in the demo municipality and one accepted request of school № 1; returns its id. */
  private long seed() {
    jdbc.update("""
        insert into organization (municipality_id, kind, code, name, short_name, created_at)
        select m.id, 'SCHOOL', 'bench-sch' || g, 'МБОУ «Школа № ' || (100 + g) || '»', 'Школа № ' || (100 + g), now()
        from municipality m, generate_series(1, 44) g where m.code = 'khm'""");
    jdbc.update("""
        with schools as (
          select array_agg(o.id order by o.id) ids from organization o join municipality m on m.id = o.municipality_id
          where m.code = 'khm' and o.kind = 'SCHOOL'),
        people as (
          insert into person (organization_id, full_name, experience_years, category, minor, created_at, updated_at)
          select (select ids[1 + g % array_length(ids, 1)] from schools), 'Наставник Бенчмарка № ' || g,
                 3 + (g * 7) % 33, 'EXPERIENCED', false, now(), now()
          from generate_series(1, ?) g
          returning id, organization_id)
        insert into mentor_profile (person_id, organization_id, capacity, status, training_status, submitted_by, submitted_at)
        select id, organization_id, 1 + id % 3, 'APPROVED', case when id % 10 < 7 then 'COMPLETED' else 'NOT_STARTED' end,
               'benchmark', now()
        from people""", MENTORS);
    jdbc.update("""
        insert into mentor_competency (mentor_profile_id, competency_code)
        select mp.id, c.code from mentor_profile mp join person p on p.id = mp.person_id, competency c
        where p.full_name like 'Наставник Бенчмарка%' and ((mp.id * 31 + c.sort_order * 17) % 7 < 2 or c.sort_order = 10 + 10 * (mp.id % 14))""");
    jdbc.update("""
        insert into mentor_form (mentor_profile_id, form)
        select mp.id, f.form from mentor_profile mp join person p on p.id = mp.person_id,
               unnest(array['TRADITIONAL', 'GROUP', 'VIRTUAL']) with ordinality f(form, k)
        where p.full_name like 'Наставник Бенчмарка%' and (k = 1 + mp.id % 3 or (mp.id + k) % 4 = 0)""");
    jdbc.update("""
        insert into person_subject (person_id, subject)
        select distinct p.id, s.subject from person p,
               unnest(array['Математика', 'Русский язык', 'Литература', 'Английский язык', 'История', 'Обществознание',
                 'Физика', 'Химия', 'Биология', 'География', 'Информатика', 'Начальные классы', 'Физическая культура',
                 'Музыка', 'Изобразительное искусство']) with ordinality s(subject, k)
        where p.full_name like 'Наставник Бенчмарка%' and (k = 1 + p.id % 15 or k = 1 + (p.id * 7) % 15 and p.id % 2 = 0)""");
    jdbc.update("""
        insert into consent (person_id, kind, given_by, given_by_relation, given_at)
        select p.id, k.kind, p.full_name, 'SELF', now() - interval '30 days'
        from person p, unnest(array['PERSONAL_DATA', 'MENTORING_DUTIES']) k(kind)
        where p.full_name like 'Наставник Бенчмарка%' and p.id % 20 <> 0""");
    Long request = jdbc.queryForObject("""
        insert into mentoring_request (mentee_id, organization_id, subject, desired_form, status, late, filed_by, filed_at,
                                       review_overdue, decided_by, decided_at)
        select p.id, p.organization_id, 'Математика', 'GROUP', 'ACCEPTED', false, 'mentee1a', now(), false, 'curator1', now()
        from person p where p.login = 'mentee1a'
        returning id""", Long.class);
    jdbc.update("insert into mentoring_request_difficulty (request_id, competency_code) values (?, 'ASSESSMENT'), (?, 'DIGITAL_TOOLS')",
        request, request);
    jdbc.execute("analyze");
    return request;
  }
}
