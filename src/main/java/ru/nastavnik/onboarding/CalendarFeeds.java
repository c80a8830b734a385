package ru.nastavnik.onboarding;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonRepository;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.person.Role;
import ru.nastavnik.program.MeetingStatus;
import ru.nastavnik.program.ProgramStatus;
import ru.nastavnik.roadmap.OccurrenceStatus;
import ru.nastavnik.system.NotFoundException;

/**
 * Personal calendar feeds (iCalendar, RFC 5545) that a calendar application subscribes to without
 * a login: the URL carries a secret, derived with the server's key from a nonce of the user, and
 * the database keeps only the secret's SHA-256. Revoking draws a new nonce, so the old URL stops.
 * The feed lists the user's program meetings, the feedback they owe, and the open roadmap
 * deadlines of the groups their roles put them in.
 */
@Service
@Transactional
public class CalendarFeeds {

  private final NamedParameterJdbcTemplate jdbc;
  private final PersonService people;
  private final PersonRepository repository;
  private final Clock clock;
  private final String site;
  private final String configuredKey;

  CalendarFeeds(NamedParameterJdbcTemplate jdbc, PersonService people, PersonRepository repository, Clock clock,
      @Value("${nastavnik.mail.site-url:http://localhost:8080}") String site,
      @Value("${nastavnik.calendar.key:}") String configuredKey) {
    this.jdbc = jdbc;
    this.people = people;
    this.repository = repository;
    this.clock = clock;
    this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
    this.configuredKey = configuredKey;
  }

  /** The current user's feed URL, made on first request. */
  public String myUrl(CurrentUser user) {
    Long person = people.me(user).getId();
    List<String> nonces = jdbc.queryForList("select nonce from calendar_feed where person_id = :person",
        Map.of("person", person), String.class);
    return url(nonces.isEmpty() ? renew(person) : secret(person, nonces.get(0)));
  }

  /** A new URL for the current user; the old one answers 404 from now on. */
  public String revoke(CurrentUser user) {
    return url(renew(people.me(user).getId()));
  }

  /** The feed of the secret, as iCalendar text; 404 for a secret that is not (or no longer) a feed's. */
  @Transactional(readOnly = true)
  public String feed(String secret) {
    List<Long> ids = jdbc.queryForList("select person_id from calendar_feed where secret_hash = :hash",
        Map.of("hash", Secrets.sha256(secret)), Long.class);
    Person person = ids.isEmpty() ? null : repository.findWithOrganizationById(ids.get(0)).orElse(null);
    if (person == null || person.getLogin() == null) {
      throw new NotFoundException("Календарь не найден: ссылка неверна или заменена новой. Возьмите новую ссылку в профиле");
    }
    return write(events(person));
  }

  private String renew(Long person) {
    String nonce = Secrets.token();
    String secret = secret(person, nonce);
    MapSqlParameterSource values = new MapSqlParameterSource().addValue("person", person).addValue("nonce", nonce)
        .addValue("hash", Secrets.sha256(secret)).addValue("now", Timestamp.from(clock.instant()));
    if (jdbc.update("update calendar_feed set nonce = :nonce, secret_hash = :hash, created_at = :now where person_id = :person",
        values) == 0) {
      jdbc.update("insert into calendar_feed (person_id, nonce, secret_hash, created_at) values (:person, :nonce, :hash, :now)",
          values);
    }
    return secret;
  }

  private String url(String secret) {
    return site + "/api/calendar/feed/" + secret + ".ics";
  }

