package ru.nastavnik.onboarding;

import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import ru.nastavnik.person.Person;

/**
 * Logins of imported people: the local part of their e-mail when it is a valid login
 * («ivanova.mp@school1.ru» → {@code ivanova.mp}), otherwise the surname and initials transliterated
 * by the rules of Russian passports (ГОСТ Р 52535.1-2006: «Щукина Юлия Сергеевна» → {@code shchukina.ius}),
 * lowercase and made unique with a number ({@code ivanova.mp2}).
 */
final class Logins {

  private static final Pattern LOGIN = Pattern.compile(Person.LOGIN_PATTERN);
  private static final int MAX_LENGTH = 64;
  private static final Map<Character, String> LATIN = Map.ofEntries(
      Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
      Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
      Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
      Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
      Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
      Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "ie"), Map.entry('ы', "y"), Map.entry('ь', ""),
      Map.entry('э', "e"), Map.entry('ю', "iu"), Map.entry('я', "ia"));

  private Logins() {}

  static boolean isValid(String login) {
    return login != null && LOGIN.matcher(login).matches();
  }

  /** The login a person would get before uniqueness: from the e-mail, else from the name. */
  static String base(String fullName, String email) {
    if (email != null) {
      int at = email.indexOf('@');
      String local = at > 0 ? email.substring(0, at).toLowerCase(Locale.ROOT) : "";
      if (isValid(local)) {
        return local;
      }
    }
    String[] words = fullName.strip().split("\\s+");
    StringBuilder login = new StringBuilder(word(words[0]));
    StringBuilder initials = new StringBuilder();
    for (int i = 1; i < words.length; i++) {
      String latin = word(words[i]);
      if (!latin.isEmpty()) {
        initials.append(latin, 0, latin.charAt(0) == 'i' && latin.length() > 1 && "ua".indexOf(latin.charAt(1)) >= 0
            && startsWithIotated(words[i]) ? 2 : 1);
      }
    }
    if (initials.length() > 0) {
      login.append('.').append(initials);
    }
    String result = login.toString().replaceAll("^[^a-z0-9]+", "");
    if (result.length() > MAX_LENGTH - 3) {
      result = result.substring(0, MAX_LENGTH - 3);
    }
    while (result.length() < 3) {
      result = result + "0";
    }
    return result;
  }

  /** The first of {@code base}, {@code base2}, {@code base3} … that is not taken. */
  static String unique(String base, Predicate<String> taken) {
    if (!taken.test(base)) {
      return base;
    }
    for (int n = 2; ; n++) {
      String candidate = base + n;
      if (!taken.test(candidate)) {
        return candidate;
      }
    }
  }

  /** One word in Latin letters: Cyrillic transliterated, Latin kept, the rest dropped. */
  static String word(String word) {
    StringBuilder latin = new StringBuilder();
    for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
      String mapped = LATIN.get(c);
      if (mapped != null) {
        latin.append(mapped);
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        latin.append(c);
      } else if (c == '-' && latin.length() > 0) {
        latin.append('-');
      }
    }
    return latin.toString().replaceAll("-+$", "");
  }

  /** «Юлия», «Яна»: their initial is two Latin letters (iu, ia), as in the passport. */
  private static boolean startsWithIotated(String word) {
    char first = Character.toLowerCase(word.charAt(0));
    return first == 'ю' || first == 'я';
  }
}
