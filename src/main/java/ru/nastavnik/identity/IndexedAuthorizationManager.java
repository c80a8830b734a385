package ru.nastavnik.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSession;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager with one lookup done by index. Before every authorization
 * check the engine keeps only those of the user's groups that have any authorization at all, and
 * learns them by reading every group of the table ({@code select distinct GROUP_ID_ from
 * ACT_RU_AUTHORIZATION}): once per command, and the table holds a row per open task, 600,000 in a
 * region. Here each of the user's groups (a handful) is looked up on the group index instead;
 * the result is the same set.
 */
class IndexedAuthorizationManager extends AuthorizationManager {

  /** Off only while the benchmark measures the engine's own behaviour beside this one. */
  static volatile boolean enabled = true;

  /** Per command, as the engine's own cache of all groups. */
  private final Map<String, Boolean> groupHasAuthorizations = new HashMap<>();

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (!enabled || authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    List<String> groups = new ArrayList<>();
    for (String group : new LinkedHashSet<>(authenticatedGroupIds)) {
      if (group != null && groupHasAuthorizations.computeIfAbsent(group, this::hasAuthorizations)) {
        groups.add(group);
      }
    }
    return groups;
  }

  private boolean hasAuthorizations(String group) {
    DbSqlSession session = getDbSqlSession();
    String table = session.getDbSqlSessionFactory().getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    Connection connection = session.getSqlSession().getConnection();
    try (PreparedStatement query = connection.prepareStatement(
        "select 1 from " + table + " where GROUP_ID_ = ? fetch first 1 rows only")) {
      query.setString(1, group);
      try (ResultSet result = query.executeQuery()) {
        return result.next();
      }
    } catch (SQLException e) {
      throw new ProcessEngineException("Не удалось проверить авторизации группы " + group, e);
    }
  }

  /** Opens this manager wherever the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new IndexedAuthorizationManager();
    }
  }
}
