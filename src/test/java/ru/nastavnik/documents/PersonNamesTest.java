package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

  @Test
  void signatureBlocksPrintInitialsBeforeTheSurname() {
    assertThat(PersonNames.initialsAndSurname("Кузнецов Андрей Павлович")).isEqualTo("А. П. Кузнецов");
    assertThat(PersonNames.initialsAndSurname("  Координаторова   Ольга ")).isEqualTo("О. Координаторова");
    assertThat(PersonNames.initialsAndSurname("Салтыкова-Щедрина Анна-Мария Ивановна")).isEqualTo("А.-М. И. Салтыкова-Щедрина");
    assertThat(PersonNames.initialsAndSurname("Иванов")).isEqualTo("Иванов");
    assertThat(PersonNames.initialsAndSurname(null)).isEmpty();
  }

  @Test
  void thePlaceOfADocumentIsTheTown() {
    assertThat(OfficialDocx.place("Город Ханты-Мансийск")).isEqualTo("г. Ханты-Мансийск");
    assertThat(OfficialDocx.place("Кондинский район")).isEqualTo("Кондинский район");
  }
}
