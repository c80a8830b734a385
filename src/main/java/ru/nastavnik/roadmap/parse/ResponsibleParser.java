package ru.nastavnik.roadmap.parse;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps a responsible executor cell onto the bodies the system knows.
 *
 * <p>A roadmap is <em>municipal</em> when any of its responsible cells (or its title) names the
 * municipal authority, the methodical center or the educational organizations in the plural; then
 * ОО / образовательные организации / руководители ОО / кураторы ... ОО fan out to every
 * organization, and a cell naming only roles inside organizations (кураторы внедрения ЦМН,
 * наставники) fans out too. Otherwise the roadmap is a single school's: its own roles (директор,
 * заместитель директора, куратор, методический совет, администрация ...) are
 * {@link ResponsibleBody#ORGANIZATIONS} without fan-out — the school itself does the item.
 */
final class ResponsibleParser {

  private static final Pattern DEPARTMENT = words(
      "департамент|управлени\\w*\\s+образовани|отдел\\w*\\s+образовани|комитет\\w*\\s+(?:по\\s+)?образовани"
          + "|орган\\w*\\s+(?:местного\\s+самоуправления,?\\s+осуществляющ\\w*\\s+)?управлени\\w*\\s+(?:в\\s+сфере\\s+)?образовани"
          + "|\\bмоуо\\b|\\bмоуо\\b|\\bруо\\b|\\bгуо\\b|\\bуо\\b|\\bгороо\\b|\\bрайоо\\b"
          + "|администраци\\w*\\s+(?:город|муниципальн|район|округ|г\\.)");
  private static final Pattern METHODICAL_CENTER = words(
      "\\bцро\\b|центр\\w*\\s+развити\\w*\\s+образовани|методическ\\w*\\s+(?:центр|кабинет|служб|отдел|сектор)"
          + "|\\bимц\\b|\\bммц\\b|\\bрмк\\b|\\bммк\\b|\\bрмо\\b|\\bммс\\b|муниципальн\\w*\\s+координатор"
          + "|сектор\\w*\\s+им[рп]\\b|\\bим[рп]\\b|информационно-методическ\\w*\\s+(?:центр|отдел|сектор|служб|кабинет)");
  private static final Pattern ORGANIZATIONS_ALL = words(
      "\\bоо\\b|\\boo\\b|\\bоу\\b|\\bдоу\\b"
          + "|образовательн(?:ые|ых|ым|ыми)\\s+(?:организаци|учреждени)"
          + "|(?:руководител|директор|куратор|заместител|педагог|учител|наставник)\\w*[^,;]{0,60}?"
          + "(?:\\bшкол\\b|\\bучреждений\\b|\\bорганизаций\\b)"
          + "|\\bшкол(?:ы|ам|ами|ах)\\s+(?:город|район|округ|муниципал)|\\bвсе\\w*\\s+(?:школ|организаци|учреждени)");
  private static final Pattern ROLE = words(
      "директор|заместител|руководител|куратор|наставник|педагог|учител|администраци|методическ\\w*\\s+(?:совет|объединени)"
          + "|рабоч\\w*\\s+групп|ответственн|психолог|тьютор|воспитател|библиотекар|советник|школ|гимнази|лице[йя]"
          + "|детск\\w*\\s+сад|\\bмбоу\\b|\\bмаоу\\b|\\bмкоу\\b|\\bмбдоу\\b|\\bмадоу\\b|\\bгбоу\\b|\\bгкоу\\w*|\\bсош\\b|\\bоош\\b"
          + "|образовательн\\w*\\s+(?:организаци|учреждени)|коллектив|совет");

  private ResponsibleParser() {}

  /**
   * Compiles with word boundaries that know Cyrillic: {@code \b} becomes a look-around on letters
   * and digits, {@code \w} a letter. Without the Unicode flag Java's own are ASCII-only, and with it
   * these patterns run several times slower.
   */
  private static Pattern words(String regex) {
    StringBuilder sb = new StringBuilder(regex.length() + 64);
    for (int i = 0; i < regex.length(); i++) {
      if (regex.startsWith("\\b", i)) {
        char next = i + 2 < regex.length() ? regex.charAt(i + 2) : ')';
        sb.append(Character.isLetter(next) || next == '(' ? "(?<![\\p{L}\\d])" : "(?![\\p{L}\\d])");
        i++;
      } else if (regex.startsWith("\\w", i)) {
        sb.append("\\p{L}");
        i++;
      } else {
        sb.append(regex.charAt(i));
      }
    }
    return Pattern.compile(sb.toString());
  }

  /** Whether the text marks the roadmap as municipal (see the class comment). */
  static boolean municipal(String text) {
    String t = lower(text);
    return DEPARTMENT.matcher(t).find() || METHODICAL_CENTER.matcher(t).find() || ORGANIZATIONS_ALL.matcher(t).find();
  }

  static Responsible parse(String text, boolean municipalRoadmap) {
    String t = lower(text);
    Set<ResponsibleBody> bodies = EnumSet.noneOf(ResponsibleBody.class);
    if (t.isEmpty()) {
      return new Responsible(text, false, bodies);
    }
    if (DEPARTMENT.matcher(t).find()) {
      bodies.add(ResponsibleBody.DEPARTMENT);
    }
    if (METHODICAL_CENTER.matcher(t).find()) {
      bodies.add(ResponsibleBody.METHODICAL_CENTER);
    }
    boolean all = ORGANIZATIONS_ALL.matcher(t).find();
    boolean role = ROLE.matcher(t).find();
    if (municipalRoadmap) {
      // "Директор ЦРО" is the center, not the schools: roles count only when nothing else is named.
      if (all || (role && bodies.isEmpty())) {
        bodies.add(ResponsibleBody.ORGANIZATIONS);
      }
      return new Responsible(text, bodies.contains(ResponsibleBody.ORGANIZATIONS), bodies);
    }
    if (all || role) {
      bodies.add(ResponsibleBody.ORGANIZATIONS);
    }
    return new Responsible(text, false, bodies);
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }
}
