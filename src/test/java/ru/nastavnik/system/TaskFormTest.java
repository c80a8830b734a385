package ru.nastavnik.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.junit.jupiter.api.Test;

class TaskFormTest {

  @Test
  void aTextTheEngineCanStoreAsAStringStaysAString() {
    String text = "я".repeat(TaskForm.MAX_STRING);
    assertThat(TaskForm.storable(text)).isSameAs(text);
  }

  @Test
  void aLongerTextBecomesAJsonStringThatReadsBackAsTheSameText() throws Exception {
    String text = "**Кандидат «Иванов»**\n\"кавычки\" и \\ обратная черта ".repeat(200);
    Object stored = TaskForm.storable(text);
    assertThat(stored).isInstanceOf(SerializableValue.class);
    String json = ((SerializableValue) stored).getValueSerialized();
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, String.class)).isEqualTo(text);
  }

  @Test
  void aTaskNameGetsItsSuffixAfterADash() {
    assertThat(TaskForm.name("Рассмотреть запрос", "запрос № 7")).isEqualTo("Рассмотреть запрос — запрос № 7");
    assertThat(TaskForm.name("Рассмотреть запрос", " ")).isEqualTo("Рассмотреть запрос");
    assertThat(TaskForm.name("Рассмотреть запрос", null)).isEqualTo("Рассмотреть запрос");
  }

  @Test
  void aTaskNameLongerThanTheEngineStoresIsCutWithAnEllipsis() {
    String fits = TaskForm.name("Задача", "я".repeat(TaskForm.MAX_NAME - "Задача — ".length()));
    assertThat(fits).hasSize(TaskForm.MAX_NAME).endsWith("я");
    String cut = TaskForm.name("Задача", "я".repeat(TaskForm.MAX_NAME));
    assertThat(cut).hasSize(TaskForm.MAX_NAME).startsWith("Задача — я").endsWith("я…");
  }

  @Test
  void anUnchangedValueIsRecognisedSoTheFormIsNotWrittenAgain() {
    Object json = TaskForm.storable("я".repeat(TaskForm.MAX_STRING + 1));
    assertThat(TaskForm.same(org.camunda.bpm.engine.variable.Variables.stringValue("текст"), "текст")).isTrue();
    assertThat(TaskForm.same(org.camunda.bpm.engine.variable.Variables.stringValue("текст"), "другой")).isFalse();
    assertThat(TaskForm.same(null, "текст")).isFalse();
    assertThat(TaskForm.same((org.camunda.bpm.engine.variable.value.TypedValue) json, TaskForm.storable("я".repeat(TaskForm.MAX_STRING + 1)))).isTrue();
    assertThat(TaskForm.same((org.camunda.bpm.engine.variable.value.TypedValue) json, TaskForm.storable("ю".repeat(TaskForm.MAX_STRING + 1)))).isFalse();
  }
}
