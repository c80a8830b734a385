package ru.nastavnik.system;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A typed process variable of a process contract, in the spirit of camunda-bpm-data: its name and
 * how a stored value is read back ({@code Variable<Long> REQUEST_ID = Variable.id("requestId")}).
 * Delegates and listeners read and write through it; the engine APIs that take names get {@link #name()}.
 *
 * @param <T> the Java type of the value
 */
public final class Variable<T> {

  private final String name;
  private final Function<Object, T> reader;

  private Variable(String name, Function<Object, T> reader) {
    this.name = Objects.requireNonNull(name);
    this.reader = reader;
  }

  /** An id: engines and clients store it as Integer, Long or text; read as Long. */
  public static Variable<Long> id(String name) {
    return new Variable<>(name, FormValues::id);
  }

  /** A text; blank reads as null. */
  public static Variable<String> text(String name) {
    return new Variable<>(name, FormValues::text);
  }

  /** A routing flag; null reads as null, text "true"/"false" as the flag. */
  public static Variable<Boolean> flag(String name) {
    return new Variable<>(name, v -> v == null ? null : v instanceof Boolean b ? b : Boolean.valueOf(v.toString().trim()));
  }

  /** A whole number (a count, a year). */
  public static Variable<Integer> number(String name) {
    return new Variable<>(name, v -> v == null ? null : v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString().trim()));
  }

  /** A date stored as ISO text ("2026-09-01"). */
  public static Variable<LocalDate> date(String name) {
    return new Variable<>(name, v -> FormValues.text(v) == null ? null : LocalDate.parse(v.toString().trim().substring(0, 10)));
  }

  /** A value read as it is stored (a form value, a list). */
  public static Variable<Object> raw(String name) {
    return new Variable<>(name, v -> v);
  }

  public String name() {
    return name;
  }

  /** The value in {@code scope} (visible from its parents), or null. */
  public T get(VariableScope scope) {
    return reader.apply(scope.getVariable(name));
  }

  public Optional<T> optional(VariableScope scope) {
    return Optional.ofNullable(get(scope));
  }

  /** The value in {@code scope}; its absence is a programming error of the model. */
  public T required(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("Process variable " + name + " is missing");
    }
    return value;
  }

  /** The value among {@code variables} (a task's or an instance's map), or null. */
  public T from(Map<String, ?> variables) {
    return reader.apply(variables.get(name));
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value);
  }

  /** Sets the value on the scope itself, not on the parent that already holds it. */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, value);
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** Puts the value into {@code variables} (start or correlation variables) and returns them. */
  public <M extends Map<String, Object>> M put(M variables, T value) {
    variables.put(name, value);
    return variables;
  }

  @Override
  public String toString() {
    return name;
  }
}
