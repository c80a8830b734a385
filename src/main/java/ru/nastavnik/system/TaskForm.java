package ru.nastavnik.system;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;

/**
 * A user task's form as our listeners fill it: when the task is created (through the engine's
 * {@link DelegateTask}) and again whenever its form is opened (through the {@link TaskService}), so
 * that what the form shows — candidates, figures, summaries — is current, not frozen at creation.
 * Values shown are task-local: they vanish with the task.
 */
public interface TaskForm {

  /** The longest task name the engine stores. */
  int MAX_NAME = 255;

  /** The longest text the engine stores as a string variable (PostgreSQL {@code varchar(4000)}). */
  int MAX_STRING = 4000;

  String taskKey();

  /** A variable visible from the task (its own or its process's). */
  Object variable(String name);

  /** Puts a value the form shows. */
  void show(String name, Object value);

  static TaskForm of(DelegateTask task) {
    return new TaskForm() {
      @Override public String taskKey() { return task.getTaskDefinitionKey(); }
      @Override public Object variable(String name) { return task.getVariable(name); }
      @Override public void show(String name, Object value) { task.setVariableLocal(name, storable(value)); }
    };
  }

  static TaskForm of(TaskService tasks, Task task) {
    return new TaskForm() {
      @Override public String taskKey() { return task.getTaskDefinitionKey(); }
      @Override public Object variable(String name) { return tasks.getVariable(task.getId(), name); }
      // Written only when it changed: an unchanged form is not a write that a submit sent at the
      // same moment (Tasklist loads the form's variables more than once) would collide with.
      @Override public void show(String name, Object value) {
        Object stored = storable(value);
        if (!same(tasks.getVariableLocalTyped(task.getId(), name, false), stored)) {
          tasks.setVariableLocal(task.getId(), name, stored);
        }
      }
    };
  }

  /**
   * A text longer than a string variable holds is kept as a JSON string: the form reads it as the
   * same text, where a string variable would fail the whole transaction.
   */
  static Object storable(Object value) {
    if (value instanceof String text && text.length() > MAX_STRING) {
      String quoted = '"' + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(quoted).create();
    }
    return value;
  }

  /** Whether a stored value already holds what would be written (JSON compared as serialized). */
  static boolean same(org.camunda.bpm.engine.variable.value.TypedValue current, Object value) {
    if (current == null) {
      return false;
    }
    if (value instanceof org.camunda.bpm.engine.variable.value.SerializableValue fresh) {
      return current instanceof org.camunda.bpm.engine.variable.value.SerializableValue old
          && java.util.Objects.equals(old.getValueSerialized(), fresh.getValueSerialized());
    }
    if (value instanceof org.camunda.bpm.engine.variable.value.TypedValue typed) {
      return java.util.Objects.equals(current.getValue(), typed.getValue());
    }
    return !(current instanceof org.camunda.bpm.engine.variable.value.SerializableValue)
        && java.util.Objects.equals(current.getValue(), value);
  }

  /** The task's name with a suffix (the request, the pair …), cut to what the engine stores. */
  static String name(String base, String suffix) {
    String name = suffix == null || suffix.isBlank() ? base : base + " — " + suffix;
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME - 1) + "…";
  }

  /**
   * Tasklist submits a task form with {@code submit-form}, which writes each value into the
   * task-local variable of the same name (the pre-filled one) and so would lose it with the task:
   * on completion the submitted {@code fields} are handed to the process, typed as submitted.
   */
  static void keepSubmitted(DelegateTask task, java.util.Collection<String> fields) {
    for (String field : fields) {
      if (task.hasVariableLocal(field)) {
        task.getExecution().setVariable(field, task.getVariableLocalTyped(field));
      }
    }
  }

  /** Fills the forms of some tasks; each is filled at creation and again when opened. */
  interface Filler {

    boolean fills(String taskKey);

    void fill(TaskForm form);
  }
}
