package ru.nastavnik.system;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns every failure of our REST API into {@code application/problem+json} with a Russian
 * title and detail; validation problems also list each field ({@code errors}).
 */
@RestControllerAdvice
class ProblemHandler {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      errors.add(fieldError(error.getField(), error.getDefaultMessage()));
    }
    e.getBindingResult().getGlobalErrors()
        .forEach(error -> errors.add(fieldError(error.getObjectName(), error.getDefaultMessage())));
    return validation(errors);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalidParameters(ConstraintViolationException e) {
    List<Map<String, String>> errors = e.getConstraintViolations().stream()
        .map(v -> fieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .toList();
    return validation(errors);
  }

  @ExceptionHandler(BusinessRuleException.class)
  ProblemDetail businessRule(BusinessRuleException e) {
    if (e.getField() != null) {
      return validation(List.of(fieldError(e.getField(), e.getMessage())));
    }
    return problem(HttpStatus.BAD_REQUEST, "Запрос не выполнен", e.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof InvalidFormatException format && !format.getPath().isEmpty()) {
      String field = fieldPath(format);
      String original = format.getOriginalMessage();
      // Our own refusals (dates out of range) are Russian from their first letter; Jackson's are English.
      String message = original != null && !original.isEmpty() && Character.UnicodeBlock.of(original.charAt(0))
          == Character.UnicodeBlock.CYRILLIC ? original
          : "недопустимое значение «" + Problems.quote(format.getValue()) + "»";
      Class<?> target = format.getTargetType();
      if (target != null && target.isEnum()) {
        message += "; допустимые значения: " + Arrays.stream(target.getEnumConstants())
            .map(Object::toString).collect(Collectors.joining(", "));
      }
      return validation(List.of(fieldError(field, message)));
    }
    if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      Class<?> target = mismatch.getTargetType();
      return validation(List.of(fieldError(fieldPath(mismatch), "значение неверного типа"
          + (target == null ? "" : expectedFormat(target)))));
    }
    return problem(HttpStatus.BAD_REQUEST, "Некорректный запрос",
        "Тело запроса не является корректным JSON или не соответствует ожидаемому формату.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "" : expectedFormat(e.getRequiredType());
    return validation(List.of(fieldError(e.getName(), "недопустимое значение «" + Problems.quote(e.getValue()) + "»" + expected)));
  }

  @ExceptionHandler(UnsatisfiedServletRequestParameterException.class)
  ProblemDetail unsatisfiedParameters(UnsatisfiedServletRequestParameterException e) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (String[] group : e.getParamConditionGroups()) {
      for (String condition : group) {
        if (!condition.startsWith("!") && !condition.contains("=")) {
          errors.add(fieldError(condition, "обязательный параметр не указан"));
        }
      }
    }
    return errors.isEmpty() ? problem(HttpStatus.BAD_REQUEST, "Ошибка в данных", "Параметры запроса не подходят к этому адресу")
        : validation(errors);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return validation(List.of(fieldError(e.getParameterName(), "обязательный параметр не указан")));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Файл слишком большой",
        "Размер файла превышает допустимый предел.");
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Конфликт", e.getMessage());
    if (e.getField() != null) {
      problem.setProperty("errors", List.of(fieldError(e.getField(), e.getMessage())));
    }
    return problem;
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ProblemDetail noSuchPath(NoResourceFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Не найдено", "Такого адреса нет: /" + Problems.quote(e.getResourcePath()));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e) {
    return problem(HttpStatus.METHOD_NOT_ALLOWED, "Метод не поддерживается",
        "Метод " + Problems.quote(e.getMethod()) + " для этого адреса не поддерживается"
            + (e.getSupportedMethods() == null ? "" : "; допустимо: " + String.join(", ", e.getSupportedMethods())));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ProblemDetail wrongMediaType(HttpMediaTypeNotSupportedException e) {
    return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Формат не поддерживается",
        "Формат тела запроса " + Problems.quote(e.getContentType()) + " не поддерживается; отправьте JSON (application/json)");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return validation(List.of(fieldError(e.getRequestPartName(), "приложите файл")));
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "Не найдено", e.getMessage());
  }

  @ExceptionHandler(ForbiddenException.class)
  ProblemDetail forbidden(ForbiddenException e) {
    return problem(HttpStatus.FORBIDDEN, "Доступ запрещён", e.getMessage());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail conflict(DataIntegrityViolationException e) {
    return problem(HttpStatus.CONFLICT, "Конфликт данных",
        "Запись с такими данными уже существует или ссылается на несуществующую запись.");
  }

  /** Anything unexpected: logged with its cause, answered without internals; a lost database is a 503 to repeat. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (e instanceof org.springframework.web.ErrorResponse known) {
      // Spring's own HTTP errors (unknown path, wrong method, wrong media type) keep their status.
      ProblemDetail body = known.getBody();
      body.setTitle("Запрос не выполнен");
      body.setDetail("Запрос не может быть обработан (код " + known.getStatusCode().value() + ")");
      return ResponseEntity.status(known.getStatusCode()).body(body);
    }
    if (DatabaseOutage.isOutage(e)) {
      LOG.warn("База данных недоступна, запрос REST API не выполнен: {}", Problems.quote(DatabaseOutageFilter.rootMessage(e)));
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
          .body(problem(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.TITLE, DatabaseOutage.DETAIL));
    }
    LOG.error("Непредвиденная ошибка REST API", e);
    return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Внутренняя ошибка",
        "Запрос не выполнен из-за внутренней ошибки; она записана в журнал. Повторите позже или сообщите администратору."));
  }

  /** The expected format of a path or query parameter, named in the error. */
  private static String expectedFormat(Class<?> type) {
    if (type == java.time.LocalDate.class) return "; ожидается дата в формате ГГГГ-ММ-ДД, например 2026-09-01";
    if (type == java.time.Instant.class) return "; ожидается момент времени в формате ISO 8601, например 2026-09-01T09:00:00Z";
    if (Number.class.isAssignableFrom(type) || type.isPrimitive()) return "; ожидается целое число";
    if (type.isEnum()) return "; допустимые значения: " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    return "";
  }

  private static ProblemDetail validation(List<Map<String, String>> errors) {
    String detail = errors.stream()
        .map(error -> error.get("field") + ": " + error.get("message"))
        .collect(Collectors.joining("; "));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ошибка в данных", detail);
    problem.setProperty("errors", errors);
    return problem;
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static Map<String, String> fieldError(String field, String message) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static String fieldPath(MismatchedInputException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
