package ru.nastavnik.roadmap;

import java.util.Locale;
import java.util.Optional;
import ru.nastavnik.system.BusinessRuleException;

/**
 * A fact the system already records, to which a roadmap item can be linked at review: the item's
 * occurrence then closes itself when the fact is there, its indicator's fact is counted, and no
 * task asks anybody for what another process already asks.
 *
 * <p>{@link #SCHOOL} facts happen in each educational organization (an occurrence of the
 * municipality's own body is done when every educational organization has the fact);
 * {@link #MUNICIPAL} ones in the municipality's bodies. How each is counted: docs/roadmap-formats.md.
 */
public enum SystemFact {
  CURATORS_APPOINTED("Назначены кураторы (роль куратора выдана)", "человек", Level.SCHOOL),
  MENTOR_BANK_FORMED("Сформирован банк наставников (анкеты одобрены)", "человек", Level.SCHOOL),
  MENTEE_BANK_FORMED("Сформирован банк наставляемых (запросы приняты)", "человек", Level.SCHOOL),
  MENTORS_TRAINED("Наставники обучены (обучение отмечено)", "человек", Level.SCHOOL),
  PAIRS_ORDERED("Пары закреплены приказом", "пар", Level.SCHOOL),
  PROGRAMS_COMPLETED("Программы наставничества завершены", "программ", Level.SCHOOL),
  MEETINGS_HELD("Встречи пар проведены", "встреч", Level.SCHOOL),
  MONITORING_REPORT_FILED("Отчёт организации для мониторинга представлен", "отчётов", Level.SCHOOL),
  ANALYTIC_REPORT_SENT("Аналитическая справка муниципалитета направлена", "справок", Level.MUNICIPAL),
  PRACTICES_PUBLISHED("Практики наставничества опубликованы", "практик", Level.SCHOOL);

  /** Where the fact happens. */
  public enum Level { SCHOOL, MUNICIPAL }

  private final String title;
  private final String unit;
  private final Level level;

  SystemFact(String title, String unit, Level level) {
    this.title = title;
    this.unit = unit;
    this.level = level;
  }

  public String title() { return title; }
  /** What the count counts, as a Russian genitive plural («человек», «встреч»). */
  public String unit() { return unit; }
  public Level level() { return level; }

  /** A reviewer's choice: blank means «not linked»; anything unknown is refused in Russian. */
  public static Optional<SystemFact> parse(String value, String field) {
    if (value == null || value.isBlank() || "null".equals(value.trim())) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(value.trim()));
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(field, "Неизвестный факт системы «" + value.trim() + "»");
    }
  }

  /**
   * The fact an item's title speaks of, if any: the reader's proposal, which the reviewer may
   * change. Conservative — an item that merely mentions mentors, programs or monitoring is not
   * proposed; only the analytic report also looks at the expected result («аналитическая справка»).
   */
  public static Optional<SystemFact> propose(String title, String expectedResult) {
    String t = normalize(title);
    String result = normalize(expectedResult);
    if ((t.contains("аналитическ") && has(t, "справк", "отчет", "доклад"))
        || (has(t, "анализ", "мониторинг") && result.contains("аналитическ") && result.contains("справк"))) {
      return Optional.of(ANALYTIC_REPORT_SENT);
    }
    if ((has(t, "сбор", "представлени", "предоставлени") && t.contains("мониторинг"))
        || (t.contains("сбор отчетов") && has(t, "организаци", " оо"))) {
      return Optional.of(MONITORING_REPORT_FILED);
    }
    if (t.contains("назначени") && t.contains("куратор")) {
      return Optional.of(CURATORS_APPOINTED);
    }
    boolean forming = has(t, "формировани", "создани", "актуализаци", "пополнени");
    if (forming && t.matches(".*(баз[аыу]?|банк[аи]?)( данных)? наставляемых.*")) {
      return Optional.of(MENTEE_BANK_FORMED);
    }
    if (forming && t.matches(".*(баз[аыу]?|банк[аи]?)( данных)? (педагогов-)?наставников.*")) {
      return Optional.of(MENTOR_BANK_FORMED);
    }
    if (t.matches(".*(обучени[еяю]|обучить) (педагогов-)?наставник.*")) {
      return Optional.of(MENTORS_TRAINED);
    }
    if (t.matches(".*(формировани[ея]|закреплени[ея]|утверждени[ея]) (состава )?наставнических пар.*")
        || t.matches(".*закреплени[ея] наставник.*")) {
      return Optional.of(PAIRS_ORDERED);
    }
    if (t.contains("практик") && has(t, "банк", "трансляци", "публикаци", "опубликов", "размещени", "распространени",
        "тиражировани")) {
      return Optional.of(PRACTICES_PUBLISHED);
    }
    if (t.matches(".*завершени[ея] (программ|наставничества|работы наставнических).*")) {
      return Optional.of(PROGRAMS_COMPLETED);
    }
    if (t.matches(".*организаци[яи] работы наставнических пар.*") || (t.contains("встреч") && t.contains("пар"))) {
      return Optional.of(MEETINGS_HELD);
    }
    return Optional.empty();
  }

  private static String normalize(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
  }

  private static boolean has(String text, String... any) {
    for (String word : any) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
