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
}
