package ru.nastavnik.workspace;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One page of a list after a search: rows whose text contains every word of the query (any case,
 * «ё» as «е»), {@link #SIZE} to a page.
 */
public record Listing<T>(List<T> rows, String query, int page, int pages, int total) {

  static final int SIZE = 20;

  static <T> Listing<T> of(List<T> all, String query, Integer page, Function<T, String> text) {
    String q = query == null ? "" : query.trim();
    List<String> words = Stream.of(normalize(q).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    List<T> found = all.stream().filter(row -> {
      String t = normalize(text.apply(row));
      return words.stream().allMatch(t::contains);
    }).toList();
    int pages = Math.max(1, (found.size() + SIZE - 1) / SIZE);
    int p = page == null ? 1 : Math.min(Math.max(1, page), pages);
    return new Listing<>(found.subList((p - 1) * SIZE, Math.min(found.size(), p * SIZE)), q, p, pages, found.size());
  }

  private static String normalize(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('ё', 'е');
  }

  public boolean hasPrevious() { return page > 1; }

  public boolean hasNext() { return page < pages; }
}
