package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import ru.nastavnik.dashboard.DashboardService;
import ru.nastavnik.monitoring.MonitoringQueries;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.BankAssignmentService;
import ru.nastavnik.practice.PracticeService;
import ru.nastavnik.registry.RegistryService;

/**
 * The quick start of the README runs on H2, the integration tests on PostgreSQL: this boots the
 * demo profile on an in-memory H2 (its own engine, no job executor, no web layer) and runs every
 * hand-written SQL aggregate once, so a query only PostgreSQL understands fails here and not in
 * a curator's first demo. Surefire runs it in a JVM of its own (execution {@code h2-quick-start}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:quick-start;DB_CLOSE_DELAY=-1",
    // Runs in a JVM of its own (pom.xml, execution h2-quick-start); the webapps are not what it checks.
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
    "camunda.bpm.process-engine-name=h2-quick-start",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@DirtiesContext
class H2QuickStartIT {

  private static final CurrentUser ADMIN = new CurrentUser("demo", Set.of(CurrentUser.ADMIN_GROUP));

  @Autowired JdbcTemplate jdbc;
  @Autowired DashboardService dashboard;
  @Autowired MonitoringQueries monitoring;
  @Autowired PracticeService practices;
  @Autowired RegistryService registries;
  @Autowired BankAssignmentService bankAssignment;
  @Autowired OrganizationService organizations;
  @Autowired io.micrometer.core.instrument.MeterRegistry meters;
  @Autowired @org.springframework.beans.factory.annotation.Qualifier("mailOutboxHealthIndicator")
  org.springframework.boot.actuate.health.HealthIndicator mailOutbox;
  @Autowired @org.springframework.beans.factory.annotation.Qualifier("jobExecutorHealthIndicator")
  org.springframework.boot.actuate.health.HealthIndicator jobExecutor;

  @Test
  void theDemoRunsEveryAggregateOnH2() {
    Long khm = jdbc.queryForObject("select id from municipality where code = 'khm'", Long.class);
    Long school = jdbc.queryForObject("select id from organization where code = 'khm-sch1'", Long.class);
    int year = jdbc.queryForObject("select max(indicator_year) from roadmap_item_indicator", Integer.class);

    CurrentUser.runAs(ADMIN, () -> {
      assertThat(dashboard.dashboard(ADMIN, khm, null, null).coverage()).hasSize(3);
      assertThat(dashboard.dashboard(ADMIN, khm, school, year).coverage()).hasSize(1);
      var figures = monitoring.figures(ADMIN, khm, null, null, Instant.now());
      assertThat(figures.total().mentorsInBank()).isPositive();
      assertThat(monitoring.campaigns(ADMIN, khm)).as("the demo's monitoring year is opened at startup").hasSize(1);
      assertThat(practices.list(ADMIN, khm, null, null)).isNotNull();
      // The bank of mentors is read with plain SQL too (MatchingProfiles).
      assertThat(bankAssignment.suggest(ADMIN, organizations.municipality(khm), null).pairs()).isNotNull();
      java.util.List<java.io.ByteArrayOutputStream> files = new java.util.ArrayList<>();
      RegistryService.Sink sink = name -> {
        files.add(new java.io.ByteArrayOutputStream());
        return files.get(files.size() - 1);
      };
      registries.mentors(ADMIN, null, khm, sink);
      registries.mentees(ADMIN, null, khm, sink);
      registries.participants(ADMIN, null, khm, sink);
      registries.programs(ADMIN, null, khm, sink);
      registries.practices(ADMIN, null, khm, null, sink);
      assertThat(files).hasSize(5).allSatisfy(file -> assertThat(file.size()).isPositive());
      assertThat(dashboard.roadmapYear(khm, year, java.time.LocalDate.now()).sections()).isNotEmpty();
      Long report = jdbc.queryForObject("select min(r.id) from monitoring_report r", Long.class);
      if (report != null) {
        assertThat(monitoring.documentContent(ADMIN, report, Instant.now()).total()).isNotNull();
      }
      return null;
    });
    // the workload gauges' one query (a gauge whose query fails reads NaN) and the health of the mail outbox
    assertThat(meters.get("nastavnik.jobs.due").gauge().value()).isNotNaN().isGreaterThanOrEqualTo(0);
    assertThat(meters.get("nastavnik.mail.outbox").tag("status", "FAILED").gauge().value()).isNotNaN();
    assertThat(mailOutbox.health().getStatus().getCode()).isIn("UP", "WARNING");
    // this node runs without a job executor by configuration: that is not a failure
    assertThat(jobExecutor.health().getStatus().getCode()).isEqualTo("UP");
  }
}
