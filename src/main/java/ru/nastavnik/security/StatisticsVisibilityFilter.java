package ru.nastavnik.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.web.util.ContentCachingResponseWrapper;
import ru.nastavnik.system.RequestUsers;

/**
 * The engine counts the running instances, failed jobs and incidents of each process definition
 * over every instance, whoever asks (only the definition itself is checked): a curator of one
 * municipality would learn how many requests another one has. For everybody but the
 * administrator the counts of {@code process-definition/statistics} are recounted over what the
 * caller may read.
 */
class StatisticsVisibilityFilter extends org.springframework.web.filter.OncePerRequestFilter {

  private static final Pattern STATISTICS =
      Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/process-definition/statistics/?$");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  StatisticsVisibilityFilter(IdentityService identityService, RuntimeService runtimeService, ManagementService managementService) {
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod())
        || !STATISTICS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, cached);
    String login = RequestUsers.claimedLogin(request).orElse(null);
    if (cached.getStatus() != 200 || login == null) {
      cached.copyBodyToResponse();
      return;
    }
    List<String> groups = new ArrayList<>();
    for (Group group : identityService.createGroupQuery().groupMember(login).list()) {
      groups.add(group.getId());
    }
    if (groups.contains(Groups.CAMUNDA_ADMIN)) {
      cached.copyBodyToResponse();
      return;
    }
    JsonNode statistics = JSON.readTree(cached.getContentAsByteArray());
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.setAuthentication(login, groups);
    try {
      if (statistics instanceof ArrayNode entries) {
        for (JsonNode entry : entries) {
          recount((ObjectNode) entry);
        }
      }
    } finally {
      if (previous == null) identityService.clearAuthentication(); else identityService.setAuthentication(previous);
    }
    byte[] body = JSON.writeValueAsBytes(statistics);
    cached.resetBuffer();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private void recount(ObjectNode entry) {
    String definitionId = entry.path("id").asText();
    entry.put("instances", runtimeService.createProcessInstanceQuery().processDefinitionId(definitionId).count());
    if (entry.has("failedJobs")) {
      entry.put("failedJobs", managementService.createJobQuery().processDefinitionId(definitionId).noRetriesLeft().count());
    }
    if (entry.has("incidents")) {
      Map<String, Long> byType = new TreeMap<>();
      for (Incident incident : runtimeService.createIncidentQuery().processDefinitionId(definitionId).list()) {
        byType.merge(incident.getIncidentType(), 1L, Long::sum);
      }
      ArrayNode incidents = entry.putArray("incidents");
      byType.forEach((type, count) -> incidents.addObject().put("incidentType", type).put("incidentCount", count));
    }
  }
}
