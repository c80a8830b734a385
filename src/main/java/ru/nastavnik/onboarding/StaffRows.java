package ru.nastavnik.onboarding;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.person.PersonData;
import ru.nastavnik.person.PhoneNumbers;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;

/**
 * Reads the cells of one row of a staff list into a person's data: the organization, the full
 * name, e-mail, phone, roles, experience, birth date, position, subjects and login, each checked
 * on its own. What is wrong goes to the row's errors, every message naming its column.
 */
final class StaffRows {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private StaffRows() {}

  /** The cells of a row as a person's data; what is wrong goes to the row's errors, naming the column. */
  static void read(PlannedRow p, SheetRow row, StaffColumns columns, Organization fixed, Map<String, Organization> byName) {
    if (fixed != null) {
      p.organization = fixed;
    } else {
      String name = columns.value(row, StaffField.ORGANIZATION);
      if (name.isEmpty()) {
        p.errors.add(column(columns, StaffField.ORGANIZATION) + "не указана организация");
      } else {
        p.organization = byName.get(StaffColumns.normalize(name));
        if (p.organization == null) {
          p.errors.add(column(columns, StaffField.ORGANIZATION) + "организация «" + name
              + "» не найдена среди доступных вам (укажите код, краткое или полное наименование)");
        }
      }
    }
    String fullName = columns.has(StaffField.FULL_NAME) ? columns.value(row, StaffField.FULL_NAME)
        : String.join(" ", columns.value(row, StaffField.LAST_NAME), columns.value(row, StaffField.FIRST_NAME),
            columns.value(row, StaffField.MIDDLE_NAME));
    fullName = fullName.strip().replaceAll("\\s+", " ");
    StaffField nameField = columns.has(StaffField.FULL_NAME) ? StaffField.FULL_NAME : StaffField.LAST_NAME;
    if (fullName.isEmpty()) {
      p.errors.add(column(columns, nameField) + "не указаны фамилия и имя");
    } else if (fullName.length() > 300) {
      p.errors.add(column(columns, nameField) + "ФИО длиннее 300 символов");
    } else if (!fullName.contains(" ")) {
      p.errors.add(column(columns, nameField) + "«" + fullName + "» — нужны хотя бы фамилия и имя");
    } else {
      p.fullName = fullName;
    }
    String email = columns.value(row, StaffField.EMAIL).toLowerCase(Locale.ROOT);
    if (!email.isEmpty()) {
      if (EMAIL.matcher(email).matches() && email.length() <= 254) {
        p.email = email;
      } else {
        p.errors.add(column(columns, StaffField.EMAIL) + "«" + email + "» — не адрес электронной почты");
      }
    }
    String phone = null;
    try {
      phone = PhoneNumbers.normalize(columns.value(row, StaffField.PHONE));
    } catch (BusinessRuleException e) {
      p.errors.add(column(columns, StaffField.PHONE) + e.getMessage());
    }
    RoleNames.Parsed roles = RoleNames.parse(columns.value(row, StaffField.ROLES));
    for (String unknown : roles.unknown()) {
      p.errors.add(column(columns, StaffField.ROLES) + "роль «" + unknown + "» неизвестна; возможны: " + RoleNames.known());
    }
    Integer experience = experience(p, columns, columns.value(row, StaffField.EXPERIENCE));
    LocalDate birthDate = date(p, columns, columns.value(row, StaffField.BIRTH_DATE));
    String position = columns.value(row, StaffField.POSITION);
    if (position.length() > 300) {
      p.errors.add(column(columns, StaffField.POSITION) + "должность длиннее 300 символов");
    }
    Set<String> subjects = new LinkedHashSet<>();
    for (String subject : columns.value(row, StaffField.SUBJECTS).split("[,;\\n]+")) {
      String s = subject.strip();
      if (!s.isEmpty()) {
        subjects.add(s.length() > 200 ? s.substring(0, 200) : s);
      }
    }
    String login = columns.value(row, StaffField.LOGIN).toLowerCase(Locale.ROOT);
    if (!login.isEmpty() && !Logins.isValid(login)) {
      p.errors.add(column(columns, StaffField.LOGIN) + "«" + login
          + "» — логин из латинских строчных букв, цифр, точки, дефиса, подчёркивания; от 3 до 64 символов");
    }
    if (p.organization == null || p.fullName == null) {
      return;
    }
    p.data = new PersonData(p.organization.getId(), p.fullName, position.isEmpty() ? null : position, subjects,
        experience, null, p.email, false, login.isEmpty() ? null : login, roles.roles(), phone, birthDate);
  }

  static String column(StaffColumns columns, StaffField field) {
    return "Столбец «" + columns.header(field) + "»: ";
  }

  private static Integer experience(PlannedRow p, StaffColumns columns, String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    // «15», «15 лет», «15,5», «15 л. 3 мес.»: the whole years count.
    java.util.regex.Matcher number = Pattern.compile("^(\\d{1,3})(?:[.,]\\d+)?(?:\\s*(?:лет|год|года|г\\.?|л\\.?).*)?$")
        .matcher(cell.strip().toLowerCase(Locale.ROOT));
    if (!number.matches() || Integer.parseInt(number.group(1)) > 70) {
      p.errors.add(column(columns, StaffField.EXPERIENCE) + "«" + cell + "» — нужно число лет от 0 до 70");
      return null;
    }
    return Integer.parseInt(number.group(1));
  }

  private static LocalDate date(PlannedRow p, StaffColumns columns, String cell) {
    if (cell.isEmpty()) {
      return null;
    }
    String text = cell.strip().replaceAll("\\s*г\\.?$", "");
    LocalDate date = FormDates.parseTyped(text);
    if (date != null) {
      return date;
    }
    p.errors.add(column(columns, StaffField.BIRTH_DATE) + "«" + cell + "» — не дата; пишите ДД.ММ.ГГГГ, например 05.03.1985");
    return null;
  }
}
