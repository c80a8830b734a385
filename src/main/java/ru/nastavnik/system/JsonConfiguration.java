package ru.nastavnik.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates in our API are text (ISO 8601): a number such as {@code 1e300} is refused instead of
 * becoming 1 January 1970, and every date must lie within {@link FormDates#EARLIEST}–{@link FormDates#LATEST}.
 */
@Configuration
class JsonConfiguration {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textDatesOnly() {
    SimpleModule module = new SimpleModule("nastavnik-dates");
    module.addDeserializer(Instant.class, new TextOnly<>(InstantDeserializer.INSTANT, Instant.class));
    module.addDeserializer(LocalDate.class, new TextOnly<>(LocalDateDeserializer.INSTANCE, LocalDate.class));
    return builder -> builder.modulesToInstall(module);
  }

  /** Accepts the value only as a JSON string, then checks its bounds. */
  private static final class TextOnly<T> extends JsonDeserializer<T> {

    private final JsonDeserializer<? extends T> delegate;
    private final Class<T> type;

    TextOnly(JsonDeserializer<? extends T> delegate, Class<T> type) {
      this.delegate = delegate;
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return type.cast(context.handleUnexpectedToken(type, parser));
      }
      T value = delegate.deserialize(parser, context);
      try {
        if (value instanceof Instant at) FormDates.withinBounds(at, parser.currentName(), "Дата");
        if (value instanceof LocalDate date) FormDates.withinBounds(date, parser.currentName(), "Дата");
      } catch (BusinessRuleException e) {
        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(parser, e.getMessage(), parser.getText(), type);
      }
      return value;
    }
  }
}