  private String secret(Long person, String nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return Base64.getUrlEncoder().withoutPadding()
          .encodeToString(mac.doFinal((person + "\n" + nonce).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** NASTAVNIK_CALENDAR_KEY, else a random key made once and kept in the database. */
  private String key() {
    if (configuredKey != null && !configuredKey.isBlank()) {
      return configuredKey;
    }
    List<String> keys = jdbc.queryForList("select feed_key from calendar_feed_key where id = 1", Map.of(), String.class);
    if (!keys.isEmpty()) {
      return keys.get(0);
    }
    String key = Secrets.token();
    jdbc.update("insert into calendar_feed_key (id, feed_key, created_at) values (1, :key, :now)",
        Map.of("key", key, "now", Timestamp.from(clock.instant())));
    return key;
  }

  private List<VEvent> events(Person person) {
    List<VEvent> events = new ArrayList<>();
    Map<String, Object> me = Map.of("person", person.getId(), "cancelled", MeetingStatus.CANCELLED.name(),
        "held", MeetingStatus.HELD.name(), "programs", names(ProgramStatus.IN_CALENDAR));
    String pairs = """
        from program_meeting m
        join mentoring_program pr on pr.id = m.program_id
        join mentoring_pair pa on pa.id = pr.pair_id
        join mentor_profile mp on mp.id = pa.mentor_profile_id
        join mentoring_request rq on rq.id = pa.request_id
        join person mentor on mentor.id = mp.person_id
        join person mentee on mentee.id = rq.mentee_id
        """;
    jdbc.query("select m.id, m.topic, coalesce(m.held_on, m.planned_on) as meeting_day, m.status, mentor.full_name as mentor_name,"
        + " mentee.full_name as mentee_name " + pairs
        + " where (mp.person_id = :person or rq.mentee_id = :person) and m.status <> :cancelled"
        + " and pr.status in (:programs)", me, row -> {
          VEvent event = new VEvent(row.getDate("meeting_day").toLocalDate(), "Встреча наставничества: " + row.getString("topic"));
          event.add(new Uid("meeting-" + row.getLong("id") + "@nastavnik"));
          event.add(new Description("Наставник: " + row.getString("mentor_name") + "\nНаставляемый: "
              + row.getString("mentee_name") + (MeetingStatus.HELD.name().equals(row.getString("status")) ? "\nВстреча проведена" : "")));
          events.add(event);
        });
    jdbc.query("select f.id, f.due_at, m.topic " + pairs.replace("from program_meeting m",
            "from meeting_feedback f join program_meeting m on m.id = f.meeting_id")
        + " where f.submitted_at is null and f.missed = false and m.status = :held"
        + " and (f.author = 'MENTOR' and mp.person_id = :person or f.author = 'MENTEE' and rq.mentee_id = :person)", me, row -> {
          VEvent event = new VEvent(row.getTimestamp("due_at").toInstant(),
              "Срок отзыва о встрече: " + row.getString("topic"));
          event.add(new Uid("feedback-" + row.getLong("id") + "@nastavnik"));
          event.add(new Description("Оставьте отзыв о встрече в Tasklist до этого срока"));
          events.add(event);
        });
    List<String> groups = new ArrayList<>();
    for (Role role : person.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : person.getRoles()) {
      groups.add(role.groupId(person.getOrganization()));
    }
    if (!groups.isEmpty()) {
      jdbc.query("select o.id, o.due_date, i.number, i.title, r.title as roadmap_title from roadmap_occurrence o"
          + " join roadmap_item i on i.id = o.item_id join roadmap r on r.id = i.roadmap_id"
          + " where o.responsible_group in (:groups) and o.due_date is not null"
          + " and o.status in (:statuses)",
          Map.of("groups", groups, "statuses", names(OccurrenceStatus.DEADLINE_PENDING)), row -> {
            String title = row.getString("title");
            VEvent event = new VEvent(row.getDate("due_date").toLocalDate(), "Срок по дорожной карте: "
                + (row.getString("number") == null ? "" : row.getString("number") + " ")
                + (title.length() > 200 ? title.substring(0, 200) + "…" : title));
            event.add(new Uid("roadmap-" + row.getLong("id") + "@nastavnik"));
            event.add(new Description(row.getString("roadmap_title")));
            events.add(event);
          });
    }
    return events;
  }

  private static List<String> names(Set<? extends Enum<?>> statuses) {
    return statuses.stream().map(Enum::name).toList();
  }

  private static String write(List<VEvent> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Nastavnik//Calendar 1.0//RU"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", "Наставничество"));
    events.forEach(calendar::add);
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
