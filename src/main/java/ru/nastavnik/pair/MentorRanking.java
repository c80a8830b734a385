package ru.nastavnik.pair;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.matching.Candidate;
import ru.nastavnik.matching.MentorMatcher;
import ru.nastavnik.matching.ScoringWeights;
import ru.nastavnik.request.MentoringRequest;
import ru.nastavnik.request.MentoringRequestService;
import ru.nastavnik.request.RequestStatus;
import ru.nastavnik.system.BusinessRuleException;

/**
 * Ranks the mentors of the request's municipality for it, best first; who declined the request or
 * was excluded from it by the curator is not proposed again. Runs within its callers' transactions.
 */
@Component
class MentorRanking {

  private final MentoringRequestService requests;
  private final MatchingProfiles profiles;
  private final MentoringPairRepository pairs;
  private final MentorExclusionRepository exclusions;
  private final MentorMatcher matcher = new MentorMatcher(ScoringWeights.defaults());

  MentorRanking(MentoringRequestService requests, MatchingProfiles profiles, MentoringPairRepository pairs,
      MentorExclusionRepository exclusions) {
    this.requests = requests;
    this.profiles = profiles;
    this.pairs = pairs;
    this.exclusions = exclusions;
  }

  /** The request, which must wait for a mentor. */
  MentoringRequest acceptedRequest(Long requestId) {
    MentoringRequest request = requests.request(requestId);
    if (!RequestStatus.AWAITING_MENTOR.contains(request.getStatus())) {
      throw new BusinessRuleException("Запрос № " + requestId + " не ждёт наставника: " + request.getStatus().title());
    }
    return request;
  }

  /** Candidates for the request, best first. */
  List<RankedMentor> ranked(MentoringRequest request) {
    MatchingProfiles.Bank bank = profiles.bankFor(request.getOrganization().getMunicipality().getId());
    Set<Long> declined = pairs.findByRequestIdAndStatus(request.getId(), PairStatus.DECLINED).stream()
        .map(p -> p.getMentor().getId()).collect(Collectors.toCollection(HashSet::new));
    exclusions.findByRequestIdOrderByExcludedAt(request.getId()).forEach(e -> declined.add(e.getMentor().getId()));
    List<ru.nastavnik.matching.MentorProfile> available = bank.mentors().stream()
        .filter(m -> !declined.contains(bank.mentorOf(m).mentorProfileId())).toList();
    List<RankedMentor> result = new ArrayList<>();
    for (Candidate candidate : matcher.rank(profiles.menteeOf(request), available)) {
      MatchingProfiles.Mentor mentor = bank.mentorOf(candidate.mentor());
      result.add(new RankedMentor(mentor.mentorProfileId(), mentor.fullName(), mentor.organization(), candidate.score(),
          candidate.explanation()));
    }
    return result;
  }
}
