package ru.nastavnik.onboarding;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The onboarding API's own refusals, in Russian like every other problem of the API. */
@RestControllerAdvice(basePackageClasses = OnboardingProblemHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OnboardingProblemHandler {

  @ExceptionHandler(StaffFileException.class)
  ProblemDetail notAStaffList(StaffFileException e) {
    HttpStatus status = e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(e.isTooLarge() ? "Файл слишком большой" : "Файл не распознан как список сотрудников");
    return problem;
  }

  @ExceptionHandler(GoneException.class)
  ProblemDetail gone(GoneException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
    problem.setTitle("Ссылка больше не действует");
    return problem;
  }
}
