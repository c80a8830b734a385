package ru.nastavnik.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When Tasklist opens a task's form (it asks for the form's variables), the values our listeners
 * show in it are computed again ({@link TaskForm.Filler}): a mentor approved after the task was
 * created is among the candidates, the figures of a report are today's. Registered in {@link WebFilters}.
 */
class TaskFormRefreshFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormRefreshFilter.class);
  private static final Pattern FORM_VARIABLES =
      Pattern.compile("^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/form-variables/?$");

  private final ProcessEngineConfigurationImpl engine;
  private final TaskService tasks;
  private final List<TaskForm.Filler> fillers;
  private final TransactionTemplate transaction;

  TaskFormRefreshFilter(ProcessEngineConfigurationImpl engine, TaskService tasks, List<TaskForm.Filler> fillers,
      TransactionTemplate transaction) {
    this.engine = engine;
    this.tasks = tasks;
    this.fillers = fillers;
    this.transaction = transaction;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher matcher = FORM_VARIABLES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    if (matcher.matches()) {
      refresh(matcher.group(1));
    }
    chain.doFilter(request, response);
  }

  private void refresh(String taskId) {
    // Most forms have nothing to refill: the task's key read by its primary key decides that without
    // the authorized task query (the REST call that follows checks the user's access as always).
    TaskEntity entity = engine.getCommandExecutorTxRequired().execute(context -> context.getTaskManager().findTaskById(taskId));
    if (entity == null || fillers.stream().noneMatch(filler -> filler.fills(entity.getTaskDefinitionKey()))) {
      return;
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      return;
    }
    for (TaskForm.Filler filler : fillers) {
      if (filler.fills(task.getTaskDefinitionKey())) {
        try {
          transaction.executeWithoutResult(status -> filler.fill(TaskForm.of(tasks, task)));
        } catch (RuntimeException e) {
          // The form still opens with the values of its last filling.
          LOG.warn("Форма задачи {} не обновлена: {}", task.getTaskDefinitionKey(), e.getMessage());
        }
      }
    }
  }
}
