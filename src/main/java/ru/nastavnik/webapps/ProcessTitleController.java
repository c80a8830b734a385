package ru.nastavnik.webapps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.identity.Privileged;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;

/**
 * Readable names of the process instances Cockpit lists (see {@link ProcessTitles}), for the instances
 * the caller may read in the engine: the engine's own authorization decides, as it does for Cockpit.
 */
@RestController
@RequestMapping("/api/process-titles")
@Tag(name = "Названия экземпляров процессов", description = "Понятные названия экземпляров процессов для списков Cockpit")
class ProcessTitleController {

  static final int MAX_INSTANCES = 200;

  private final ProcessTitles titles;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final IdentityService identity;

  ProcessTitleController(ProcessTitles titles, RuntimeService runtime, RepositoryService repository, IdentityService identity) {
    this.titles = titles;
    this.runtime = runtime;
    this.repository = repository;
    this.identity = identity;
  }

  @GetMapping
  @Operation(summary = "Названия выполняющихся экземпляров процессов по их id",
      description = "Например «Запрос № 3 · СОШ № 1» или «Дорожная карта 2026–2028 · п. 1.2 · СОШ № 2»; без персональных данных."
          + " Экземпляры, которые пользователь не может читать, и экземпляры без названия в ответ не попадают.")
  Map<String, String> titles(CurrentUser user, @RequestParam("processInstanceId") List<String> ids) {
    if (ids.size() > MAX_INSTANCES) {
      throw new BusinessRuleException("processInstanceId", "Не больше " + MAX_INSTANCES + " экземпляров процессов за один запрос");
    }
    Set<String> wanted = new LinkedHashSet<>(ids);
    wanted.removeIf(id -> id == null || id.isBlank());
    if (wanted.isEmpty()) {
      return Map.of();
    }
    List<ProcessInstance> readable = readableBy(user, wanted);
    if (readable.isEmpty()) {
      return Map.of();
    }
    return Privileged.call(identity, () -> describe(readable));
  }

  /** The instances among {@code ids} the engine lets the user read. */
  private List<ProcessInstance> readableBy(CurrentUser user, Set<String> ids) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(user.userId(), new ArrayList<>(user.groups()));
    try {
      return runtime.createProcessInstanceQuery().processInstanceIds(ids).list();
    } finally {
      if (previous != null) {
        identity.setAuthentication(previous);
      } else {
        identity.clearAuthentication();
      }
    }
  }

  private Map<String, String> describe(List<ProcessInstance> instances) {
    Map<String, String> keys = new HashMap<>();
    String[] definitionIds = instances.stream().map(ProcessInstance::getProcessDefinitionId).distinct().toArray(String[]::new);
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionIdIn(definitionIds).list()) {
      keys.put(definition.getId(), definition.getKey());
    }
    String[] instanceIds = instances.stream().map(ProcessInstance::getId).toArray(String[]::new);
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(instanceIds)
        .variableNameIn(ProcessTitles.VARIABLES.toArray(String[]::new)).disableCustomObjectDeserialization().list()) {
      Map<String, Object> own = variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>());
      // The instance's own variable wins over a local one of the same name in some task or subprocess.
      if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
        own.put(variable.getName(), variable.getValue());
      } else {
        own.putIfAbsent(variable.getName(), variable.getValue());
      }
    }
    Map<String, String> answer = new LinkedHashMap<>();
    for (ProcessInstance instance : instances) {
      String key = keys.get(instance.getProcessDefinitionId());
      if (key == null) {
        continue;
      }
      titles.title(new ProcessTitles.Instance(key, instance.getBusinessKey(),
              variables.getOrDefault(instance.getId(), Map.of())))
          .ifPresent(title -> answer.put(instance.getId(), title));
    }
    return answer;
  }
}
