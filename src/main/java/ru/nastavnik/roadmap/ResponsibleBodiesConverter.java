package ru.nastavnik.roadmap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import ru.nastavnik.roadmap.parse.ResponsibleBody;

/** Stores the responsible bodies of an item as {@code DEPARTMENT,ORGANIZATIONS}. */
@Converter
class ResponsibleBodiesConverter implements AttributeConverter<Set<ResponsibleBody>, String> {

  @Override
  public String convertToDatabaseColumn(Set<ResponsibleBody> bodies) {
    return bodies == null ? "" : bodies.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<ResponsibleBody> convertToEntityAttribute(String text) {
    Set<ResponsibleBody> bodies = EnumSet.noneOf(ResponsibleBody.class);
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(String::trim).map(ResponsibleBody::valueOf).forEach(bodies::add);
    }
    return bodies;
  }
}
