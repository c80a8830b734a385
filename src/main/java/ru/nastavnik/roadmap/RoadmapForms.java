package ru.nastavnik.roadmap;

import static ru.nastavnik.roadmap.RoadmapItemProcess.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.VariableScope;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.FormValues;

/**
 * Reads the roadmap forms and requests at the edge (delegates, controllers): texts, dates, the
 * document kind and the indicator's value become typed values, and what is wrong is an error of its
 * field, so Tasklist shows it there. What depends on the occurrence or the roadmap (its state, its
 * period, its deadline) the services check.
 */
final class RoadmapForms {

  static final int MAX_REASON = 900;
  static final int MAX_MEASURES = 1900;
  static final int MAX_DOCUMENT_NUMBER = 100;
  static final int MAX_DOCUMENT_LINK = 1000;
  static final int MAX_COMMENT = 2000;

  private RoadmapForms() {}

  /** A date from a form: {@code 2026-09-01}, {@code 2026-09-01T00:00:00}, {@code 01.09.2026} or a {@link java.util.Date}. */
  static LocalDate date(Object value, String field, String what) {
    return FormDates.parse(value, field, "Дата " + what, ZoneId.of("UTC"));
  }

  /** Why a roadmap is withdrawn (the request's {@code reason}): spaces collapsed, required, at most {@link #MAX_REASON}. */
  static String withdrawalReason(String value) {
    String reason = value == null ? "" : value.replaceAll("\\s+", " ").trim();
    if (reason.isEmpty()) {
      throw new BusinessRuleException("reason", "Укажите причину, по которой дорожная карта отзывается");
    }
    if (reason.length() > MAX_REASON) {
      throw new BusinessRuleException("reason", "Причина отзыва не длиннее " + MAX_REASON + " символов");
    }
    return reason;
  }

  /** The date the responsible sets for an on-demand item (required; the service checks it against now and the period). */
  static LocalDate plannedDate(VariableScope scope) {
    LocalDate day = date(PLANNED_DATE.get(scope), PLANNED_DATE.name(), "исполнения");
    if (day == null) {
      throw new BusinessRuleException(PLANNED_DATE.name(), "Укажите дату, к которой мероприятие будет исполнено");
    }
    return day;
  }

  /** What the director did about the overdue item (required, at most {@link #MAX_MEASURES}). */
  static String measures(VariableScope scope) {
    Object value = MEASURES.get(scope);
    String text = value == null ? "" : value.toString().trim();
    if (text.isEmpty()) {
      throw new BusinessRuleException(MEASURES.name(), "Опишите принятые меры");
    }
    if (text.length() > MAX_MEASURES) {
      throw new BusinessRuleException(MEASURES.name(), "Описание мер не длиннее " + MAX_MEASURES + " символов");
    }
    return text;
  }

  /**
   * The result as the responsible submitted it. What is required depends on the occurrence (a
   * document for an item, a document or a comment for a check-in, the value where the item has a
   * target): the service checks that. The value is read only when the form asks for it ({@code asksValue}).
   */
  static RoadmapExecutionService.ResultDraft result(VariableScope scope, boolean asksValue) {
    DocumentKind kind = documentKind(DOCUMENT_KIND.get(scope));
    String number = text(DOCUMENT_NUMBER.get(scope));
    String link = text(DOCUMENT_LINK.get(scope));
    LocalDate date = date(DOCUMENT_DATE.get(scope), DOCUMENT_DATE.name(), "документа");
    if (number != null && number.length() > MAX_DOCUMENT_NUMBER) {
      throw new BusinessRuleException(DOCUMENT_NUMBER.name(), "Номер документа не длиннее " + MAX_DOCUMENT_NUMBER + " символов");
    }
    if (link != null && (link.length() > MAX_DOCUMENT_LINK || !(link.startsWith("http://") || link.startsWith("https://")))) {
      throw new BusinessRuleException(DOCUMENT_LINK.name(),
          "Ссылка на документ должна начинаться с http:// или https:// (до " + MAX_DOCUMENT_LINK + " символов)");
    }
    Integer value = asksValue ? indicatorValue(INDICATOR_VALUE.get(scope)) : null;
    String comment = text(COMMENT.get(scope));
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new BusinessRuleException(COMMENT.name(), "Комментарий не длиннее " + MAX_COMMENT + " символов");
    }
    return new RoadmapExecutionService.ResultDraft(kind, number, date, link, value, comment);
  }

  private static DocumentKind documentKind(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return DocumentKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BusinessRuleException(DOCUMENT_KIND.name(), "Выберите вид документа из списка");
    }
  }

  /** A whole non-negative number («12», «12,0»); empty is null. */
  private static Integer indicatorValue(Object value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      double number = Double.parseDouble(text.replace(',', '.'));
      if (number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
        throw new NumberFormatException();
      }
      return (int) number;
    } catch (NumberFormatException e) {
      throw new BusinessRuleException(INDICATOR_VALUE.name(), "Значение показателя — целое неотрицательное число");
    }
  }

  /** A text field, trimmed; empty (or the text «null» some clients send for an empty field) is null. */
  private static String text(Object value) {
    String text = FormValues.text(value);
    return text == null || "null".equals(text) ? null : text;
  }
}
