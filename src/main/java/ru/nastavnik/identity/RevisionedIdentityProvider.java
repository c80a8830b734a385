package ru.nastavnik.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own identity store that raises {@code identity_revision} in the same transaction as
 * every change that can alter what a login may do: a password or a user changed or deleted, a
 * membership of a group or a tenant added or removed, a group or a tenant deleted. All writes go
 * through here — Camunda Admin, the engine's REST, our services — on whichever node they happen,
 * so {@link LoginCache} on every node sees them at its next request.
 *
 * <p>Public with a public constructor: the engine instantiates its identity store reflectively.
 */
public class RevisionedIdentityProvider extends DbIdentityServiceProvider {

  static final String RAISE = "update identity_revision set revision = revision + 1 where id = 1";

  public RevisionedIdentityProvider() {
    // the engine creates one per command context
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    // A new user has no remembered login; an existing one may have changed its password.
    boolean existing = ((UserEntity) user).getRevision() != 0;
    IdentityOperationResult result = super.saveUser(user);
    if (existing) {
      raise();
    }
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    return raised(super.deleteUser(userId));
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    return raised(super.deleteGroup(groupId));
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    return raised(super.deleteTenant(tenantId));
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    return raised(super.createMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    return raised(super.deleteMembership(userId, groupId));
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    return raised(super.createTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    return raised(super.createTenantGroupMembership(tenantId, groupId));
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    return raised(super.deleteTenantUserMembership(tenantId, userId));
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    return raised(super.deleteTenantGroupMembership(tenantId, groupId));
  }

  private IdentityOperationResult raised(IdentityOperationResult result) {
    if (!IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
      raise();
    }
    return result;
  }

  /** On the engine's own connection, so the raise commits or rolls back with the change. */
  private void raise() {
    Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
    try (PreparedStatement statement = connection.prepareStatement(RAISE)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new ProcessEngineException("identity_revision: " + e.getMessage(), e);
    }
  }
}
