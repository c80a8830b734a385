package ru.nastavnik.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Guessing is slowed down per login and address, capped at a minute, and never locks the owner out. */
class LoginThrottleTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T10:00:00Z"));
  private final LoginThrottle throttle = new LoginThrottle(new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now.get(); }
  });

  @Test
  void theFirstMistakesCostNothingThenTheWaitGrowsToAMinuteAtMost() {
    assertThat(LoginThrottle.delayAfter(1)).isZero();
    assertThat(LoginThrottle.delayAfter(3)).isZero();
    assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.delayAfter(8)).isEqualTo(Duration.ofSeconds(16));
    assertThat(LoginThrottle.delayAfter(10)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.delayAfter(1000)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void anAttackerFromAnotherAddressDoesNotDelayTheOwner() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("mentor3b", "203.0.113.7");
    }
    assertThat(throttle.waitBefore("mentor3b", "203.0.113.7")).isPresent();
    assertThat(throttle.waitBefore("mentor3b", "192.0.2.10")).isEmpty();
    assertThat(throttle.waitBefore("MENTOR3B ", "203.0.113.7")).as("the login is compared without case").isPresent();
  }

  @Test
  void aRightPasswordWorksAgainWithinAMinuteEvenAfterManyFailures() {
    for (int i = 0; i < 100; i++) {
      throttle.failed("mentor3b", "127.0.0.1");
    }
    assertThat(throttle.waitBefore("mentor3b", "127.0.0.1")).hasValueSatisfying(wait ->
        assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(60)));
    now.set(now.get().plusSeconds(61));
    assertThat(throttle.waitBefore("mentor3b", "127.0.0.1")).isEmpty();
    throttle.succeeded("mentor3b", "127.0.0.1");
    assertThat(throttle.current()).isEmpty();
  }

  @Test
  void theAdministratorSeesTheFailuresAndUnlocksEveryAddressAtOnce() {
    for (int i = 0; i < 6; i++) {
      throttle.failed("curator1", "203.0.113.7");
      throttle.failed("curator1", "198.51.100.1");
    }
    assertThat(throttle.current()).extracting(LoginThrottle.Failures::login).containsOnly("curator1");
    assertThat(throttle.current()).extracting(LoginThrottle.Failures::count).containsOnly(6);

    assertThat(throttle.unlock("Curator1")).isEqualTo(2);
    assertThat(throttle.waitBefore("curator1", "203.0.113.7")).isEmpty();
    assertThat(throttle.current()).isEmpty();
  }

  @Test
  void failuresAreForgottenAfterAQuarterOfAnHour() {
    for (int i = 0; i < 8; i++) {
      throttle.failed("mentee1a", "127.0.0.1");
    }
    now.set(now.get().plus(LoginThrottle.FORGET_AFTER).plusSeconds(1));
    assertThat(throttle.failed("mentee1a", "127.0.0.1")).isEqualTo(1);
    assertThat(throttle.waitBefore("mentee1a", "127.0.0.1")).isEmpty();
  }
}
