package ru.nastavnik.identity;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What PostgreSQL needs to plan the Tasklist queries of a large region well, added to the engine's
 * own schema right after the engine has built (the engine creates and updates its tables itself;
 * our Flyway migrations do not touch them): docs/benchmarks.md shows the plans before and after.
 *
 * <ul>
 *   <li>Statistics on {@code PERMS_ & 2} and {@code PERMS_ & 64}, the permission tests of every
 *       authorization check (READ of a task, READ_TASK of a process definition). Without them
 *       PostgreSQL takes such a test as true for 0.5 % of the rows, expects one authorization for
 *       the curator instead of one per task, and joins the authorizations first: the curator's
 *       400 tasks were then looked up once per authorization, 160,000 times.</li>
 *   <li>An index of the candidate-group identity links by group that also holds the task id, so
 *       that a curator's tasks are found from the group without reading the links themselves.</li>
 * </ul>
 *
 * And the engine's authorization manager is replaced by {@link IndexedAuthorizationManager}, which
 * finds which of the user's groups have authorizations by index instead of reading every group of
 * the table before each check.
 *
 * <p>Every statement is idempotent ({@code if not exists}); expression statistics exist from
 * PostgreSQL 14 on and are skipped elsewhere (H2 of the quick start plans these queries its own way).
 */
@Component
public class TaskQueryTuning extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskQueryTuning.class);

  static final String IDENTITY_LINK_INDEX = "nst_idx_ident_lnk_group_task";
  static final String[] PERMISSION_STATISTICS = {"nst_stat_auth_perms_read", "nst_stat_auth_perms_read_task"};
  private static final int[] PERMISSION_BITS = {2, 64};

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new IndexedAuthorizationManager.Factory());
    configuration.setCustomSessionFactories(factories);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try {
      apply(configuration.getDataSource());
    } catch (SQLException e) {
      // Slower Tasklist queries, not a broken application: say so and go on.
      LOG.warn("Индексы и статистика для запросов Tasklist не созданы: {}", e.getMessage());
    }
  }

  /** Creates what is missing. Public for the benchmark, which measures without it first. */
  public static void apply(DataSource dataSource) throws SQLException {
    IndexedAuthorizationManager.enabled = true;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      DatabaseMetaData meta = connection.getMetaData();
      statement.execute("create index if not exists " + IDENTITY_LINK_INDEX
          + " on ACT_RU_IDENTITYLINK (GROUP_ID_, TYPE_, TASK_ID_)");
      if (meta.getDatabaseProductName().equals("PostgreSQL") && meta.getDatabaseMajorVersion() >= 14) {
        boolean newStatistics = false;
        for (int i = 0; i < PERMISSION_STATISTICS.length; i++) {
          newStatistics |= !statisticsExist(connection, PERMISSION_STATISTICS[i]);
          statement.execute("create statistics if not exists " + PERMISSION_STATISTICS[i] + " on (PERMS_ & "
              + PERMISSION_BITS[i] + ") from ACT_RU_AUTHORIZATION");
        }
        if (newStatistics) {
          // At once, not at the next automatic analyze: a large table may wait long for that.
          statement.execute("analyze ACT_RU_AUTHORIZATION");
        }
      }
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }

  /**
   * Drops what {@link #apply} creates and lets the engine find authorized groups its own way: only
   * the benchmark does this, to measure the engine as it comes beside it.
   */
  public static void remove(DataSource dataSource) throws SQLException {
    IndexedAuthorizationManager.enabled = false;
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("drop index if exists " + IDENTITY_LINK_INDEX);
      for (String name : PERMISSION_STATISTICS) {
        statement.execute("drop statistics if exists " + name);
      }
      statement.execute("analyze ACT_RU_AUTHORIZATION");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
    }
  }

  private static boolean statisticsExist(Connection connection, String name) throws SQLException {
    try (var query = connection.prepareStatement("select 1 from pg_statistic_ext where stxname = ?")) {
      query.setString(1, name);
      try (var result = query.executeQuery()) {
        return result.next();
      }
    }
  }
}
