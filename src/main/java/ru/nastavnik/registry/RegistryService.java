package ru.nastavnik.registry;

import java.time.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.documents.OfficialXlsx;
import ru.nastavnik.documents.OfficialXlsx.Column;
import ru.nastavnik.organization.GroupNames;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.operations.Durations;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.person.PersonCategory;
import ru.nastavnik.person.Role;
import ru.nastavnik.practice.PracticeService;
import ru.nastavnik.practice.PracticeStatus;
import ru.nastavnik.program.FinalEventKind;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.ForbiddenException;

/**
 * The registries the mentoring documents require, as Excel workbooks: the banks of mentors and
 * of mentees with their requests, the personified record of participants, the registry of
 * programs and the bank of successful practices (published ones; proposals for the coordinator
 * and the organization's curators). Who may download what follows {@link OrganizationAccess};
 * personal details (contacts, experience, consents) appear only for those who keep the registry —
 * curators, directors, coordinators.
 *
 * <p>A registry is streamed: its rows come from one SQL query read with a cursor and go straight
 * into a streaming workbook, and what a row lists (competencies, subjects, roles) is read
 * beforehand by one query per list for the whole scope. The number of queries does not depend
 * on the number of rows, nor does the memory beyond those lists.
 */
@Service
@Transactional(readOnly = true)
public class RegistryService {

  /** Rows fetched from the database at a time (PostgreSQL reads with a cursor inside a transaction). */
  private static final int FETCH_SIZE = 1000;
  private static final List<String> PERSONAL_HEADERS =
      List.of("Должность", "Стаж, лет", "Предметы", "E-mail", "Согласие на ПДн", "Согласие на наставничество");

  private final Clock clock;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final PracticeService practiceAccess;
  private final NamedParameterJdbcTemplate jdbc;
  private final Durations durations;

  RegistryService(OrganizationService organizations, OrganizationAccess access, PracticeService practiceAccess,
      DataSource dataSource, Clock clock, Durations durations) {
    this.durations = durations;
    this.clock = clock;
    this.organizations = organizations;
    this.access = access;
    this.practiceAccess = practiceAccess;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(FETCH_SIZE);
    this.jdbc = new NamedParameterJdbcTemplate(template);
  }

  /** Where a registry is written: opened with the file name once access is granted, before the first byte. */
  @FunctionalInterface
  public interface Sink {
    OutputStream open(String fileName) throws IOException;
  }

  /** Организации the registry covers: one, or every one of a municipality the user may see. */
  private List<Organization> scope(CurrentUser user, Long organizationId, Long municipalityId) {
    if (organizationId == null && municipalityId == null) {
      // Without parameters: the caller's own municipality (coordinator, department) or organization.
      List<Municipality> own = organizations.municipalities(user).stream().filter(m -> access.isMunicipalStaff(user, m)).toList();
      if (own.size() == 1 && !user.isAdmin()) {
        return organizations.organizations(user, own.get(0).getId());
      }
      List<Organization> mine = organizations.organizations(user, null).stream().filter(o -> access.canSeePeopleOf(user, o)).toList();
      if (mine.size() == 1) {
        return mine;
      }
      throw new BusinessRuleException("organizationId", "Укажите организацию (organizationId) или муниципалитет (municipalityId)");
    }
    if (organizationId != null) {
      Organization organization = organizations.organization(user, organizationId);
      if (!access.canSeePeopleOf(user, organization)) {
        throw new ForbiddenException("Реестры «" + organization.getShortName() + "» доступны её руководителю, куратору и муниципалитету");
      }
      return List.of(organization);
    }
    Municipality municipality = municipalityId != null ? organizations.municipality(municipalityId) : null;
    if (municipality == null || !access.isMunicipalStaff(user, municipality)) {
      throw new ForbiddenException("Реестр муниципалитета доступен его координатору и органу управления образованием");
    }
    return organizations.organizations(user, municipality.getId());
  }

  /** Managers of the department see the registries without personal details. */
  private static boolean personalDetails(CurrentUser user, List<Organization> scope) {
    if (user.isAdmin()) return true;
    if (scope.isEmpty()) return false;
    String municipality = scope.get(0).getMunicipality().getCode();
    if (user.inGroup(GroupNames.coordinators(municipality))) return true;
    return scope.stream().allMatch(o -> user.inGroup(GroupNames.curators(o.getCode())) || user.inGroup(GroupNames.directors(o.getCode())));
  }

