package ru.nastavnik.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking the owner out. Failures are counted per login
 * and client address: the first {@link #FREE_FAILURES} cost nothing (typing mistakes), then each
 * further failure makes that login wait from that address 1, 2, 4 … seconds, never more than
 * {@link #MAX_DELAY}; a right password clears the count. Someone guessing from another address
 * does not delay the owner at all. Failures are forgotten after {@link #FORGET_AFTER}.
 *
 * <p>Kept in memory of each node: a restart forgets the counts, and with several nodes each
 * counts its own attempts (an attacker who alternates nodes is slowed down correspondingly less).
 */
public class LoginThrottle {

  /** Failures that cost no waiting. */
  static final int FREE_FAILURES = 3;
  /** The longest wait: a right password works again within a minute. */
  static final Duration MAX_DELAY = Duration.ofSeconds(60);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  /** Entries kept at most, so that random logins cannot fill the memory. */
  static final int MAX_ENTRIES = 100_000;

  /** Failed attempts of one login from one address. */
  public record Failures(String login, String address, int count, Instant lastFailureAt, Instant blockedUntil) {}

  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();

  public LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the login must still wait from this address, if at all. */
  public Optional<Duration> waitBefore(String login, String address) {
    Failures entry = failures.get(key(login, address));
    if (entry == null) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    if (entry.blockedUntil() != null && entry.blockedUntil().isAfter(now)) {
      return Optional.of(Duration.between(now, entry.blockedUntil()));
    }
    return Optional.empty();
  }

  /** Counts a wrong password and returns the number of failures in a row. */
  public int failed(String login, String address) {
    Instant now = clock.instant();
    if (failures.size() >= MAX_ENTRIES) {
      forgetOld(now);
    }
    Failures updated = failures.compute(key(login, address), (key, previous) -> {
      int count = previous == null || previous.lastFailureAt().plus(FORGET_AFTER).isBefore(now) ? 1 : previous.count() + 1;
      Duration delay = delayAfter(count);
      return new Failures(normalize(login), address, count, now, delay.isZero() ? null : now.plus(delay));
    });
    return updated.count();
  }

  public void succeeded(String login, String address) {
    failures.remove(key(login, address));
  }

  /** Forgets every failure of the login from every address; returns how many entries were cleared. */
  public int unlock(String login) {
    String normalized = normalize(login);
    List<String> keys = failures.entrySet().stream()
        .filter(e -> e.getValue().login().equals(normalized)).map(Map.Entry::getKey).toList();
    keys.forEach(failures::remove);
    return keys.size();
  }

  /** Current failures, the most recent first, for the administrator. */
  public List<Failures> current() {
    Instant now = clock.instant();
    return failures.values().stream()
        .filter(f -> !f.lastFailureAt().plus(FORGET_AFTER).isBefore(now))
        .sorted(Comparator.comparing(Failures::lastFailureAt).reversed())
        .toList();
  }

  static Duration delayAfter(int failuresInARow) {
    if (failuresInARow <= FREE_FAILURES) {
      return Duration.ZERO;
    }
    int exponent = Math.min(failuresInARow - FREE_FAILURES - 1, 16);
    Duration delay = Duration.ofSeconds(1L << exponent);
    return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
  }

  private void forgetOld(Instant now) {
    failures.entrySet().removeIf(e -> e.getValue().lastFailureAt().plus(FORGET_AFTER).isBefore(now));
    if (failures.size() >= MAX_ENTRIES) {
      // Under a flood of random logins keep the newest half.
      failures.entrySet().stream()
          .sorted(Comparator.comparing(e -> e.getValue().lastFailureAt()))
          .limit(MAX_ENTRIES / 2)
          .map(Map.Entry::getKey)
          .toList()
          .forEach(failures::remove);
    }
  }

  private static String key(String login, String address) {
    return normalize(login) + '\n' + address;
  }

  private static String normalize(String login) {
    return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
  }
}
