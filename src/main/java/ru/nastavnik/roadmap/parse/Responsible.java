package ru.nastavnik.roadmap.parse;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The responsible executor cell. {@code bodies} are the kinds of bodies the text names;
 * {@code fanOut} is {@code true} when the item is done by every educational organization of the
 * municipality (ОО, образовательные организации, руководители ОО, кураторы ... ОО), so that each
 * organization gets its own copy of the item.
 */
public record Responsible(String text, boolean fanOut, Set<ResponsibleBody> bodies) {

  public Responsible {
    // EnumSet keeps the bodies in declaration order, so the JSON is stable.
    bodies = Collections.unmodifiableSet(bodies.isEmpty()
        ? EnumSet.noneOf(ResponsibleBody.class) : EnumSet.copyOf(bodies));
  }
}