  private static MapSqlParameterSource params(List<Organization> scope) {
    List<Long> ids = scope.isEmpty() ? List.of(-1L) : scope.stream().map(Organization::getId).toList();
    return new MapSqlParameterSource("orgs", ids);
  }

  /** The personal columns of a row: the person's columns {@code p.*} and the two consent flags, read by {@link #PERSON}. */
  private static final String PERSON = """
      p.id as person_id, p.position, p.experience_years, p.email,
      case when exists (select 1 from consent c where c.person_id = p.id and c.kind = 'PERSONAL_DATA'
                        and c.withdrawn_at is null) then 1 else 0 end as pd_consent,
      case when exists (select 1 from consent c where c.person_id = p.id and c.kind = 'MENTORING_DUTIES'
                        and c.withdrawn_at is null) then 1 else 0 end as duties_consent""";

  private static List<Object> personal(ResultSet rs, Map<Long, String> subjects) throws SQLException {
    return Arrays.asList(rs.getString("position"), (Integer) rs.getObject("experience_years"),
        subjects.getOrDefault(rs.getLong("person_id"), ""), rs.getString("email"),
        rs.getInt("pd_consent") == 1 ? "есть" : "нет", rs.getInt("duties_consent") == 1 ? "есть" : "нет");
  }

  private static List<Column> personalColumns() {
    return List.of(Column.text(PERSONAL_HEADERS.get(0)), Column.integer(PERSONAL_HEADERS.get(1)),
        Column.text(PERSONAL_HEADERS.get(2)), Column.text(PERSONAL_HEADERS.get(3)), Column.text(PERSONAL_HEADERS.get(4)),
        Column.text(PERSONAL_HEADERS.get(5)));
  }

  /** Subjects of the people the query {@code personIds} selects, joined with «; ». */
  private Map<Long, String> subjects(String personIds, MapSqlParameterSource params) {
    return joined("select s.person_id, s.subject from person_subject s where s.person_id in (" + personIds + ")"
        + " order by s.person_id, s.subject", params);
  }

  /** Key → its values joined with «; », in the query's order, read by one query. */
  private Map<Long, String> joined(String sql, MapSqlParameterSource params) {
    Map<Long, StringBuilder> lists = new HashMap<>();
    jdbc.query(sql, params, rs -> {
      StringBuilder list = lists.computeIfAbsent(rs.getLong(1), k -> new StringBuilder());
      list.append(list.length() == 0 ? "" : "; ").append(rs.getString(2));
    });
    Map<Long, String> result = new HashMap<>(lists.size() * 2);
    lists.forEach((key, list) -> result.put(key, list.toString()));
    return result;
  }

