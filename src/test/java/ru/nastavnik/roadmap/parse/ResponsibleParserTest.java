package ru.nastavnik.roadmap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which bodies a responsible executor cell names, in a municipal roadmap and in a single school's. */
class ResponsibleParserTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Департамент образования Администрации города Ханты-Мансийска|DEPARTMENT|false",
      "Управление образования г. Азова|DEPARTMENT|false",
      "Отдел образования|DEPARTMENT|false",
      "Комитет по образованию администрации района|DEPARTMENT|false",
      "МАУ г.Нижевартовска «ЦРО»|METHODICAL_CENTER|false",
      "МКУ ДО «Центр развития образования»|METHODICAL_CENTER|false",
      "Районный методический кабинет|METHODICAL_CENTER|false",
      "Муниципальный координатор внедрения целевой модели|METHODICAL_CENTER|false",
      "Сектор ИМР|METHODICAL_CENTER|false",
      "ИМЦ|METHODICAL_CENTER|false",
      "ОО|ORGANIZATIONS|true",
      "Образовательные организации|ORGANIZATIONS|true",
      "Руководители ОО|ORGANIZATIONS|true",
      "Кураторы внедрения ЦМН ОО|ORGANIZATIONS|true",
      "руководители общеобразовательных организаций|ORGANIZATIONS|true",
      "директора школ|ORGANIZATIONS|true",
      "Кураторы внедрения целевой модели наставничества|ORGANIZATIONS|true",
      "Директор ЦРО|METHODICAL_CENTER|false"})
  void inAMunicipalRoadmap(String text, String bodies, boolean fanOut) {
    Responsible responsible = ResponsibleParser.parse(text, true);
    assertThat(responsible.bodies()).extracting(Enum::name).containsExactly(bodies.split(","));
    assertThat(responsible.fanOut()).isEqualTo(fanOut);
    assertThat(responsible.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Администрация",
      "Директор, заместители директора по учебной и воспитательной работе",
      "Куратор реализации программ наставничества, методический совет",
      "Наставники",
      "Куратор реализации программ наставничества, ответственный за ведение сайта образовательной организации"})
  void aSchoolsOwnStaffIsTheOrganizationItselfWithoutFanOut(String text) {
    assertThat(ResponsibleParser.municipal(text)).isFalse();
    Responsible responsible = ResponsibleParser.parse(text, false);
    assertThat(responsible.bodies()).containsExactly(ResponsibleBody.ORGANIZATIONS);
    assertThat(responsible.fanOut()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"Иванов И.И.", "АУ «Институт развития образования»", "—"})
  void textNamingNobodyMapsToNoBody(String text) {
    assertThat(ResponsibleParser.parse(text, true).bodies()).isEmpty();
  }
}
