package ru.nastavnik.onboarding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a staff list holds what, found by the header's meaning, not its position:
 * names are compared without case, spaces, punctuation and the difference of «ё» and «е», with
 * the synonyms school information systems use («Эл. почта», «E-mail», «Ф.И.О. сотрудника»,
 * «Преподаваемые предметы», «Стаж педагогической работы» …). The header is the first of the
 * top {@link #HEADER_SEARCH_ROWS} rows that names the person (ФИО, or Фамилия and Имя) and one
 * more recognized column: title
 * rows above it («Список педагогических работников …») are skipped.
 */
final class StaffColumns {

  static final int HEADER_SEARCH_ROWS = 30;

  private static final Map<String, StaffField> EXACT = new LinkedHashMap<>();

  static {
    for (String s : List.of("фио", "фиосотрудника", "фиопедагога", "фиоработника", "фамилияимяотчество", "фамилияимя",
        "сотрудник", "работник", "педагог", "полноеимя", "фиополностью", "фиоучастника")) {
      EXACT.put(s, StaffField.FULL_NAME);
    }
    EXACT.put("фамилия", StaffField.LAST_NAME);
    EXACT.put("имя", StaffField.FIRST_NAME);
    EXACT.put("отчество", StaffField.MIDDLE_NAME);
    EXACT.put("отчествоприналичии", StaffField.MIDDLE_NAME);
    for (String s : List.of("должность", "занимаемаядолжность", "должностьпоштатномурасписанию", "наименованиедолжности")) {
      EXACT.put(s, StaffField.POSITION);
    }
    for (String s : List.of("роль", "роли", "рольвнаставничестве", "рольвпрограммнаставничества", "рольвсистеме")) {
      EXACT.put(s, StaffField.ROLES);
    }
    for (String s : List.of("элпочта", "электроннаяпочта", "email", "емейл", "емэйл", "почта", "адресэлектроннойпочты",
        "адресэлпочты", "эп", "mail", "электронныйадрес")) {
      EXACT.put(s, StaffField.EMAIL);
    }
    for (String s : List.of("телефон", "тел", "контактныйтелефон", "мобильныйтелефон", "номертелефона", "телефонмобильный",
        "phone")) {
      EXACT.put(s, StaffField.PHONE);
    }
    for (String s : List.of("предмет", "предметы", "преподаваемыйпредмет", "преподаваемыепредметы", "учебныйпредмет",
        "учебныепредметы", "дисциплины", "дисциплина")) {
      EXACT.put(s, StaffField.SUBJECTS);
    }
    for (String s : List.of("педагогическийстаж", "педстаж", "стажпедагогическойработы", "стаж", "стажработы",
        "стажпоспециальности", "педагогическийстажлет")) {
      EXACT.put(s, StaffField.EXPERIENCE);
    }
    for (String s : List.of("датарождения", "др", "родился", "деньрождения")) {
      EXACT.put(s, StaffField.BIRTH_DATE);
    }
    for (String s : List.of("организация", "оо", "образовательнаяорганизация", "наименованиеоо", "учреждение",
        "образовательноеучреждение", "школа", "местоработы", "наименованиеорганизации")) {
      EXACT.put(s, StaffField.ORGANIZATION);
    }
    for (String s : List.of("логин", "login", "учетнаязапись", "имяпользователя")) {
      EXACT.put(s, StaffField.LOGIN);
    }
  }

  /** A recognized column: its index and its header as the file writes it. */
  record Column(int index, String header) {}

  private final int headerRow;
  private final Map<StaffField, Column> columns;
  private final List<String> ignored;

  private StaffColumns(int headerRow, Map<StaffField, Column> columns, List<String> ignored) {
    this.headerRow = headerRow;
    this.columns = columns;
    this.ignored = ignored;
  }

  /** The header among the first rows; empty when no row names the person. */
  static Optional<StaffColumns> find(List<SheetRow> rows) {
    for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
      StaffColumns candidate = of(rows.get(i));
      if (candidate.names() && candidate.columns.size() >= 2) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  static StaffColumns of(SheetRow row) {
    Map<StaffField, Column> found = new EnumMap<>(StaffField.class);
    List<String> ignored = new ArrayList<>();
    for (int c = 0; c < row.cells().size(); c++) {
      String header = row.cell(c);
      if (header.isEmpty()) {
        continue;
      }
      StaffField field = field(header);
      if (field == null) {
        ignored.add(header);
        continue;
      }
      Column existing = found.get(field);
      if (existing == null) {
        found.put(field, new Column(c, header));
      } else if (field == StaffField.EXPERIENCE && !normalize(existing.header()).contains("пед")
          && normalize(header).contains("пед")) {
        // «Общий стаж» and «Педагогический стаж»: the mentoring model counts the pedagogical one.
        ignored.add(existing.header());
        found.put(field, new Column(c, header));
      } else {
        ignored.add(header);
      }
    }
    return new StaffColumns(row.number(), found, ignored);
  }

  /** The field a header names, or null. */
  static StaffField field(String header) {
    String key = normalize(header);
    if (key.isEmpty()) {
      return null;
    }
    StaffField exact = EXACT.get(key);
    if (exact != null) {
      return exact;
    }
    if (key.contains("фио") || key.contains("фамилия") && key.contains("имя")) return StaffField.FULL_NAME;
    if (key.startsWith("фамилия")) return StaffField.LAST_NAME;
    if (key.startsWith("отчество")) return StaffField.MIDDLE_NAME;
    if (key.contains("почт") || key.contains("mail")) return StaffField.EMAIL;
    if (key.contains("телефон") || key.startsWith("тел")) return StaffField.PHONE;
    if (key.contains("рожд")) return StaffField.BIRTH_DATE;
    if (key.contains("стаж")) return StaffField.EXPERIENCE;
    if (key.contains("предмет") || key.contains("дисциплин")) return StaffField.SUBJECTS;
    if (key.contains("должност")) return StaffField.POSITION;
    if (key.startsWith("рол") || key.contains("роль") || key.contains("роли")) return StaffField.ROLES;
    if (key.contains("логин")) return StaffField.LOGIN;
    if (key.contains("организац") || key.contains("учрежден")) return StaffField.ORGANIZATION;
    return null;
  }

  /** Lower case, «ё» as «е», letters and digits only. */
  static String normalize(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (char c : text.toLowerCase(Locale.ROOT).replace('ё', 'е').toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        key.append(c);
      }
    }
    return key.toString();
  }

  /** Whether the row names the person: ФИО, or Фамилия with Имя. */
  boolean names() {
    return columns.containsKey(StaffField.FULL_NAME)
        || columns.containsKey(StaffField.LAST_NAME) && columns.containsKey(StaffField.FIRST_NAME);
  }

  int headerRow() {
    return headerRow;
  }

  Optional<Column> column(StaffField field) {
    return Optional.ofNullable(columns.get(field));
  }

  boolean has(StaffField field) {
    return columns.containsKey(field);
  }

  /** The column's header as the file writes it, for messages; the field's Russian name when there is no such column. */
  String header(StaffField field) {
    Column column = columns.get(field);
    return column != null ? column.header() : switch (field) {
      case FULL_NAME, LAST_NAME, FIRST_NAME, MIDDLE_NAME -> "ФИО";
      case POSITION -> "Должность";
      case ROLES -> "Роль";
      case EMAIL -> "Эл. почта";
      case PHONE -> "Телефон";
      case SUBJECTS -> "Предметы";
      case EXPERIENCE -> "Педагогический стаж";
      case BIRTH_DATE -> "Дата рождения";
      case ORGANIZATION -> "Организация";
      case LOGIN -> "Логин";
    };
  }

  String value(SheetRow row, StaffField field) {
    Column column = columns.get(field);
    return column == null ? "" : row.cell(column.index());
  }

  Map<StaffField, Column> recognized() {
    return columns;
  }

  List<String> ignored() {
    return ignored;
  }
}
