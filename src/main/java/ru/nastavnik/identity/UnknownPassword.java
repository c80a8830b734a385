package ru.nastavnik.identity;

import java.security.SecureRandom;
import java.util.Base64;

/** A random password for an account whose owner has not set one: nobody can log in with it. */
public final class UnknownPassword {

  private static final SecureRandom RANDOM = new SecureRandom();

  private UnknownPassword() {}

  public static String generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
