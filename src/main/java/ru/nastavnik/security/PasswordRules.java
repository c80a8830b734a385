package ru.nastavnik.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The password rule of the application, in one place: at least {@link #MIN_LENGTH} characters,
 * characters of at least {@link #MIN_CLASSES} kinds (lowercase and uppercase letters, digits,
 * other signs), not containing the login, name or e-mail, not a common password. It is the
 * engine's password policy outside the demo (Camunda Admin shows the rules in Russian), the
 * check of the invitation page, and the start-up check of the administrator's password.
 */
public final class PasswordRules implements PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MIN_CLASSES = 3;

  /** Placeholders Camunda's webapps translate (ours are added to their Russian locales). */
  static final String LENGTH = "PASSWORD_POLICY_LENGTH";
  static final String CLASSES = "PASSWORD_POLICY_CHARACTER_CLASSES";
  static final String USER_DATA = "PASSWORD_POLICY_USER_DATA";
  static final String COMMON = "PASSWORD_POLICY_COMMON";

  private static final Set<String> COMMON_PASSWORDS = load();

  private final List<PasswordPolicyRule> rules = List.of(
      rule(LENGTH, Map.of("minLength", String.valueOf(MIN_LENGTH)), p -> p.length() >= MIN_LENGTH),
      rule(CLASSES, Map.of("minClasses", String.valueOf(MIN_CLASSES)), p -> classes(p) >= MIN_CLASSES),
      userDataRule(),
      rule(COMMON, Map.of(), p -> !isCommon(p)));

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }

  /**
   * What is wrong with the password, in Russian, one sentence per broken rule; empty when it is
   * acceptable.
   *
   * @param login the login it is for (may be null)
   * @param names first and last names and e-mail of the person (may be empty)
   */
  public static List<String> problems(String password, String login, List<String> names) {
    List<String> problems = new ArrayList<>();
    String candidate = password == null ? "" : password;
    if (candidate.length() < MIN_LENGTH) {
      problems.add("Пароль короче " + MIN_LENGTH + " символов.");
    }
    if (classes(candidate) < MIN_CLASSES) {
      problems.add("В пароле должны быть символы хотя бы " + MIN_CLASSES
          + " видов из четырёх: строчные буквы, заглавные буквы, цифры, другие знаки.");
    }
    List<String> personal = new ArrayList<>(names);
    if (login != null) {
      personal.add(login);
    }
    if (containsPersonal(candidate, personal)) {
      problems.add("Пароль не должен содержать логин, имя, фамилию или адрес почты.");
    }
    if (isCommon(candidate)) {
      problems.add("Это распространённый пароль: его подбирают первым. Придумайте другой.");
    }
    return problems;
  }

  /** How many kinds of characters the password has: lowercase, uppercase, digits, other. */
  static int classes(String password) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length(); i++) {
      char c = password.charAt(i);
      if (Character.isLowerCase(c)) lower = true;
      else if (Character.isUpperCase(c)) upper = true;
      else if (Character.isDigit(c)) digit = true;
      else if (!Character.isWhitespace(c)) other = true;
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /**
   * A password from the list of the most used ones, also with digits or signs added at its end
   * and in another case (Qwerty123!, Пароль2026).
   */
  static boolean isCommon(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    if (COMMON_PASSWORDS.contains(lower)) {
      return true;
    }
    String core = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "").replaceAll("^[\\d\\p{Punct}\\s]+", "");
    return core.length() < 4 || COMMON_PASSWORDS.contains(core);
  }

  private static boolean containsPersonal(String password, List<String> personal) {
    String upper = password.toUpperCase(Locale.ROOT);
    for (String value : personal) {
      if (value == null) continue;
      for (String part : value.split("[\\s@.]+")) {
        if (part.length() >= 3 && upper.contains(part.toUpperCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private static PasswordPolicyRule userDataRule() {
    return new PasswordPolicyRule() {
      @Override
      public String getPlaceholder() {
        return USER_DATA;
      }

      @Override
      public Map<String, String> getParameters() {
        return Map.of();
      }

      @Override
      public boolean execute(String password) {
        return true;
      }

      @Override
      public boolean execute(String password, User user) {
        if (user == null) {
          return true;
        }
        return !containsPersonal(password, java.util.Arrays.asList(user.getId(), user.getFirstName(), user.getLastName(),
            user.getEmail()));
      }
    };
  }

  private static PasswordPolicyRule rule(String placeholder, Map<String, String> parameters,
      java.util.function.Predicate<String> check) {
    return new PasswordPolicyRule() {
      @Override
      public String getPlaceholder() {
        return placeholder;
      }

      @Override
      public Map<String, String> getParameters() {
        return parameters;
      }

      @Override
      public boolean execute(String password) {
        return check.test(password == null ? "" : password);
      }
    };
  }

  private static Set<String> load() {
    try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("Нет списка распространённых паролей common-passwords.txt");
      }
      Set<String> words = new HashSet<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
        String word = line.trim().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
