package ru.nastavnik.calendar;

/** Days in Russian words: «1 день», «3 дня», «7 дней», «остался 21 день», «осталось 2 дня». */
public final class DayCount {

  private DayCount() {}

  /** «1 день», «2 дня», «5 дней», «11 дней», «21 день». */
  public static String days(long n) {
    return n + " " + word(n, "день", "дня", "дней");
  }

  /** «остался 1 день», «осталось 3 дня», «осталось 0 дней». */
  public static String remaining(long n) {
    return word(n, "остался", "осталось", "осталось") + " " + days(n);
  }

  /** The form agreeing with {@code n}: one (1, 21), few (2–4, 22–24), many (0, 5–20, 25…). */
  static String word(long n, String one, String few, String many) {
    long mod100 = Math.abs(n) % 100;
    long mod10 = mod100 % 10;
    if (mod100 >= 11 && mod100 <= 14) {
      return many;
    }
    if (mod10 == 1) {
      return one;
    }
    return mod10 >= 2 && mod10 <= 4 ? few : many;
  }
}
