package ru.nastavnik.roadmap;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import ru.nastavnik.roadmap.parse.RoadmapFormatException;

/** The roadmap API's own refusals, in Russian like every other problem of the API. */
@RestControllerAdvice(assignableTypes = RoadmapController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoadmapProblemHandler {

  @ExceptionHandler(RoadmapFormatException.class)
  ProblemDetail notARoadmap(RoadmapFormatException e) {
    return problem(HttpStatus.BAD_REQUEST, "Файл не распознан как дорожная карта", e.getMessage());
  }

  @ExceptionHandler(RoadmapFileTooLargeException.class)
  ProblemDetail tooLarge(RoadmapFileTooLargeException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Файл слишком большой", e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail noFile(MissingServletRequestPartException e) {
    return problem(HttpStatus.BAD_REQUEST, "Нет файла", "Приложите файл дорожной карты в поле «" + e.getRequestPartName() + "»");
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }
}
