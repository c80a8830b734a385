package ru.nastavnik.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every refusal of the engine's REST APIs ({@code /engine-rest}, {@code /camunda/api}) as
 * Russian problem JSON (see {@link EngineErrors}); successful responses pass through untouched.
 * Registered in {@link WebFilters}.
 */
class EngineRestErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineRestErrorFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HistoryService history;

  EngineRestErrorFilter(HistoryService history) {
    this.history = history;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
    chain.doFilter(request, capturing);
    if (!capturing.isCapturing() || response.isCommitted()) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String type = null;
    String message = null;
    Integer code = null;
    String body = capturing.capturedBody();
    if (!body.isBlank()) {
      try {
        JsonNode json = JSON.readTree(body);
        type = text(json, "type");
        message = text(json, "message");
        code = json.hasNonNull("code") && json.get("code").canConvertToInt() ? json.get("code").asInt() : null;
      } catch (IOException e) {
        message = null;
      }
    }
    if (capturing.getStatus() >= 500 && DatabaseOutage.isOutage(type, message)) {
      LOG.warn("База данных недоступна: REST движка {} {} — ответ 503", request.getMethod(), path);
      DatabaseOutage.write(response);
      return;
    }
    EngineErrors.Refusal refusal = EngineErrors.translate(capturing.getStatus(), path, type, message, code, this::taskDone);
    if (refusal.status() >= 500) {
      LOG.warn("Внутренняя ошибка REST движка {} {}: {}", request.getMethod(), path, Problems.quote(message));
    } else {
      LOG.debug("Отказ REST движка {} {} ({}): {}", request.getMethod(), path, capturing.getStatus(), Problems.quote(message));
    }
    ObjectNode problem = Problems.body(refusal.status(), refusal.title(), refusal.detail());
    if ("AuthorizationException".equals(type)) {
      // Camunda's webapps show their own page for this type; other internal type names are not passed on.
      problem.put("type", type);
    }
    response.resetBuffer();
    Problems.write(response, problem);
  }

  private boolean taskDone(String taskId) {
    return history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0;
  }

  private static String text(JsonNode json, String field) {
    return json.hasNonNull(field) ? json.get(field).asText() : null;
  }
}
