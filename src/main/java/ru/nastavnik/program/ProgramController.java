package ru.nastavnik.program;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.system.CurrentUser;

/** REST for the work of the pairs: programs, meetings, feedback, survey growth; the early end of a pair. */
@RestController
@Tag(name = "Программы наставничества", description = "Работа пар: программа, встречи, обратная связь, рост по самооценке,"
    + " досрочное завершение")
class ProgramController {

  private final ProgramQueries service;
  private final PairEarlyEnd earlyEnd;

  ProgramController(ProgramQueries service, PairEarlyEnd earlyEnd) {
    this.service = service;
    this.earlyEnd = earlyEnd;
  }

  @GetMapping(value = "/api/programs", params = "pairId")
  @Operation(summary = "Программа пары: встречи, обратная связь (в том числе пропущенная), рост по самооценке")
  ProgramView ofPair(CurrentUser user, @RequestParam Long pairId) {
    return service.viewOfPair(user, pairId);
  }

  @GetMapping("/api/programs/{id}")
  @Operation(summary = "Программа наставничества")
  ProgramView program(CurrentUser user, @PathVariable Long id) {
    return service.view(user, id);
  }

  @GetMapping("/api/programs/missed-feedback")
  @Operation(summary = "Пропущенная обратная связь о встречах в организации (переданная куратору)")
  List<ProgramView.MissedFeedback> missedFeedback(CurrentUser user, @RequestParam Long organizationId) {
    return service.missedFeedback(user, organizationId);
  }

  @PostMapping("/api/pairs/{pairId}/end-early")
  @Operation(summary = "Досрочно завершить работу пары (куратор её организации); наставляемый возвращается в банк")
  ProgramView.PairEnd endEarly(CurrentUser user, @PathVariable Long pairId, @RequestBody(required = false) EndEarlyRequest request) {
    return earlyEnd.end(user, pairId, request == null ? null : request.reason());
  }

  record EndEarlyRequest(String reason) {}
}
