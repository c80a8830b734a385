package ru.nastavnik.roadmap.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the owner a roadmap names: an educational organization first, else a municipality. */
final class OwnerParser {

  private static final String QUOTED = "[«\"„“](?:[^«»\"„“”]|[«\"„“][^«»\"„“”]{0,80}[»\"“”]){1,160}[»\"“”]";
  private static final Pattern ORGANIZATION = Pattern.compile(
      "(?<![\\p{L}])((?:М[АБК]?ОУ|М[АБК]?ДОУ|М[АБК]?ОУ\\s?ДО|Г[АБК]?ОУ\\p{Lu}{0,4}|ГОУ|ЧОУ|АНОО|МАОУ|МБОУ|МКОУ)"
          + "(?:\\s+(?:СОШ|ООШ|НОШ|СШ|гимназия|лицей))?\\s*(?:" + QUOTED + "|(?:СОШ|ООШ|НОШ|СШ)\\s*№\\s*\\d{1,4}))"
          + "|((?:Средняя|Основная|Начальная)\\s+общеобразовательная\\s+школа\\s*№\\s*\\d{1,4})"
          + "|(?<![\\p{L}])((?:СОШ|ООШ|НОШ|Гимназия|Лицей|гимназия|лицей|школа)\\s*№\\s*\\d{1,4})");
  private static final Pattern NUMBER = Pattern.compile("№\\s*(\\d{1,4})");
  private static final Pattern MUNICIPALITY = Pattern.compile(
      "(?<![\\p{L}])((?:[Гг]орода|[Гг]ороде|ГОРОДА|г\\.)\\s*(\\p{Lu}[\\p{L}]+(?:-\\p{Lu}?[\\p{L}]+)*))"
          + "|((\\p{Lu}[\\p{L}]+(?:ого|его))\\s+(?:муниципального\\s+(?:района|округа)|городского\\s+округа|района))",
      Pattern.UNICODE_CASE);
  private static final Set<String> GENERIC = Set.of("город", "г", "муниципальн", "район", "округ", "городск",
      "администрац", "образован", "департамент", "управлен", "отдел", "комитет", "школ", "средн", "основн", "начальн",
      "общеобразовательн", "учрежден", "организац", "бюджетн", "автономн", "казенн", "муниципалитет", "област", "край",
      "республик", "мбоу", "маоу", "мкоу", "моу", "гбоу", "гкоу", "сош", "оош", "ноош", "сш");
  private static final Pattern ENDING = Pattern.compile(
      "(?:ского|ского|ого|его|ому|ему|ий|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ым|им|ую|юю|ами|ями|ах|ях|ов|ев|ам|ям|а|я|ы|и|у|ю|е|о|ь)$");

  private OwnerParser() {}

  /** The owner the texts name, tried in order (the title first); {@code null} when none does. */
  static Owner find(List<String> texts) {
    for (String text : texts) {
      Owner organization = organization(text);
      if (organization != null) {
        return organization;
      }
    }
    for (String text : texts) {
      Owner municipality = municipality(text);
      if (municipality != null) {
        return municipality;
      }
    }
    return null;
  }

  static Owner organization(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = ORGANIZATION.matcher(text);
    if (!m.find()) {
      return null;
    }
    String found = CellText.collapse(m.group());
    Matcher number = NUMBER.matcher(found);
    Integer n = number.find() ? Integer.valueOf(number.group(1)) : null;
    return new Owner(OwnerKind.ORGANIZATION, found, quotes(found), n);
  }

  /** Straight and German quotes become «»: opening after a space or at the start, closing elsewhere. */
  private static String quotes(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '„' || c == '“' || c == '”') {
        boolean opening = i == 0 || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '«' || s.charAt(i - 1) == '"';
        sb.append(opening && i + 1 < s.length() && s.charAt(i + 1) != ' ' ? '«' : '»');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static Owner municipality(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = MUNICIPALITY.matcher(text);
    while (m.find()) {
      if (m.group(1) != null) {
        String place = m.group(2);
        if (place.length() < 3 || place.equals(place.toUpperCase(Locale.ROOT)) && place.length() < 4) {
          continue;
        }
        return new Owner(OwnerKind.MUNICIPALITY, CellText.collapse(m.group(1)), nominativeCity(titleCase(place)), null);
      }
      String phrase = CellText.collapse(m.group(3));
      return new Owner(OwnerKind.MUNICIPALITY, phrase, nominativeDistrict(phrase), null);
    }
    return null;
  }

  /** «Ханты-Мансийска» → «Ханты-Мансийск», «Москвы» → «Москва»: the usual genitive of a city name. */
  private static String nominativeCity(String genitive) {
    String g = genitive;
    if (g.endsWith("а") && g.length() > 3 && !isVowel(g.charAt(g.length() - 2))) {
      return g.substring(0, g.length() - 1);
    }
    if (g.endsWith("ы") && g.length() > 3) {
      return g.substring(0, g.length() - 1) + "а";
    }
    return g;
  }

  private static String nominativeDistrict(String phrase) {
    StringBuilder sb = new StringBuilder();
    for (String word : phrase.split(" ")) {
      String w = word;
      if (w.endsWith("ского") || w.endsWith("цкого")) {
        w = w.substring(0, w.length() - 3) + "ий";
      } else if (w.endsWith("ого")) {
        w = w.substring(0, w.length() - 3) + "ый";
      } else if (w.endsWith("его")) {
        w = w.substring(0, w.length() - 3) + "ий";
      } else if (w.equals("района") || w.equals("округа")) {
        w = w.substring(0, w.length() - 1);
      }
      sb.append(sb.length() == 0 ? "" : " ").append(w);
    }
    return sb.toString();
  }

  private static boolean isVowel(char c) {
    return "аеёиоуыэюя".indexOf(Character.toLowerCase(c)) >= 0;
  }

  private static String titleCase(String word) {
    if (!word.equals(word.toUpperCase(Locale.ROOT))) {
      return word;
    }
    StringBuilder sb = new StringBuilder(word.toLowerCase(Locale.ROOT));
    for (int i = 0; i < sb.length(); i++) {
      if (i == 0 || sb.charAt(i - 1) == '-') {
        sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
      }
    }
    return sb.toString();
  }

  static boolean matches(Owner owner, String systemName) {
    if (owner == null || systemName == null || systemName.isBlank()) {
      return false;
    }
    if (owner.number() != null) {
      Matcher number = NUMBER.matcher(systemName);
      if (number.find()) {
        return owner.number().equals(Integer.valueOf(number.group(1)));
      }
    }
    Set<String> mine = stems(owner.name());
    Set<String> theirs = stems(systemName);
    return !mine.isEmpty() && theirs.containsAll(mine);
  }

  /** The distinctive words of a name without their endings: «города Ханты-Мансийска» → {ханты-мансийск}. */
  static Set<String> stems(String name) {
    Set<String> stems = new LinkedHashSet<>();
    for (String word : name.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\d-]+")) {
      if (word.isEmpty() || word.matches("\\d+")) {
        continue;
      }
      String stem = word.length() > 4 ? ENDING.matcher(word).replaceFirst("") : word;
      boolean generic = false;
      for (String g : GENERIC) {
        if (stem.startsWith(g) || g.startsWith(stem) && stem.length() >= 3) {
          generic = true;
          break;
        }
      }
      if (!generic && stem.length() > 1) {
        stems.add(stem);
      }
    }
    return stems;
  }
}
