package ru.nastavnik.pair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.matching.Assignment;
import ru.nastavnik.matching.GreedyAssignment;
import ru.nastavnik.matching.MenteeProfile;
import ru.nastavnik.matching.MentorMatcher;
import ru.nastavnik.matching.OptimalAssignment;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestRepository;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * Suggests mentors for a whole bank of mentees at once: the assignment with the highest total
 * score under the mentors' free places (min-cost flow), shown beside what a greedy pass gives.
 * A suggestion only: each pair still goes through the curator's choice and both consents.
 */
@Service
@Transactional(readOnly = true)
public class BankAssignmentService {

  private final MentoringRequestRepository requests;
  private final MentoringPairRepository pairs;
  private final MatchingProfiles profiles;
  private final OrganizationAccess access;
  private final MentorMatcher matcher = new MentorMatcher();

  BankAssignmentService(MentoringRequestRepository requests, MentoringPairRepository pairs, MatchingProfiles profiles,
      OrganizationAccess access) {
    this.requests = requests;
    this.pairs = pairs;
    this.profiles = profiles;
    this.access = access;
  }

  /** Open requests of the municipality (or of one organization of it) matched to its mentors, for {@code user}. */
  public Suggestion suggest(CurrentUser user, Municipality municipality, Organization only) {
    if (only == null ? !access.isMunicipalStaff(user, municipality) : !access.canSeePeopleOf(user, only)) {
      throw new ForbiddenException("Подбор по банку доступен куратору своей организации и координатору муниципалитета");
    }
    // Only this municipality's pairs, and only their request ids: the bank may be large.
    Set<Long> paired = Set.copyOf(pairs.requestsWithPair(municipality.getId(), PairStatus.SERVING));
    List<MentoringRequest> open = requests
        .findByOrganizationMunicipalityIdAndStatusInOrderByFiledAt(municipality.getId(), RequestStatus.IN_BANK).stream()
        .filter(r -> !paired.contains(r.getId()))
        .filter(r -> only == null || r.getOrganization().getId().equals(only.getId()))
        .toList();
    MatchingProfiles.Bank bank = profiles.bankFor(municipality.getId());
    List<MenteeProfile> mentees = open.stream().map(profiles::menteeOf).toList();
    Assignment optimal = new OptimalAssignment(matcher).assign(mentees, bank.mentors());
    Assignment greedy = new GreedyAssignment(matcher).assign(mentees, bank.mentors());

    Map<Long, MentoringRequest> requestById = new HashMap<>();
    open.forEach(r -> requestById.put(r.getId(), r));
    Map<Long, MenteeProfile> menteeById = new HashMap<>();
    mentees.forEach(m -> menteeById.put(m.requestId(), m));
    Map<Long, ru.nastavnik.matching.MentorProfile> profileByPerson = new HashMap<>();
    bank.mentors().forEach(m -> profileByPerson.put(m.personId(), m));
    List<SuggestedPair> suggested = new ArrayList<>();
    for (Map.Entry<Long, Long> entry : optimal.mentorByRequest().entrySet()) {
      MentoringRequest request = requestById.get(entry.getKey());
      MenteeProfile mentee = menteeById.get(entry.getKey());
      ru.nastavnik.matching.MentorProfile mentorProfile = profileByPerson.get(entry.getValue());
      MatchingProfiles.Mentor mentor = bank.mentorOf(mentorProfile);
      suggested.add(new SuggestedPair(request.getId(), request.getMentee().getFullName(), mentor.mentorProfileId(),
          mentor.fullName(), mentor.organization(), matcher.score(mentee, mentorProfile),
          matcher.explanation(mentee, mentorProfile)));
    }
    List<String> unassigned = optimal.unassignedRequests().stream()
        .map(requestById::get)
        .map(r -> "запрос № " + r.getId() + ": " + r.getMentee().getFullName())
        .toList();
    return new Suggestion(suggested, optimal.totalScore(), greedy.totalScore(), unassigned);
  }

  /** A suggested pair with its score and the Russian explanation. */
  public record SuggestedPair(Long requestId, String menteeName, Long mentorProfileId, String mentorName,
      String mentorOrganization, int score, String explanation) {}

  /** The whole suggestion; {@code greedyTotalScore} shows what picking one by one would reach. */
  public record Suggestion(List<SuggestedPair> pairs, int totalScore, int greedyTotalScore, List<String> unassigned) {}
}
