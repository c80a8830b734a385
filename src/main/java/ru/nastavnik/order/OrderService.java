package ru.nastavnik.order;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.calendar.AcademicYear;
import ru.nastavnik.documents.OfficialDocx;
import ru.nastavnik.documents.Officials;
import ru.nastavnik.documents.PersonNames;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.MentoringPair;
import ru.nastavnik.pair.MentoringPairRepository;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.person.Role;
import ru.nastavnik.program.MentoringProgram;
import ru.nastavnik.program.MentoringProgramRepository;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.NotFoundException;

/**
 * The director's orders: the order fixing a pair (with the rest of its group) — a draft while the
 * director's task waits, the final copy with the number and date the director entered — and the
 * order appointing the curator, a draft built from the request's number and date (nothing is
 * stored: the appointment has no process yet, the signed paper is the record). Both are for the
 * organization's director and curator and the municipality's coordinators and department.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

  /** Strict: «31.02.2026» is refused, not read as 28 February. */
  /** Pairs an order fixes: both sides agreed; or it has been issued (the pair works or has ended). */
  private static final Set<PairStatus> IN_ORDER =
      EnumSet.of(PairStatus.CONFIRMED, PairStatus.ACTIVE, PairStatus.COMPLETED, PairStatus.ENDED_EARLY);

  private final MentoringPairRepository pairs;
  private final MentoringProgramRepository programs;
  private final PersonRepository people;
  private final OrganizationService organizations;
  private final OrganizationAccess access;
  private final Officials officials;
  private final NamedParameterJdbcTemplate jdbc;

  OrderService(MentoringPairRepository pairs, MentoringProgramRepository programs, PersonRepository people,
      OrganizationService organizations, OrganizationAccess access, Officials officials, NamedParameterJdbcTemplate jdbc) {
    this.pairs = pairs;
    this.programs = programs;
    this.people = people;
    this.organizations = organizations;
    this.access = access;
    this.officials = officials;
    this.jdbc = jdbc;
  }

  /** A generated order and the file name it is offered under. */
  public record Order(String fileName, byte[] content) {}

  /** «Приказ о закреплении наставнических пар (групп)» for the pair (and its group). */
  public Order pairOrder(CurrentUser user, Long pairId, Instant now) {
    MentoringPair pair = pairs.findDetailedById(pairId).orElseThrow(() -> new NotFoundException("Пара № " + pairId + " не найдена"));
    Organization organization = pair.getOrganization();
    requireAccess(user, organization);
    if (!IN_ORDER.contains(pair.getStatus())) {
      throw new BusinessRuleException("Приказ о закреплении готовится, когда наставник и наставляемый согласны;"
          + " пара № " + pairId + " в состоянии «" + pair.getStatus().title() + "»");
    }
    ZoneId zone = organization.getMunicipality().getTimeZone();
    List<MentoringPair> members = pair.getGroupCode() == null ? List.of(pair)
        : pairs.findByGroupCodeOrderById(pair.getGroupCode()).stream().filter(p -> IN_ORDER.contains(p.getStatus())).toList();
    boolean issued = pair.getOrderNumber() != null;
    LocalDate orderDate = issued ? pair.getOrderDate() : null;
    Map<Long, Map<String, Instant>> consents = consents(members);

    List<OrderDocuments.PairLine> lines = new ArrayList<>();
    List<String> grounds = new ArrayList<>();
    for (MentoringPair member : members) {
      Person mentor = member.getMentor().getPerson();
      Person mentee = member.getRequest().getMentee();
      lines.add(new OrderDocuments.PairLine(mentor.getFullName(), mentor.getPosition(), mentee.getFullName(),
          mentee.getPosition(), member.getRequest().getDesiredForm().title(), term(member, orderDate, now, zone)));
      grounds.add(consent(mentor, "наставника", consents, member.getMentorConfirmedAt(), zone));
      grounds.add(consent(mentee, "наставляемого", consents, member.getMenteeConfirmedAt(), zone));
    }
    grounds.add("Положение о наставничестве в " + organization.getShortName());
    String group = members.size() > 1 ? "Пары № " + String.join(", ", members.stream().map(m -> String.valueOf(m.getId())).toList())
        + " образуют группу (групповое наставничество) с наставником "
        + PersonNames.initialsAndSurname(members.get(0).getMentor().getPerson().getFullName()) + "." : null;

    Optional<Officials.Official> curator = officials.byLogin(pair.getProposedBy())
        .or(() -> officials.of(organization.getId(), Role.CURATOR));
    OrderDocuments.PairsOrder order = new OrderDocuments.PairsOrder(organization.getName(), organization.getShortName(),
        OfficialDocx.place(organization.getMunicipality().getName()), orderDate == null ? null : FormDates.ru(orderDate),
        pair.getOrderNumber(), lines, group, grounds, curator.map(Officials.Official::fullName).orElse(null),
        officials.of(organization.getId(), Role.DIRECTOR).map(Officials.Official::signer).orElse(null),
        curator.map(c -> c.executor(organization.getEmail())).orElse(null));
    String name = issued ? "Приказ № " + pair.getOrderNumber() + " от " + FormDates.ru(orderDate) + " о закреплении пары " + pairId
        : "Проект приказа о закреплении пары " + pairId;
    return new Order(name.replace('/', '-') + ".docx", OrderDocuments.pairs(order));
  }

  /**
   * «Приказ о назначении куратора» of the organization: the person named (or the organization's
   * present curator), the number and the date when given — otherwise blanks to fill in by hand.
   */
  public Order curatorOrder(CurrentUser user, Long organizationId, Long personId, String number, String date, Instant now) {
    Organization organization = organizations.organization(user, organizationId);
    requireAccess(user, organization);
    String orderNumber = number == null || number.isBlank() ? null : number.trim();
    if (orderNumber != null && orderNumber.length() > 100) {
      throw new BusinessRuleException("number", "Номер приказа — не длиннее 100 символов");
    }
    LocalDate orderDate = date(date);
    Long candidate = personId != null ? personId : officials.of(organizationId, Role.CURATOR).map(Officials.Official::personId)
        .orElseThrow(() -> new BusinessRuleException("personId", "Укажите, кого назначить куратором: у «"
            + organization.getShortName() + "» куратора ещё нет"));
    Person person = people.findWithOrganizationById(candidate)
        .filter(p -> p.getOrganization().getId().equals(organizationId))
        .orElseThrow(() -> new BusinessRuleException("personId", "Человек № " + candidate + " не работает в «"
            + organization.getShortName() + "»"));
    OrderDocuments.CuratorOrder order = new OrderDocuments.CuratorOrder(organization.getName(), organization.getShortName(),
        OfficialDocx.place(organization.getMunicipality().getName()), orderDate == null ? null : FormDates.ru(orderDate),
        orderNumber, person.getFullName(), person.getPosition(),
        orderDate == null ? "с даты издания приказа" : "с " + FormDates.ru(orderDate),
        officials.of(organizationId, Role.DIRECTOR).map(Officials.Official::signer).orElse(null),
        officials.byLogin(user.userId()).map(o -> o.executor(organization.getEmail())).orElse(null));
    String name = orderNumber == null ? "Проект приказа о назначении куратора — " + organization.getShortName()
        : "Приказ № " + orderNumber + " о назначении куратора — " + organization.getShortName();
    return new Order(name.replace('/', '-') + ".docx", OrderDocuments.curator(order));
  }

  private void requireAccess(CurrentUser user, Organization organization) {
    if (!access.canSeePeopleOf(user, organization)) {
      throw new ForbiddenException("Приказы «" + organization.getShortName() + "» доступны её руководителю и куратору,"
          + " координатору и органу управления образованием");
    }
  }

  /** The program's term: its dates once the mentor has set them, otherwise to the end of the academic year. */
  private String term(MentoringPair pair, LocalDate orderDate, Instant now, ZoneId zone) {
    Optional<MentoringProgram> program = programs.findDetailedByPairId(pair.getId());
    if (program.isPresent() && program.get().getStartsOn() != null && program.get().getDurationMonths() != null) {
      LocalDate start = program.get().getStartsOn();
      return "с " + FormDates.ru(start) + " по " + FormDates.ru(start.plusMonths(program.get().getDurationMonths())) + " ("
          + program.get().getDurationMonths() + " мес.)";
    }
    LocalDate from = orderDate != null ? orderDate : now.atZone(zone).toLocalDate();
    int end = AcademicYear.of(from).startYear() + 1;
    return (orderDate != null ? "с " + FormDates.ru(orderDate) : "с даты приказа")
        + ", по персонализированной программе (не позднее 31.08." + end + ")";
  }

  /** The valid consents to mentoring duties of the people of the pairs: person → kind → when given. */
  private Map<Long, Map<String, Instant>> consents(List<MentoringPair> members) {
    List<Long> ids = new ArrayList<>();
    members.forEach(m -> {
      ids.add(m.getMentor().getPerson().getId());
      ids.add(m.getRequest().getMentee().getId());
    });
    Map<Long, Map<String, Instant>> result = new HashMap<>();
    jdbc.query("select person_id, kind, max(given_at) from consent where person_id in (:ids) and withdrawn_at is null"
        + " group by person_id, kind", new MapSqlParameterSource("ids", ids), rs -> {
      Timestamp at = rs.getTimestamp(3);
      result.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), at.toInstant());
    });
    return result;
  }

  private static String consent(Person person, String who, Map<Long, Map<String, Instant>> consents, Instant confirmed,
      ZoneId zone) {
    Instant given = consents.getOrDefault(person.getId(), Map.of()).get("MENTORING_DUTIES");
    String name = PersonNames.initialsAndSurname(person.getFullName());
    if (given != null) {
      return "согласие " + who + " " + name + " на участие в наставничестве от " + FormDates.ruDate(given, zone);
    }
    return "согласие " + who + " " + name + " на закрепление пары"
        + (confirmed == null ? "" : ", подтверждённое " + FormDates.ruDate(confirmed, zone));
  }

  private static LocalDate date(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.trim();
    try {
      return text.contains(".") ? FormDates.parseRu(text) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BusinessRuleException("date", "Дата приказа «" + text + "» не распознана; укажите её как 15.09.2026");
    }
  }
}
