package ru.nastavnik.onboarding;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.notification.MailLinks;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.notification.Notifier;
import ru.nastavnik.person.Accounts;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.security.PasswordRules;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * One-time links that let a person set their password: an invitation, issued by whoever manages
 * the person's account ({@link PersonService#checkMayManageAccount}, the role-grant rules), and a
 * reset the person asks for themselves. A link is valid {@link #VALIDITY} and once; a new link of
 * the person replaces the earlier ones. The password is checked by {@link PasswordRules} and set
 * through the engine, whose password policy applies as well.
 */
@Service
@Transactional
public class Invitations {

  static final Duration VALIDITY = Duration.ofDays(7);
  /** One reset letter per person in this time: the open endpoint must not flood a mailbox. */
  static final Duration RESET_PAUSE = Duration.ofMinutes(5);

  private final AccountTokenRepository tokens;
  private final PersonService people;
  private final OrganizationService organizations;
  private final Accounts accounts;
  private final Notifier notifier;
  private final MailLinks links;
  private final EntityManager entities;
  private final Clock clock;
  private final String site;

  Invitations(AccountTokenRepository tokens, PersonService people, OrganizationService organizations, Accounts accounts, Notifier notifier, MailLinks links,
      EntityManager entities, Clock clock, @Value("${nastavnik.mail.site-url:http://localhost:8080}") String site) {
    this.tokens = tokens;
    this.people = people;
    this.organizations = organizations;
    this.accounts = accounts;
    this.notifier = notifier;
    this.links = links;
    this.entities = entities;
    this.clock = clock;
    this.site = site.endsWith("/") ? site.substring(0, site.length() - 1) : site;
  }

  /** An issued link: to the caller who invited, and in the letter to the person. */
  public record Invitation(Long personId, String fullName, String login, String link, Instant expiresAt, boolean emailed) {}

  /** What an invitation of a whole organization did for one person. */
  public record BulkRow(Long personId, String fullName, String login, String link, Instant expiresAt, String skipped) {}

  /** Invites one person: {@code user} must manage their account. */
  public Invitation invite(CurrentUser user, Long personId) {
    Person person = people.checkMayManageAccount(user, personId);
    if (person.getLogin() == null) {
      throw new BusinessRuleException("login", "У участника «" + person.getFullName()
          + "» нет логина: сначала назначьте ему роль, тогда появится учётная запись");
    }
    return issue(person, AccountToken.INVITATION, user.userId());
  }

  /** Invites every person of the organization who has a login but no password of their own and whom {@code user} manages. */
  public List<BulkRow> inviteAll(CurrentUser user, Long organizationId) {
    Organization organization = organizations.organization(user, organizationId);
    if (!people.mayManagePeopleOf(user, organization)) {
      throw new ForbiddenException("Приглашать сотрудников «" + organization.getShortName()
          + "» может её руководитель, куратор или управление образованием муниципалитета");
    }
    List<Person> staff = people.list(user, organizationId).stream().filter(p -> p.getLogin() != null).toList();
    Set<String> withPassword = accounts.withOwnPassword(staff.stream().map(Person::getLogin).toList());
    List<BulkRow> rows = new ArrayList<>();
    for (Person person : staff) {
      if (withPassword.contains(person.getLogin()) || user.userId().equals(person.getLogin())) {
        continue;
      }
      try {
        Invitation invitation = invite(user, person.getId());
        rows.add(new BulkRow(person.getId(), person.getFullName(), person.getLogin(), invitation.link(),
            invitation.expiresAt(), null));
      } catch (ForbiddenException e) {
        rows.add(new BulkRow(person.getId(), person.getFullName(), person.getLogin(), null, null, e.getMessage()));
      }
    }
    return rows;
  }

  /**
   * Sends a reset link to the person of the login or e-mail, if there is one with both and no reset
   * letter went to them in the last {@link #RESET_PAUSE}; says nothing either way, so that nobody
   * learns who has an account.
   */
  public void requestReset(String loginOrEmail) {
    if (loginOrEmail == null || loginOrEmail.isBlank()) {
      throw new BusinessRuleException("login", "Укажите логин или адрес электронной почты");
    }
    String key = loginOrEmail.strip().toLowerCase(Locale.ROOT);
    List<Person> found = entities.createQuery(
            "select p from Person p join fetch p.organization o join fetch o.municipality"
                + " where p.login = :key or lower(p.email) = :key", Person.class)
        .setParameter("key", key).getResultList();
    for (Person person : found) {
      if (person.getLogin() != null && person.getEmail() != null && !person.isAnonymized()
          && !tokens.existsByPersonIdAndPurposeAndCreatedAtAfter(person.getId(), AccountToken.RESET,
              clock.instant().minus(RESET_PAUSE))) {
        issue(person, AccountToken.RESET, null);
      }
    }
  }

  /** Sets the password of the link's person; the link is spent. */
  public String setPassword(String token, String password) {
    AccountToken link = tokens.findByTokenHash(Secrets.sha256(token == null ? "" : token))
        .orElseThrow(() -> new NotFoundException("Ссылка недействительна: проверьте, что она скопирована целиком,"
            + " или попросите новую"));
    Instant now = clock.instant();
    if (link.getUsedAt() != null) {
      throw new GoneException("Ссылка уже использована: пароль по ней задан. Если вы его забыли, запросите"
          + " новую ссылку («Забыли пароль?»)");
    }
    if (link.getRevokedAt() != null) {
      throw new GoneException("Ссылка заменена более новой: откройте ссылку из последнего письма");
    }
    if (!now.isBefore(link.getExpiresAt())) {
      throw new GoneException("Срок действия ссылки истёк " + FormDates.ru(link.getExpiresAt(), ZoneId.of("UTC"))
          + " (UTC): попросите новое приглашение или запросите сброс пароля");
    }
    Person person = people.find(link.getPersonId());
    if (person.getLogin() == null) {
      throw new GoneException("Учётная запись участника больше не существует");
    }
    List<String> problems = PasswordRules.problems(password, person.getLogin(),
        Arrays.asList(person.lastName(), person.firstNames(), person.getEmail()));
    if (!problems.isEmpty()) {
      throw new BusinessRuleException("password", String.join(" ", problems));
    }
    // The engine's password policy is the same PasswordRules: checked above with its Russian explanation.
    accounts.setPassword(person.getLogin(), password);
    link.use(now);
    return person.getLogin();
  }

  /** Issues a link of {@code purpose}; {@code creator} is who invited, null for a reset the person asked for. */
  private Invitation issue(Person person, String purpose, String creator) {
    Instant now = clock.instant();
    for (AccountToken earlier : tokens.findByPersonIdAndUsedAtIsNullAndRevokedAtIsNull(person.getId())) {
      earlier.revoke(now);
    }
    String token = Secrets.token();
    Instant expires = now.plus(VALIDITY);
    tokens.save(new AccountToken(person.getId(), purpose, Secrets.sha256(token), creator, now, expires));
    String link = site + "/invitation.html#" + token;
    ZoneId zone = person.getOrganization().getMunicipality().getTimeZone();
    String until = FormDates.ru(expires, zone);
    boolean invitation = AccountToken.INVITATION.equals(purpose);
    String subject = invitation ? "Приглашение в систему наставничества «Наставник»" : "Сброс пароля в системе «Наставник»";
    String body = "Здравствуйте, " + person.firstNames() + "!\n\n"
        + (invitation ? "Для вас создана учётная запись в системе наставничества «Наставник»."
            : "Кто-то (вероятно, вы) попросил сбросить пароль к вашей учётной записи. Если это были не вы, просто"
                + " не открывайте ссылку.")
        + "\nВаш логин: " + person.getLogin() + "\n\nЧтобы задать пароль, откройте ссылку (она действует один раз, до "
        + until + "):\n" + link + "\n\nПосле этого входите в Tasklist: " + links.tasklist() + "\n";
    boolean emailed = person.getEmail() != null && !person.getEmail().isBlank();
    notifier.notifyPerson(person.getLogin(), person.getEmail(), subject, body);
    return new Invitation(person.getId(), person.getFullName(), person.getLogin(), link, expires, emailed);
  }
}