  public void mentors(CurrentUser user, Long organizationId, Long municipalityId, Sink sink) {
    List<Organization> scope = scope(user, organizationId, municipalityId);
    boolean personal = personalDetails(user, scope);
    MapSqlParameterSource params = params(scope);
    List<Column> columns = new ArrayList<>(List.of(Column.integer("№"), Column.text("ФИО наставника"),
        Column.text("Организация"), Column.text("Статус анкеты"), Column.text("Обучение"), Column.integer("Мест"),
        Column.longText("Компетенции"), Column.text("Формы наставничества")));
    if (personal) columns.addAll(personalColumns());
    Map<Long, String> competencies = joined("""
        select mc.mentor_profile_id, c.title from mentor_competency mc
        join competency c on c.code = mc.competency_code
        join mentor_profile m on m.id = mc.mentor_profile_id
        where m.organization_id in (:orgs) order by mc.mentor_profile_id, c.sort_order""", params);
    Map<Long, Set<MentoringForm>> forms = new HashMap<>();
    jdbc.query("select f.mentor_profile_id, f.form from mentor_form f join mentor_profile m on m.id = f.mentor_profile_id"
        + " where m.organization_id in (:orgs)", params, rs -> {
      forms.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(MentoringForm.class)).add(MentoringForm.valueOf(rs.getString(2)));
    });
    Map<Long, String> subjects = personal
        ? subjects("select m.person_id from mentor_profile m where m.organization_id in (:orgs)", params) : Map.of();
    write("registry-mentors", sink, "Банк наставников", "Банк наставников", scope, columns, table -> {
      jdbc.query("select m.id as profile_id, p.full_name, o.short_name, m.status, m.training_status, m.capacity, " + PERSON
          + " from mentor_profile m join person p on p.id = m.person_id join organization o on o.id = m.organization_id"
          + " where m.organization_id in (:orgs) order by o.name, o.id, m.submitted_at desc, m.id", params, rs -> {
        long profile = rs.getLong("profile_id");
        List<Object> row = new ArrayList<>(Arrays.asList(table.rows() + 1, rs.getString("full_name"), rs.getString("short_name"),
            MentorStatus.valueOf(rs.getString("status")).title(), TrainingStatus.valueOf(rs.getString("training_status")).title(),
            rs.getInt("capacity"), competencies.getOrDefault(profile, ""),
            forms.getOrDefault(profile, Set.of()).stream().map(MentoringForm::title).collect(Collectors.joining("; "))));
        if (personal) row.addAll(personal(rs, subjects));
        table.row(row);
      });
      List<Object> totals = new ArrayList<>(Arrays.asList(null, "Итого", null, null, null, OfficialXlsx.SUM));
      table.totals(totals);
    });
  }

  public void mentees(CurrentUser user, Long organizationId, Long municipalityId, Sink sink) {
    List<Organization> scope = scope(user, organizationId, municipalityId);
    boolean personal = personalDetails(user, scope);
    MapSqlParameterSource params = params(scope);
    ZoneId zone = zone(scope);
    List<Column> columns = new ArrayList<>(List.of(Column.integer("№"), Column.text("ФИО наставляемого"),
        Column.text("Организация"), Column.integer("№ запроса"), Column.text("Статус запроса"), Column.date("Подан"),
        Column.longText("Профессиональные затруднения"), Column.text("Предмет"), Column.text("Желаемая форма"),
        Column.text("Подан после окончания сбора")));
    if (personal) columns.addAll(personalColumns());
    Map<Long, String> difficulties = joined("""
        select d.request_id, c.title from mentoring_request_difficulty d
        join competency c on c.code = d.competency_code
        join mentoring_request r on r.id = d.request_id
        where r.organization_id in (:orgs) order by d.request_id, c.sort_order""", params);
    Map<Long, String> subjects = personal
        ? subjects("select r.mentee_id from mentoring_request r where r.organization_id in (:orgs)", params) : Map.of();
    write("registry-mentees", sink, "Банк наставляемых", "Банк наставляемых с перечнем запросов", scope, columns, table -> {
      jdbc.query("select r.id as request_id, p.full_name, o.short_name, r.status, r.filed_at, r.subject, r.desired_form,"
          + " r.late, r.other_difficulty, " + PERSON
          + " from mentoring_request r join person p on p.id = r.mentee_id join organization o on o.id = r.organization_id"
          + " where r.organization_id in (:orgs) order by o.name, o.id, r.filed_at desc, r.id", params, rs -> {
        long request = rs.getLong("request_id");
        String listed = difficulties.getOrDefault(request, "");
        String other = rs.getString("other_difficulty");
        if (other != null) {
          listed = listed.isEmpty() ? other : listed + "; " + other;
        }
        List<Object> row = new ArrayList<>(Arrays.asList(table.rows() + 1, rs.getString("full_name"), rs.getString("short_name"),
            request, RequestStatus.valueOf(rs.getString("status")).title(), date(rs.getTimestamp("filed_at"), zone), listed,
            rs.getString("subject"), MentoringForm.valueOf(rs.getString("desired_form")).title(),
            rs.getBoolean("late") ? "да" : "нет"));
        if (personal) row.addAll(personal(rs, subjects));
        table.row(row);
      });
    });
  }

  public void participants(CurrentUser user, Long organizationId, Long municipalityId, Sink sink) {
    List<Organization> scope = scope(user, organizationId, municipalityId);
    boolean personal = personalDetails(user, scope);
    MapSqlParameterSource params = params(scope);
    List<Column> columns = new ArrayList<>(List.of(Column.integer("№"), Column.text("ФИО"), Column.text("Организация"),
        Column.text("Роли в наставничестве"), Column.text("Категория")));
    if (personal) columns.addAll(personalColumns());
    Map<Long, Set<Role>> roles = new HashMap<>();
    jdbc.query("select pr.person_id, pr.role from person_role pr join person p on p.id = pr.person_id"
        + " where p.organization_id in (:orgs)", params, rs -> {
      roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
    });
    Map<Long, String> subjects = personal
        ? subjects("select p.id from person p where p.organization_id in (:orgs)", params) : Map.of();
    write("registry-participants", sink, "Участники", "Персонифицированный учёт участников", scope, columns, table -> {
      jdbc.query("select p.full_name, o.short_name, p.category, " + PERSON
          + " from person p join organization o on o.id = p.organization_id"
          + " where p.organization_id in (:orgs) order by o.name, o.id, p.full_name, p.id", params, rs -> {
        List<Object> row = new ArrayList<>(Arrays.asList(table.rows() + 1, rs.getString("full_name"), rs.getString("short_name"),
            roles.getOrDefault(rs.getLong("person_id"), Set.of()).stream().map(Role::title).collect(Collectors.joining("; ")),
            PersonCategory.valueOf(rs.getString("category")).title()));
        if (personal) row.addAll(personal(rs, subjects));
        table.row(row);
      });
    });
  }

  /**
   * The bank of successful practices: the published practices or, with another {@code status},
   * the proposals — those only for the municipality's coordinators and managers and the curators
   * of the organization. The mentor and the mentee are named only with the personal details.
   */
  public void practices(CurrentUser user, Long organizationId, Long municipalityId, PracticeStatus status, Sink sink) {
    List<Organization> scope = scope(user, organizationId, municipalityId);
    PracticeStatus wanted = status == null ? PracticeStatus.PUBLISHED : status;
    if (wanted != PracticeStatus.PUBLISHED && !scope.stream().allMatch(o -> practiceAccess.canSeeProposals(user, o))) {
      throw new ForbiddenException("Практики, ещё не опубликованные в банке, видят координатор муниципалитета и куратор"
          + " организации");
    }
    boolean personal = personalDetails(user, scope);
    MapSqlParameterSource params = params(scope).addValue("status", wanted.name());
    ZoneId zone = zone(scope);
    List<Column> columns = new ArrayList<>(List.of(Column.integer("№"), Column.text("Организация"),
        Column.text("Название практики"), Column.longText("Описание")));
    if (personal) columns.addAll(List.of(Column.text("Наставник"), Column.text("Наставляемый")));
    columns.addAll(List.of(Column.date("Дата публикации"), Column.text("Статус")));
    String title = wanted == PracticeStatus.PUBLISHED ? "Банк успешных практик наставничества"
        : "Банк успешных практик наставничества (" + wanted.title().toLowerCase(Locale.ROOT) + ")";
    write("registry-practices", sink, "Практики", title, scope, columns, table -> {
      jdbc.query("""
          select o.short_name, pc.title, pc.description, mentor.full_name as mentor_name, mentee.full_name as mentee_name,
                 pc.published_at, pc.status
          from practice pc
          join organization o on o.id = pc.organization_id
          join mentoring_program pr on pr.id = pc.program_id
          join mentoring_pair pa on pa.id = pr.pair_id
          join mentor_profile m on m.id = pa.mentor_profile_id
          join person mentor on mentor.id = m.person_id
          join mentoring_request r on r.id = pa.request_id
          join person mentee on mentee.id = r.mentee_id
          where pc.organization_id in (:orgs) and pc.status = :status
          order by pc.proposed_at desc, pc.id""", params, rs -> {
        List<Object> row = new ArrayList<>(Arrays.asList(table.rows() + 1, rs.getString("short_name"), rs.getString("title"),
            rs.getString("description")));
        if (personal) row.addAll(List.of(rs.getString("mentor_name"), rs.getString("mentee_name")));
        row.add(date(rs.getTimestamp("published_at"), zone));
        row.add(PracticeStatus.valueOf(rs.getString("status")).title());
        table.row(row);
      });
    });
  }

  public void programs(CurrentUser user, Long organizationId, Long municipalityId, Sink sink) {
    List<Organization> scope = scope(user, organizationId, municipalityId);
    MapSqlParameterSource params = params(scope);
    List<Column> columns = List.of(Column.integer("№"), Column.text("Организация"), Column.text("Наставник"),
        Column.text("Наставляемый"), Column.text("Форма наставничества"), Column.text("Статус программы"),
        Column.date("Начало"), Column.integer("Срок, мес."), Column.longText("Цели"), Column.longText("Планируемые результаты"),
        Column.integer("Оценка куратора (1–10)"), Column.text("Итоговое мероприятие"),
        Column.date("Дата итогового мероприятия"), Column.text("Успешная практика"));
    write("registry-programs", sink, "Программы", "Реестр программ наставничества", scope, columns, table -> {
      jdbc.query("""
          select o.short_name, mentor.full_name as mentor_name, mentee.full_name as mentee_name, r.desired_form, pr.status,
                 pr.starts_on, pr.duration_months, pr.goals, pr.planned_results, pr.curator_rating, pr.final_event_kind,
                 pr.final_event_date, pr.good_practice
          from mentoring_program pr
          join organization o on o.id = pr.organization_id
          join mentoring_pair pa on pa.id = pr.pair_id
          join mentor_profile m on m.id = pa.mentor_profile_id
          join person mentor on mentor.id = m.person_id
          join mentoring_request r on r.id = pa.request_id
          join person mentee on mentee.id = r.mentee_id
          where pr.organization_id in (:orgs)
          order by o.name, o.id, pr.created_at, pr.id""", params, rs -> {
        String finalEvent = rs.getString("final_event_kind");
        table.row(Arrays.asList(table.rows() + 1, rs.getString("short_name"), rs.getString("mentor_name"),
            rs.getString("mentee_name"), MentoringForm.valueOf(rs.getString("desired_form")).title(),
            ProgramStatus.valueOf(rs.getString("status")).title(), rs.getObject("starts_on", LocalDate.class),
            (Integer) rs.getObject("duration_months"), rs.getString("goals"), rs.getString("planned_results"),
            (Integer) rs.getObject("curator_rating"), finalEvent == null ? null : FinalEventKind.valueOf(finalEvent).title(),
            rs.getObject("final_event_date", LocalDate.class), rs.getBoolean("good_practice") ? "да" : "нет"));
      });
    });
  }

  private static ZoneId zone(List<Organization> scope) {
    return scope.isEmpty() ? ZoneId.of("UTC") : scope.get(0).getMunicipality().getTimeZone();
  }

  private static LocalDate date(Timestamp at, ZoneId zone) {
    return at == null ? null : at.toInstant().atZone(zone).toLocalDate();
  }

  /** Fills the rows of a table. */
  @FunctionalInterface
  private interface Rows {
    void fill(OfficialXlsx.Table table);
  }

  /** Writes the workbook into the sink, timed as {@code nastavnik_report_duration_seconds{kind}} (the rows' query included). */
  private void write(String kind, Sink sink, String sheet, String title, List<Organization> scope, List<Column> columns, Rows rows) {
    durations.run(Durations.Operation.REPORT, kind, () -> scope.isEmpty() ? null
        : scope.size() == 1 ? scope.get(0).getCode() : scope.get(0).getMunicipality().getCode(),
        () -> writeWorkbook(sink, sheet, title, scope, columns, rows));
  }

  private void writeWorkbook(Sink sink, String sheet, String title, List<Organization> scope, List<Column> columns, Rows rows) {
    String owner = scope.isEmpty() ? "" : scope.size() == 1 ? scope.get(0).getName() : scope.get(0).getMunicipality().getName();
    String date = FormDates.ruDate(clock.instant(), zone(scope));
    try (OfficialXlsx workbook = new OfficialXlsx()) {
      OfficialXlsx.Table table = workbook.table(sheet, title + ": " + owner, "Сформировано " + date
          + " в системе «Наставник»", columns, 2);
      rows.fill(table);
      workbook.write(sink.open(title + " — " + owner + " — " + date + ".xlsx"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
