package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.roadmap.SchoolExecutors.Role.CURATORS;
import static ru.nastavnik.roadmap.SchoolExecutors.Role.DIRECTORS;
import static ru.nastavnik.roadmap.SchoolExecutors.Role.MENTORS;

import org.junit.jupiter.api.Test;

/** Who in a school does an item of the school's own roadmap, by the words of the responsible cell. */
class SchoolExecutorsTest {

  @Test
  void theDirectorAndDeputiesInEveryWording() {
    assertThat(SchoolExecutors.of("Директор")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("Заместитель директора по УВР")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("зам. директора по ВР")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("Заместители по учебной работе")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("Руководитель ОО")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("Администрация")).containsExactly(DIRECTORS);
    assertThat(SchoolExecutors.of("Директор, заместители директора по учебной и воспитательной работе"))
        .containsExactly(DIRECTORS);
  }

  @Test
  void mentorsButNotTheCuratorOfMentoring() {
    assertThat(SchoolExecutors.of("Наставники")).containsExactly(MENTORS);
    assertThat(SchoolExecutors.of("педагоги-наставники")).containsExactly(MENTORS);
    assertThat(SchoolExecutors.of("Куратор реализации программ наставничества")).containsExactly(CURATORS);
  }

  @Test
  void theCuratorAndMethodicalBodies() {
    assertThat(SchoolExecutors.of("Куратор")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("Методическое объединение учителей начальных классов")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("Руководитель ШМО")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("руководители МО")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("Методист")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("Педагог-психолог")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("Методический совет")).containsExactly(CURATORS);
  }

  @Test
  void severalNamedGiveEachAndNothingRecognisedGivesTheCurators() {
    assertThat(SchoolExecutors.of("Директор и наставники")).containsExactly(DIRECTORS, MENTORS);
    assertThat(SchoolExecutors.of("Директор, куратор реализации программ наставничества")).containsExactly(DIRECTORS, CURATORS);
    assertThat(SchoolExecutors.of("Заместитель директора по УВР, ШМО, наставники"))
        .containsExactly(DIRECTORS, CURATORS, MENTORS);
    assertThat(SchoolExecutors.of("Библиотекарь")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of("")).containsExactly(CURATORS);
    assertThat(SchoolExecutors.of(null)).containsExactly(CURATORS);
  }
}
