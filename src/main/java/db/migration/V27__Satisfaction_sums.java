package db.migration;

import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import ru.nastavnik.reporting.ReportingSums;

/**
 * Fills the sums of migration V26 for the data already there: the monthly ratings are grouped by
 * the calendar month of each municipality's time zone, which plain SQL cannot do the same way on
 * PostgreSQL and on H2 — so this migration runs the very code that keeps them afterwards.
 */
public class V27__Satisfaction_sums extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean postgres = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    new ReportingSums(new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true)), postgres).rebuild();
  }
}
