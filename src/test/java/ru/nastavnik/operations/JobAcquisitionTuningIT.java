package ru.nastavnik.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.benchmark.SqlCapture;

/**
 * The job executor's acquisition query, exactly as the engine sends it, is planned on the indexes of
 * {@link JobAcquisitionTuning} — both when few of many timers are due (the usual day) and when all of
 * them are (a burst of deadlines) — instead of reading {@code ACT_RU_JOB} whole, twice.
 */
class JobAcquisitionTuningIT extends IntegrationTestSupport {

  // Timers of a far year: the running job executor never takes them.
  private static final String SEEDED = "nst-plan-";
  private static final int TIMERS = 30_000;

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void thirtyThousandTimersOfAFarYear() {
    jdbc.update("""
        insert into ACT_RU_JOB (ID_, REV_, TYPE_, EXCLUSIVE_, RETRIES_, DUEDATE_, HANDLER_TYPE_, SUSPENSION_STATE_, PRIORITY_,
                                PROCESS_INSTANCE_ID_)
        select ? || g, 1, 'timer', true, 3, timestamp '2100-01-01' + g * interval '1 minute', 'timer-transition', 1,
               case when g % 3 = 0 then 10 else 0 end, ? || 'pi-' || (g / 3)
        from generate_series(1, ?) g""", SEEDED, SEEDED, TIMERS);
    jdbc.execute("analyze ACT_RU_JOB");
  }

  @AfterEach
  void removeTheTimers() {
    jdbc.update("delete from ACT_RU_JOB where ID_ like ?", SEEDED + "%");
  }

  @Test
  void theIndexesExistAndAreValid() {
    assertThat(validIndexes()).containsExactlyInAnyOrder(
        JobAcquisitionTuning.ACQUISITION_INDEX, JobAcquisitionTuning.DUE_INDEX, JobAcquisitionTuning.LOCKED_INDEX);
  }

  @Test
  void anIndexLeftInvalidByAnInterruptedBuildIsBuiltAgainAtTheNextStart() throws Exception {
    // What a node killed in the middle of «create index concurrently» leaves behind.
    jdbc.update("update pg_index set indisvalid = false where indexrelid = ?::regclass", JobAcquisitionTuning.DUE_INDEX);
    assertThat(validIndexes()).doesNotContain(JobAcquisitionTuning.DUE_INDEX);

    JobAcquisitionTuning.apply(jdbc.getDataSource());

    assertThat(validIndexes()).containsExactlyInAnyOrder(
        JobAcquisitionTuning.ACQUISITION_INDEX, JobAcquisitionTuning.DUE_INDEX, JobAcquisitionTuning.LOCKED_INDEX);
  }

  private List<String> validIndexes() {
    return jdbc.queryForList("""
        select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indisvalid and c.relname in (?, ?, ?)""", String.class,
        JobAcquisitionTuning.ACQUISITION_INDEX, JobAcquisitionTuning.DUE_INDEX, JobAcquisitionTuning.LOCKED_INDEX);
  }

  @Test
  void onAnOrdinaryDayOnlyTheDueJobsAreReadNotTheWholeTable() {
    String plan = plan(acquisitionQuery());

    assertThat(plan).doesNotContain("Seq Scan on act_ru_job").contains(JobAcquisitionTuning.LOCKED_INDEX)
        .containsAnyOf(JobAcquisitionTuning.DUE_INDEX, JobAcquisitionTuning.ACQUISITION_INDEX);
  }

  @Test
  void whenEveryTimerIsDueTheHighestPriorityOnesComeStraightFromTheIndex() {
    // The same statement a burst later: its «now» past every seeded timer.
    String burst = acquisitionQuery().replaceAll("'\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?'", "'2101-01-01 00:00:00'");

    String plan = plan(burst);

    assertThat(plan).doesNotContain("Seq Scan on act_ru_job").contains(JobAcquisitionTuning.ACQUISITION_INDEX)
        .contains(JobAcquisitionTuning.LOCKED_INDEX);
  }

  /** The acquisition statement the engine sends, with its values, caught from its MyBatis log. */
  private String acquisitionQuery() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (SqlCapture capture = SqlCapture.start("org.camunda.bpm.engine.impl.persistence.entity.JobEntity")) {
      configuration.getCommandExecutorTxRequired().execute(context ->
          context.getJobManager().findNextJobsToExecute(new Page(0, configuration.getJobExecutor().getMaxJobsPerAcquisition())));
      List<String> statements = capture.statements().stream().filter(sql -> sql.contains("from ACT_RU_JOB RES")).toList();
      assertThat(statements).as("the engine's acquisition statement").hasSize(1);
      // The mapper's «-- in progress» comments would swallow the rest of the statement, now on one line.
      return statements.get(0).replaceAll("--[\\w ]*?(?=\\s(and|\\)))", "");
    }
  }

  private String plan(String sql) {
    String plan = String.join("\n", jdbc.queryForList("explain " + sql, String.class));
    System.out.println(plan);
    return plan;
  }
}
