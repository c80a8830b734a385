package ru.nastavnik.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.IntegrationTestSupport;

/** The engine keeps the same groups for its authorization checks as with its own lookup of every group. */
class IndexedAuthorizationManagerIT extends IntegrationTestSupport {

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theGroupsWithAuthorizationsAreThoseTheEngineWouldKeep() {
    Set<String> withAuthorizations = new HashSet<>(jdbc.queryForList(
        "select distinct group_id_ from act_ru_authorization where group_id_ is not null", String.class));
    List<String> asked = List.of("curators-khm-sch1", "managers-khm", "a-group-without-authorizations", "curators-khm-sch1");
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    List<String> kept = configuration.getCommandExecutorTxRequired().execute(context -> {
      AuthorizationManager manager = context.getAuthorizationManager();
      assertThat(manager).isInstanceOf(IndexedAuthorizationManager.class);
      return manager.filterAuthenticatedGroupIds(asked);
    });

    Set<String> expected = new HashSet<>(asked);
    expected.retainAll(withAuthorizations);
    assertThat(expected).contains("curators-khm-sch1", "managers-khm");
    assertThat(kept).containsExactlyInAnyOrderElementsOf(expected);
  }
}
