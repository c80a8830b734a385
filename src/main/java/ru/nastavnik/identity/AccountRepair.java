package ru.nastavnik.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings accounts made by earlier versions in line with today's rules, once at start-up:
 * a login without a password gets an unknown random one (it made the engine's password check
 * fail with an error), and a user's rights on their own account shrink from ALL to read and
 * update (see {@code AccountAuthorizationProvider}). Idempotent and cheap when nothing is to do.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountRepair implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(AccountRepair.class);

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;

  AccountRepair(JdbcTemplate jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String> withoutPassword = jdbc.queryForList("select ID_ from ACT_ID_USER where PWD_ is null", String.class);
    for (String login : withoutPassword) {
      User user = identityService.createUserQuery().userId(login).singleResult();
      user.setPassword(UnknownPassword.generate());
      ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
    int narrowed = jdbc.update("update ACT_RU_AUTHORIZATION set PERMS_ = ?, REV_ = REV_ + 1"
            + " where RESOURCE_TYPE_ = ? and USER_ID_ = RESOURCE_ID_ and PERMS_ = ?",
        Permissions.READ.getValue() | Permissions.UPDATE.getValue(), Resources.USER.resourceType(), Permissions.ALL.getValue());
    if (!withoutPassword.isEmpty() || narrowed > 0) {
      LOG.info("Учётные записи приведены к правилам: без пароля — {}, права на собственную учётную запись сужены — {}",
          withoutPassword.size(), narrowed);
    }
  }
}
