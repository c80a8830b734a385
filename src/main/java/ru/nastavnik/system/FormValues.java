package ru.nastavnik.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads values submitted by Camunda Forms: a checklist arrives as a JSON array (a Spin JSON
 * value, a JSON string or a Java list, depending on the client), a text field as a string.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormValues() {}

  public static String text(Object value) {
    if (value == null) return null;
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /**
   * A required text field, trimmed: empty gives {@code missing}, longer than {@code max} a
   * length message; both are errors of {@code field}, so Tasklist shows them at the field.
   */
  public static String requiredText(Object value, String field, String missing, int max) {
    String text = text(value);
    if (text == null) {
      throw new BusinessRuleException(field, missing);
    }
    return limited(text, field, max);
  }

  /** An optional text field, trimmed; empty is null, longer than {@code max} an error of {@code field}. */
  public static String optionalText(Object value, String field, int max) {
    String text = text(value);
    return text == null ? null : limited(text, field, max);
  }

  private static String limited(String text, String field, int max) {
    if (text.length() > max) {
      throw new BusinessRuleException(field, "Не длиннее " + max + " символов (сейчас " + text.length() + ")");
    }
    return text;
  }

  public static List<String> strings(Object value) {
    List<String> result = new ArrayList<>();
    if (value == null) {
      return result;
    }
    if (value instanceof Collection<?> collection) {
      collection.stream().filter(v -> v != null).forEach(v -> result.add(v.toString().trim()));
      return result;
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return result;
    }
    if (text.startsWith("[")) {
      try {
        JsonNode node = JSON.readTree(text);
        node.forEach(item -> result.add(item.asText().trim()));
        return result;
      } catch (JsonProcessingException e) {
        throw new BusinessRuleException("Не удалось прочитать список значений формы: " + text);
      }
    }
    for (String part : text.split(",")) {
      if (!part.isBlank()) result.add(part.trim());
    }
    return result;
  }

  public static Long id(Object value) {
    if (value == null) return null;
    if (value instanceof Number number) return number.longValue();
    try {
      return Long.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new BusinessRuleException("Некорректный идентификатор «" + value + "»");
    }
  }
}
