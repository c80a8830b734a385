package ru.nastavnik.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import ru.nastavnik.system.BasicLogins;
import ru.nastavnik.system.DatabaseOutage;

/**
 * Checks an HTTP Basic login and password for our API, the engine's REST and Actuator, and remembers a
 * success for {@code nastavnik.security.login-cache} (30 s): within that time the same login with
 * the same password costs one read of {@code identity_revision} instead of three engine transactions
 * (the password, the groups, the tenants). Remembered is a keyed digest of the password (never the
 * password) with the groups and tenants read then, and the identity revision read before them; any
 * change of users, memberships, groups or tenants on any node raises the revision
 * ({@link RevisionedIdentityProvider}), after which every node checks again. A wrong password is
 * never remembered and always asks the engine. {@code login-cache: 0s} switches the cache off.
 */
@Component
class LoginCache implements BasicLogins {

  private record Entry(long revision, byte[] digest, long expiresAt, Login login) {
  }

  /** Enough for every account of a region; past it, expired entries are dropped, then all. */
  private static final int MAX_ENTRIES = 50_000;

  private final IdentityService identityService;
  private final JdbcTemplate jdbc;
  private volatile long ttlMillis;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong checks = new AtomicLong();

  LoginCache(IdentityService identityService, JdbcTemplate jdbc,
      @Value("${nastavnik.security.login-cache:30s}") Duration ttl) {
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.ttlMillis = ttl.toMillis();
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Optional<Login> check(String login, String password) {
    if (ttlMillis <= 0) {
      return passwordMatches(login, password) ? Optional.of(read(login)) : Optional.empty();
    }
    // Read before the groups: a change committed after this read raises the revision past it.
    long revision = jdbc.queryForObject("select revision from identity_revision where id = 1", Long.class);
    byte[] digest = digest(login, password);
    long now = System.currentTimeMillis();
    Entry entry = entries.get(login);
    if (entry != null && entry.revision() == revision && entry.expiresAt() > now
        && MessageDigest.isEqual(entry.digest(), digest)) {
      hits.incrementAndGet();
      return Optional.of(entry.login());
    }
    checks.incrementAndGet();
    if (!passwordMatches(login, password)) {
      return Optional.empty();
    }
    Login checked = read(login);
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(old -> old.expiresAt() <= now);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(login, new Entry(revision, digest, now + ttlMillis, checked));
    return Optional.of(checked);
  }

  /** How long a login is remembered; {@code 0} forgets all and checks every call (the benchmark's baseline). */
  void remember(Duration ttl) {
    entries.clear();
    ttlMillis = ttl.toMillis();
  }

  /** Logins answered from memory, for tests and figures. */
  long hits() {
    return hits.get();
  }

  /** Logins the engine checked. */
  long checks() {
    return checks.get();
  }

  /** A login without a password (never set) is a wrong password, not an error; a lost database is an error. */
  private boolean passwordMatches(String login, String password) {
    try {
      return identityService.checkPassword(login, password);
    } catch (RuntimeException e) {
      if (DatabaseOutage.isOutage(e)) {
        throw e;
      }
      return false;
    }
  }

  private Login read(String login) {
    List<String> groups = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().groupMember(login).list()) {
      groups.add(group.getId());
    }
    List<String> tenants = new ArrayList<>();
    for (Tenant tenant : identityService.createTenantQuery().userMember(login).includingGroupsOfUser(true).list()) {
      tenants.add(tenant.getId());
    }
    return new Login(login, List.copyOf(groups), List.copyOf(tenants));
  }

  private byte[] digest(String login, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(login.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
