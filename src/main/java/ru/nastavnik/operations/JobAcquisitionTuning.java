package ru.nastavnik.operations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes for the job executor's acquisition query on PostgreSQL, added to the engine's own
 * {@code ACT_RU_JOB} right after the engine has built (the engine creates its tables itself; our
 * Flyway migrations do not touch them). docs/benchmarks.md shows the plans before and after.
 *
 * <p>The engine picks the next jobs with one query: due, not locked, not suspended, with retries,
 * highest priority first ({@code jobExecutorAcquireByPriority}), and — for an exclusive job — no
 * other exclusive job of the same process instance running. Without indexes for it PostgreSQL reads
 * the whole table twice per acquisition (the running-sibling test is a second full scan): with
 * 60,000 timers that is 0.2 s for three jobs, and when many deadlines pass at once one database
 * core does nothing but acquire.
 *
 * <ul>
 *   <li>{@value #ACQUISITION_INDEX}: acquirable jobs by priority, then due date — when many jobs are
 *       due, the first ones of the highest priority are read straight from the index;</li>
 *   <li>{@value #DUE_INDEX}: the due date — when few are due, only those are read;</li>
 *   <li>{@value #LOCKED_INDEX}: the few exclusive jobs being executed, for the running-sibling test.</li>
 * </ul>
 *
 * <p>Partial indexes exist only on PostgreSQL; elsewhere (H2 of the quick start) nothing is done.
 * Built {@code concurrently}: a running node keeps acquiring while another one starts.
 */
@Component
public class JobAcquisitionTuning extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionTuning.class);

  static final String ACQUISITION_INDEX = "nst_idx_job_acquisition";
  static final String DUE_INDEX = "nst_idx_job_due";
  static final String LOCKED_INDEX = "nst_idx_job_exclusive_locked";

  private static final String[] STATEMENTS = {
      "create index concurrently if not exists " + ACQUISITION_INDEX
          + " on ACT_RU_JOB (PRIORITY_ desc, DUEDATE_) where RETRIES_ > 0 and SUSPENSION_STATE_ = 1",
      "create index concurrently if not exists " + DUE_INDEX
          + " on ACT_RU_JOB (DUEDATE_) where RETRIES_ > 0 and SUSPENSION_STATE_ = 1",
      "create index concurrently if not exists " + LOCKED_INDEX
          + " on ACT_RU_JOB (PROCESS_INSTANCE_ID_) where LOCK_OWNER_ is not null and EXCLUSIVE_",
  };

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try {
      apply(configuration.getDataSource());
    } catch (SQLException e) {
      // Slower acquisition under a burst, not a broken application: say so and go on.
      LOG.warn("Индексы для выборки заданий движка не созданы: {}", e.getMessage());
    }
  }

  /**
   * An interrupted {@code create index concurrently} (a node killed while it built, two nodes starting
   * at once) leaves an invalid index that {@code if not exists} would keep forever: ours are dropped
   * and built again — unless a build of them is under way right now.
   */
  private static void dropInvalid(Connection connection, Statement statement) throws SQLException {
    List<String> invalid = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
        select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid
        where not i.indisvalid and c.relname in (?, ?, ?)
          and not exists (select 1 from pg_stat_progress_create_index p where p.index_relid = i.indexrelid)""")) {
      query.setString(1, ACQUISITION_INDEX);
      query.setString(2, DUE_INDEX);
      query.setString(3, LOCKED_INDEX);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          invalid.add(rows.getString(1));
        }
      }
    }
    for (String index : invalid) {
      LOG.warn("Индекс {} для выборки заданий недействителен (его построение было прервано) — строится заново", index);
      statement.execute("drop index concurrently if exists " + index);
    }
  }

  /** Creates what is missing (PostgreSQL only), after dropping our own invalid indexes. */
  static void apply(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      if (!meta.getDatabaseProductName().equals("PostgreSQL")) {
        return;
      }
      boolean autoCommit = connection.getAutoCommit();
      // «concurrently» cannot run inside a transaction.
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        dropInvalid(connection, statement);
        for (String sql : STATEMENTS) {
          statement.execute(sql);
        }
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }
}
