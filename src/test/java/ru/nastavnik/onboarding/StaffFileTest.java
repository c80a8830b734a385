package ru.nastavnik.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.person.Role;

/** Reading a staff list: encodings, separators, headers by meaning, roles and logins. */
class StaffFileTest {

  @Test
  void windows1251AndUtf8AreToldByTheirBytes() {
    String text = "ФИО;Должность\r\nЁлкина Ирина Юрьевна;Учитель\r\n";
    assertThat(StaffFile.decode(text.getBytes(Charset.forName("windows-1251")))).isEqualTo(text);
    assertThat(StaffFile.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void theSeparatorIsTheOneTheHeaderUses() {
    assertThat(StaffFile.delimiter("ФИО,Должность,Роль\nИванова Анна Петровна,\"Учитель; завуч\",наставник")).isEqualTo(',');
    assertThat(StaffFile.delimiter("ФИО;Должность;Роль\nИванова Анна Петровна;\"Учитель, завуч\";наставник")).isEqualTo(';');
  }

  @Test
  void headersAreFoundByMeaningBelowTitleRows() {
    List<SheetRow> rows = StaffFile.read(("Список педагогических работников\n\n"
        + "№ п/п,Ф.И.О. сотрудника,Занимаемая должность,Адрес эл. почты,Общий стаж,Стаж педагогической работы\n"
        + "1,Иванова Анна Петровна,Учитель,a@b.ru,30,25\n").getBytes(StandardCharsets.UTF_8), "x.csv");
    StaffColumns columns = StaffColumns.find(rows).orElseThrow();
    assertThat(columns.headerRow()).isEqualTo(3);
    SheetRow person = rows.get(3);
    assertThat(columns.value(person, StaffField.FULL_NAME)).isEqualTo("Иванова Анна Петровна");
    assertThat(columns.value(person, StaffField.EMAIL)).isEqualTo("a@b.ru");
    assertThat(columns.value(person, StaffField.EXPERIENCE)).isEqualTo("25");
  }

  @Test
  void aFileWithoutANameColumnIsNoStaffList() {
    assertThat(StaffColumns.find(StaffFile.read("Дата;Сумма\n01.09.2026;100\n".getBytes(StandardCharsets.UTF_8), "x")))
        .isEmpty();
    assertThatThrownBy(() -> StaffFile.read(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "x.xls"))
        .isInstanceOf(StaffFileException.class).hasMessageContaining(".xlsx");
  }

  @Test
  void rolesAreReadFromTheWordsOfAStaffList() {
    RoleNames.Parsed parsed = RoleNames.parse("Наставляемый (молодой специалист); куратор, волшебник");
    assertThat(parsed.roles()).containsExactlyInAnyOrder(Role.MENTEE, Role.CURATOR);
    assertThat(parsed.unknown()).containsExactly("волшебник");
    assertThat(RoleNames.parse("Директор").roles()).containsExactly(Role.DIRECTOR);
  }

  @Test
  void loginsComeFromTheEmailOrThePassportTransliteration() {
    assertThat(Logins.base("Иванова Мария Петровна", "Ivanova.MP@school1.ru")).isEqualTo("ivanova.mp");
    assertThat(Logins.base("Щукина Юлия Сергеевна", null)).isEqualTo("shchukina.ius");
    assertThat(Logins.base("Щукина Юлия Сергеевна", "не-адрес")).isEqualTo("shchukina.ius");
    assertThat(Logins.unique("ivanova.mp", l -> l.equals("ivanova.mp") || l.equals("ivanova.mp2"))).isEqualTo("ivanova.mp3");
  }
}
