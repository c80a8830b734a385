package ru.nastavnik.onboarding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.person.Role;

/**
 * Roles as a staff list writes them: Russian words in any case and form («наставник»,
 * «Наставляемый (молодой специалист)», «руководитель», «директор», «специалист управления»), the
 * codes of the API ({@code MENTOR}), several in one cell separated by commas, semicolons or
 * slashes.
 */
final class RoleNames {

  private static final Map<String, Role> WORDS = new LinkedHashMap<>();

  static {
    for (Role role : Role.values()) {
      WORDS.put(StaffColumns.normalize(role.name()), role);
      WORDS.put(StaffColumns.normalize(role.title()), role);
    }
    put(Role.MENTOR, "наставник", "наставники", "педагогнаставник", "учительнаставник");
    put(Role.MENTEE, "наставляемый", "наставляемая", "наставляемые", "молодойспециалист", "молодойпедагог");
    put(Role.CURATOR, "куратор", "кураторы", "куратормоделинаставничества", "куратор наставничества");
    put(Role.DIRECTOR, "руководитель", "директор", "руководительоо", "руководительорганизации", "заведующий", "заведующая",
        "директоршколы");
    put(Role.COORDINATOR, "координатор", "муниципальныйкоординатор", "методист", "методистцро");
    put(Role.MANAGER, "специалиступравления", "специалиступравленияобразования", "специалистоуо", "специалистдепартамента",
        "управлениеобразования", "специалист");
  }

  private static void put(Role role, String... words) {
    for (String word : words) {
      WORDS.put(StaffColumns.normalize(word), role);
    }
  }

  /** The roles of a cell, and the words that are none. */
  record Parsed(Set<Role> roles, List<String> unknown) {}

  private RoleNames() {}

  static Parsed parse(String cell) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    List<String> unknown = new ArrayList<>();
    if (cell == null || cell.isBlank()) {
      return new Parsed(roles, unknown);
    }
    for (String part : cell.split("[,;/\\n]+")) {
      String word = part.strip();
      if (word.isEmpty()) {
        continue;
      }
      // «Наставляемый (молодой специалист)»: the words in brackets explain, the first names the role.
      String bare = word.replaceAll("\\(.*?\\)", "").strip();
      Role role = WORDS.get(StaffColumns.normalize(bare));
      if (role == null) {
        unknown.add(word);
      } else {
        roles.add(role);
      }
    }
    return new Parsed(roles, unknown);
  }

  /** The words a cell may use, for the refusal of an unknown one. */
  static String known() {
    return "наставник, наставляемый, куратор, руководитель (директор), координатор, специалист управления";
  }
}
