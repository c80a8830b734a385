package ru.nastavnik.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The shared Russian Tasklist filters. They are readable by everybody, but each shows only
 * the tasks its user is authorized for, so a curator sees their own organization's work.
 */
@Component
class TasklistFilters {

  static final String MY_TASKS = "Мои задачи";
  static final String ORGANIZATION_TASKS = "Задачи организации";
  static final String OVERDUE = "Просроченные";
  static final String FOLLOW_UP = "На контроле";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createFilters() {
    create(MY_TASKS, -20, "Задачи, назначенные лично мне",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create(ORGANIZATION_TASKS, -10, "Задачи групп, в которые я вхожу: их может взять в работу любой из группы",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    create(OVERDUE, 0, "Задачи, срок которых уже прошёл",
        taskService.createTaskQuery().dueBeforeExpression("${now()}"));
    create(FOLLOW_UP, 10, "Задачи, по которым наступила дата напоминания",
        taskService.createTaskQuery().followUpBeforeExpression("${now()}"));
  }

  List<String> names() {
    return List.of(MY_TASKS, ORGANIZATION_TASKS, OVERDUE, FOLLOW_UP);
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);

    Authorization readable = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    readable.setResource(Resources.FILTER);
    readable.setResourceId(filter.getId());
    readable.addPermission(Permissions.READ);
    authorizationService.saveAuthorization(readable);
  }
}
