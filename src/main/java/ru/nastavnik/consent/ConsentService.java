package ru.nastavnik.consent;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.person.Person;
import ru.nastavnik.person.PersonService;
import ru.nastavnik.system.BusinessRuleException;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;
import ru.nastavnik.system.FormDates;
import ru.nastavnik.system.NotFoundException;

/**
 * Consents under 152-ФЗ and to mentoring duties. A person's data enters a bank (of mentors or
 * mentees) only with a valid personal-data consent, signed by a parent for a minor.
 */
@Service
@Transactional
public class ConsentService {

  private final Clock clock;
  private final ConsentRepository consents;
  private final PersonService people;
  private final OrganizationAccess access;
  private final ApplicationEventPublisher events;
  private final ConsentScanRepository scans;

  ConsentService(ConsentRepository consents, PersonService people, OrganizationAccess access,
      ApplicationEventPublisher events, Clock clock, ConsentScanRepository scans) {
    this.clock = clock;
    this.scans = scans;
    this.consents = consents;
    this.people = people;
    this.access = access;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public List<Consent> consentsOf(CurrentUser user, Long personId) {
    people.get(user, personId);
    return consents.findByPersonIdOrderByGivenAtDesc(personId);
  }

  public Consent record(CurrentUser user, Long personId, ConsentKind kind, String givenBy, ConsentGiver relation,
      Instant givenAt, String document) {
    return record(user, personId, kind, givenBy, relation, givenAt, document, null);
  }

  /** A consent with the scanned paper ({@code scan} may be null); both are stored or neither. */
  public Consent record(CurrentUser user, Long personId, ConsentKind kind, String givenBy, ConsentGiver relation,
      Instant givenAt, String document, ScanFile scan) {
    Person person = people.find(personId);
    checkMayManage(user, person);
    if (person.isMinor() && relation == ConsentGiver.SELF) {
      throw new BusinessRuleException("givenByRelation",
          "За несовершеннолетнего согласие даёт родитель или законный представитель");
    }
    if (!person.isMinor() && relation != ConsentGiver.SELF) {
      throw new BusinessRuleException("givenByRelation", "Совершеннолетний участник даёт согласие сам");
    }
    Instant now = clock.instant();
    Instant when = givenAt == null ? now : givenAt;
    if (when.isAfter(now)) {
      throw new BusinessRuleException("givenAt", "Дата согласия не может быть в будущем");
    }
    FormDates.withinBounds(when, "givenAt", "Дата согласия");
    Consent consent = consents.save(new Consent(person, kind, givenBy, relation, when, document));
    if (scan != null) {
      scans.save(new ConsentScan(consent.getId(), scan, user.userId(), now));
    }
    return consent;
  }

  /** Attaches (or replaces) the scanned paper of a consent on record, withdrawn or not. */
  public ConsentScan attachScan(CurrentUser user, Long personId, Long consentId, ScanFile scan) {
    Consent consent = consentOf(personId, consentId);
    checkMayManage(user, consent.getPerson());
    ConsentScan existing = scans.findById(consentId).orElse(null);
    if (existing != null) {
      existing.replace(scan, user.userId(), clock.instant());
      return existing;
    }
    return scans.save(new ConsentScan(consentId, scan, user.userId(), clock.instant()));
  }

  /**
   * The scanned paper, for the person herself or whoever manages the people of her organization
   * (a mentor who may see the person in a list may not read her signed papers).
   */
  @Transactional(readOnly = true)
  public ConsentScan scanOf(CurrentUser user, Long personId, Long consentId) {
    people.get(user, personId);
    Consent consent = consentOf(personId, consentId);
    checkMayManage(user, consent.getPerson());
    return scans.findById(consentId)
        .orElseThrow(() -> new NotFoundException("У согласия № " + consentId + " нет скана"));
  }

  /** Ids of these consents that have a scan. */
  @Transactional(readOnly = true)
  public java.util.Set<Long> withScan(List<Consent> list) {
    return list.isEmpty() ? java.util.Set.of()
        : new java.util.HashSet<>(scans.withScan(list.stream().map(Consent::getId).toList()));
  }

  private Consent consentOf(Long personId, Long consentId) {
    return consents.findById(consentId)
        .filter(c -> c.getPerson().getId().equals(personId))
        .orElseThrow(() -> new NotFoundException("Согласие с id " + consentId + " у участника " + personId + " не найдено"));
  }

  /**
   * A participant's own consent given by a step of a process (the mentee confirms her pair in
   * Tasklist): recorded as signed by herself at that moment. The engine already checked who may
   * complete the step. A minor cannot consent herself: her parent's or legal representative's
   * consent must be on file, or the step is refused ({@code field} names the form field).
   */
  public Consent confirmOwnConsent(String field, Person person, ConsentKind kind, Instant at, String document) {
    if (person.isMinor()) {
      return consents.findByPersonIdOrderByGivenAtDesc(person.getId()).stream()
          .filter(c -> c.getKind() == kind && c.isValid()).findFirst()
          .orElseThrow(() -> new BusinessRuleException(field, "За несовершеннолетнего участника «" + person.getFullName()
              + "» «" + kind.title().toLowerCase(java.util.Locale.ROOT) + "» даёт родитель или законный представитель:"
              + " оформите его у куратора, затем подтвердите участие"));
    }
    return consents.save(new Consent(person, kind, person.getFullName(), ConsentGiver.SELF, at, document));
  }

  public Consent withdraw(CurrentUser user, Long personId, Long consentId, String reason) {
    Consent consent = consentOf(personId, consentId);
    checkMayManage(user, people.find(personId));
    if (!consent.isValid()) {
      throw new BusinessRuleException("Согласие уже отозвано");
    }
    consent.withdraw(clock.instant(), reason);
    if (consent.getKind() == ConsentKind.PERSONAL_DATA && !hasValid(personId, ConsentKind.PERSONAL_DATA)) {
      events.publishEvent(new PersonalDataConsentWithdrawn(personId, reason, user.userId()));
    }
    return consent;
  }

  /**
   * Erases the signers' names of the person's consents and deletes their scanned papers (their
   * personal data is being erased); the record that a consent was given and withdrawn stays.
   */
  public void anonymizeSigners(Long personId) {
    consents.findByPersonIdOrderByGivenAtDesc(personId).forEach(Consent::anonymizeSigner);
    scans.deleteOfPerson(personId);
  }

  @Transactional(readOnly = true)
  public boolean hasValid(Long personId, ConsentKind kind) {
    return consents.existsByPersonIdAndKindAndWithdrawnAtIsNull(personId, kind);
  }

  /**
   * Before a step that processes the data of these people (accepting a request, proposing,
   * confirming or ordering a pair, starting a program): each must have a valid personal-data
   * consent; the refusal names whose is missing.
   */
  @Transactional(readOnly = true)
  public void requirePersonalDataConsents(String field, Person... involved) {
    List<String> missing = new java.util.ArrayList<>();
    for (Person person : involved) {
      if (!hasValid(person.getId(), ConsentKind.PERSONAL_DATA)) {
        missing.add(person.getFullName());
      }
    }
    if (!missing.isEmpty()) {
      throw new BusinessRuleException(field, "Нет действующего согласия на обработку персональных данных у: "
          + String.join(", ", missing) + ". Шаг не выполнен: оформите согласие у куратора или завершите работу с участником.");
    }
  }

  /** Throws the Russian explanation when the person's data may not enter a bank. */
  @Transactional(readOnly = true)
  public void requirePersonalDataConsent(Person person) {
    if (!hasValid(person.getId(), ConsentKind.PERSONAL_DATA)) {
      throw new BusinessRuleException("consent", "Нет действующего согласия на обработку персональных данных"
          + " (152-ФЗ) у участника «" + person.getFullName() + "»"
          + (person.isMinor() ? "; за несовершеннолетнего его подписывает родитель или законный представитель" : "")
          + ". Данные не сохранены: оформите согласие у куратора и подайте заново.");
    }
  }


  private void checkMayManage(CurrentUser user, Person person) {
    boolean self = user.userId().equals(person.getLogin()) && !person.isMinor();
    if (!self && !access.canManagePeopleOf(user, person.getOrganization())) {
      throw new ForbiddenException("Оформлять согласия этого участника может он сам, куратор или руководитель его организации");
    }
  }
}
