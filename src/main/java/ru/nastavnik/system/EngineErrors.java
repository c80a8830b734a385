package ru.nastavnik.system;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person reads when the engine's REST API (ours at {@code /engine-rest}, the webapps' at
 * {@code /camunda/api}) refuses a request: the engine's English messages become Russian ones,
 * our own Russian business messages lose the engine's English prefix, and nothing internal (SQL,
 * class names, stack traces, the whole rejected value) reaches the client.
 */
final class EngineErrors {

  /** A Russian refusal: status, title and detail. */
  record Refusal(int status, String title, String detail) {}

  /** A task action that came after a colleague completed the task: the curator's input is not lost, it is not needed. */
  private static final Refusal TASK_DONE = new Refusal(409, "Задача уже выполнена",
      "Задача уже выполнена другим пользователем. Обновите список задач: ваши данные не сохранены, повторять не нужно.");

  /** Camunda's built-in error code of an optimistic locking failure. */
  private static final int OPTIMISTIC_LOCKING_CODE = 1;

  private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern TASK_ACTION = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve|claim|unclaim)$");

  private EngineErrors() {}

  /**
   * @param status the engine's status
   * @param path the request path inside the application
   * @param type the engine's exception type, or null
   * @param message the engine's message, or null
   * @param code the engine's error code, or null
   * @param taskDone whether the task named in the path has been completed already (asked only for task actions)
   */
  static Refusal translate(int status, String path, String type, String message, Integer code,
      java.util.function.Predicate<String> taskDone) {
    String text = message == null ? "" : message;
    String lower = text.toLowerCase(Locale.ROOT);
    Matcher taskAction = TASK_ACTION.matcher(path);
    boolean optimisticLocking = (code != null && code == OPTIMISTIC_LOCKING_CODE)
        || "OptimisticLockingException".equals(type) || lower.contains("optimisticlocking")
        || lower.contains("was updated by another transaction concurrently")
        // Two requests of one user on the same task at once: both grant the user the task, the second insert loses.
        || lower.contains("act_uniq_auth_user");
    boolean action = taskAction.find();
    if (action && "claim".equals(taskAction.group(2)) && (optimisticLocking || lower.contains("already claimed")
        // The same user twice at once: the engine's second grant of the task to her loses on the unique key.
        || status >= 500 && lower.contains("persistence layer")
        // The colleague completed it between the engine reading the task and checking its grants.
        || status == 403 && taskDone.test(taskAction.group(1)))) {
      // Two curators took the same task at once (on one node or on two): the other one has it, or has done it.
      return taskDone.test(taskAction.group(1))
          ? TASK_DONE
          : new Refusal(409, "Задача уже в работе",
              "Эту задачу только что взял в работу другой пользователь. Обновите список задач и выберите другую.");
    }
    if (action && (status >= 500 || status == 403) && !"claim".equals(taskAction.group(2)) && taskDone.test(taskAction.group(1))) {
      // Whatever the engine tripped over, the task is done: a colleague's completion removed the execution under it,
      // or committed between the engine reading the task and checking the grants it deleted with it (a 403).
      return TASK_DONE;
    }
    if (action && (optimisticLocking || lower.contains("cannot find task") || lower.contains("task is null")
        || (status == 404 && !CYRILLIC.matcher(text).find()))) {
      if (optimisticLocking || taskDone.test(taskAction.group(1))) {
        return TASK_DONE;
      }
      return new Refusal(404, "Задача не найдена",
          "Задача не найдена: возможно, она уже выполнена или отменена. Обновите список задач.");
    }
    if (optimisticLocking) {
      return new Refusal(409, "Данные изменены",
          "Эти данные только что изменил другой пользователь. Обновите страницу и повторите действие.");
    }
    if (lower.contains("java serialization") || lower.contains("x-java-serialized-object")
        || lower.contains("serialization format") && lower.contains("prohibited")) {
      return new Refusal(400, "Недопустимое значение переменной",
          "Передавать объекты Java в переменных запрещено: отправьте значение как строку, число, дату или JSON.");
    }
    if (lower.contains("spin/jackson-json") || lower.contains("jsonparse") || lower.contains("unexpected character")
        || lower.contains("unrecognized token") || lower.contains("cannot deserialize") || lower.contains("json")
        && (lower.contains("parse") || lower.contains("malformed") || lower.contains("unable to"))) {
      return new Refusal(400, "Некорректный JSON", "Значение или тело запроса не является корректным JSON.");
    }
    if (lower.contains("cannot convert value") || lower.contains("unsupported value type")
        || lower.contains("must be") && lower.contains("type")) {
      return new Refusal(400, "Недопустимое значение переменной",
          "Значение переменной не подходит по типу: проверьте тип (String, Integer, Long, Boolean, Date, Json) и значение.");
    }
    String russian = russianPart(text);
    return switch (status) {
      case 401 -> path.contains("/auth/user/") && path.contains("/login/")
          ? new Refusal(401, "Вход не выполнен", "Неверный логин или пароль.")
          : new Refusal(401, "Требуется вход", "Войдите в систему: укажите логин и пароль (HTTP Basic) или войдите через Tasklist.");
      case 403 -> new Refusal(403, "Доступ запрещён", russian != null ? russian
          : text.startsWith("CSRFPreventionFilter")
              ? "Запрос отклонён защитой от подделки запросов: обновите страницу и повторите."
              : "Недостаточно прав для этого действия.");
      case 404 -> new Refusal(404, "Не найдено", russian != null ? russian
          : "Запрошенный объект не найден или недоступен вам.");
      case 405 -> new Refusal(405, "Метод не поддерживается", "Этот метод для этого адреса не поддерживается.");
      case 409 -> new Refusal(409, "Конфликт", russian != null ? russian : "Запрос противоречит текущему состоянию данных.");
      case 413 -> new Refusal(413, "Слишком большой запрос", "Размер запроса превышает допустимый предел.");
      case 415 -> new Refusal(415, "Формат не поддерживается", "Отправьте тело запроса как JSON (application/json).");
      default -> {
        if (status >= 500) {
          yield new Refusal(500, "Внутренняя ошибка",
              "Запрос не выполнен из-за внутренней ошибки; она записана в журнал. Повторите позже или сообщите администратору.");
        }
        yield new Refusal(status, "Некорректный запрос", russian != null ? russian
            : "Запрос отклонён: проверьте адрес, параметры и значения переменных.");
      }
    };
  }

  /**
   * The Russian message inside an engine message («Cannot submit task form 3f…: Укажите причину»),
   * or null when there is none. A message that carries SQL is never passed on.
   */
  static String russianPart(String message) {
    if (message == null || !CYRILLIC.matcher(message).find()) {
      return null;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("sql") || lower.contains("### error") || lower.contains("insert into") || lower.contains("update ")
        && lower.contains(" set ")) {
      return null;
    }
    // The Russian sentence starts after the engine's last «…: » before its first Russian letter.
    Matcher russian = CYRILLIC.matcher(message);
    russian.find();
    int start = message.lastIndexOf(": ", russian.start());
    String stripped = (start < 0 ? message : message.substring(start + 2)).trim();
    return stripped.length() <= 1000 ? stripped : stripped.substring(0, 1000) + "…";
  }
}
