package ru.nastavnik.roadmap.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins the visual lines of a PDF cell or paragraph into text. A line ending in a hyphen right
 * after a letter is either a word broken by automatic hyphenation («Образовательн-» / «ые»: the
 * hyphen goes) or a hyphenated word broken at its own hyphen («Ханты-» / «Мансийска»,
 * «материально-» / «технических»: the hyphen stays). The document itself decides first: the
 * words it uses unbroken elsewhere are learned, and a join that gives one of them wins. Otherwise
 * a capital or a digit after the hyphen keeps it, as does a first part that ends like the first
 * half of a compound adjective («научно-», «психолого-») before a long adjective; everything else
 * is a broken word.
 */
final class Hyphenation {

  private static final Pattern TOKEN_EDGES = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
  private static final Pattern COMPOUND_FIRST = Pattern.compile(".{3,}(?:но|ско|ого|ико|ово)");
  private static final Pattern ADJECTIVE = Pattern.compile(
      ".{3,}(?:ий|ый|ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ым|им|ую|юю|ыми|ими)");

  private static final Pattern FULL_WORD_END = Pattern.compile("[аеиоуыэюя]й$");
  private static final Pattern GLUED_ABBREVIATION = Pattern.compile("^(\\p{L}{1,3}\\.)\\p{L}");

  private final Set<String> words = new HashSet<>();
  /** Abbreviations the document writes without a space before the next word: «г.» in «г.Нижневартовска». */
  private final Set<String> gluedAbbreviations = new HashSet<>();

  /** Learns the words of these lines, except the pieces around a line-end hyphen. */
  void learn(List<String> lines) {
    boolean brokenBefore = false;
    for (String line : lines) {
      String[] tokens = line.trim().split("\\s+");
      boolean broken = endsBroken(line);
      for (int i = 0; i < tokens.length; i++) {
        if ((i == 0 && brokenBefore) || (i == tokens.length - 1 && broken)) {
          continue;
        }
        String word = TOKEN_EDGES.matcher(tokens[i]).replaceAll("").toLowerCase(Locale.ROOT);
        if (word.length() > 1) {
          words.add(word);
          java.util.regex.Matcher glued = GLUED_ABBREVIATION.matcher(word);
          if (glued.find()) {
            gluedAbbreviations.add(glued.group(1));
          }
        }
      }
      brokenBefore = broken;
    }
  }

  /** The lines as one text. */
  String join(List<String> lines) {
    StringBuilder sb = new StringBuilder();
    for (String raw : lines) {
      String line = raw.trim();
      if (line.isEmpty()) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(line);
        continue;
      }
      if (endsBroken(sb) && Character.isLetterOrDigit(line.charAt(0))) {
        int hyphen = sb.length() - 1;
        if (sb.charAt(hyphen - 1) == '.') {
          // «г.-» / «Нижневартовска»: hyphenation right after an abbreviation glued to the next word
          sb.setLength(hyphen);
          sb.append(line);
          continue;
        }
        int start = hyphen;
        while (start > 0 && (Character.isLetterOrDigit(sb.charAt(start - 1)) || sb.charAt(start - 1) == '-')) {
          start--;
        }
        String left = sb.substring(start, hyphen);
        int end = 0;
        while (end < line.length() && Character.isLetterOrDigit(line.charAt(end))) {
          end++;
        }
        String right = line.substring(0, end);
        if (keepHyphen(left, right)) {
          sb.append(line);
        } else {
          sb.setLength(hyphen);
          sb.append(line);
        }
        continue;
      }
      sb.append(glued(sb, line) ? "" : " ").append(line);
    }
    return sb.toString();
  }

  /**
   * Lines also break after a slash or inside «г.Нижневартовска» where the document has no space:
   * a slash at the break, or a join the document uses unbroken elsewhere, takes no space.
   */
  private boolean glued(CharSequence before, String line) {
    if (before.charAt(before.length() - 1) == '/' || line.charAt(0) == '/') {
      return true;
    }
    int space = before.length() - 1;
    while (space >= 0 && before.charAt(space) != ' ') {
      space--;
    }
    String last = before.subSequence(space + 1, before.length()).toString();
    int end = line.indexOf(' ');
    String first = end < 0 ? line : line.substring(0, end);
    if (!hasWordCharacter(last) || !hasWordCharacter(first)) {
      return false;
    }
    String joined = TOKEN_EDGES.matcher(last + first).replaceAll("").toLowerCase(Locale.ROOT);
    if (words.contains(joined)) {
      return true;
    }
    String abbreviation = TOKEN_EDGES.matcher(last).replaceFirst("").toLowerCase(Locale.ROOT);
    return last.endsWith(".") && Character.isUpperCase(first.charAt(0)) && gluedAbbreviations.contains(abbreviation);
  }

  private static boolean hasWordCharacter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private boolean keepHyphen(String left, String right) {
    String l = left.toLowerCase(Locale.ROOT);
    String r = right.toLowerCase(Locale.ROOT);
    if (words.contains(l + r)) {
      return false;
    }
    if (words.contains(l + "-" + r)) {
      return true;
    }
    if (!right.isEmpty() && left.length() > 4 && left.equals(left.toUpperCase(Locale.ROOT))
        && right.equals(right.toUpperCase(Locale.ROOT)) && Character.isLetter(right.charAt(0))) {
      // A word in capitals broken by hyphenation («НАСТАВ-» / «ЛЯЕМЫЙ»); a short «ХМАО-» / «ЮГРЫ» keeps its hyphen.
      return false;
    }
    if (right.isEmpty() || Character.isUpperCase(right.charAt(0)) || Character.isDigit(right.charAt(0))
        || (!left.isEmpty() && Character.isDigit(left.charAt(left.length() - 1)))) {
      return true;
    }
    String lastPart = l.substring(l.lastIndexOf('-') + 1);
    if (!lastPart.equals(l)) {
      // "Организационно-рас-" / "порядительная": the word already has its hyphen, this one is a break
      return false;
    }
    if (words.contains(lastPart) && words.contains(r) && lastPart.length() > 2 && r.length() > 2) {
      return true;
    }
    if (words.contains(lastPart) && lastPart.length() >= 4 && FULL_WORD_END.matcher(lastPart).find()) {
      // «детей-» / «сирот»: a word the document uses on its own, ending the way whole words end
      return true;
    }
    return COMPOUND_FIRST.matcher(lastPart).matches() && r.length() >= 6 && ADJECTIVE.matcher(r).matches();
  }

  private static boolean endsBroken(CharSequence s) {
    int n = s.length();
    if (n < 2) {
      return false;
    }
    char last = s.charAt(n - 1);
    char before = s.charAt(n - 2);
    return (last == '-' || last == '\u2010' || last == '\u00AD')
        && (Character.isLetter(before) || (before == '.' && n >= 3 && Character.isLetter(s.charAt(n - 3))));
  }
}
