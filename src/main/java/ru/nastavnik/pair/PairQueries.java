package ru.nastavnik.pair;

import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.system.NotFoundException;

/** Read views of pair formation: a request's candidates, the searches made, the mentors excluded. */
@Service
@Transactional(readOnly = true)
public class PairQueries {

  private final MentorRanking ranking;
  private final MentoringPairRepository pairs;
  private final PairSearchAttemptRepository attempts;
  private final MentorExclusionRepository exclusions;

  PairQueries(MentorRanking ranking, MentoringPairRepository pairs, PairSearchAttemptRepository attempts,
      MentorExclusionRepository exclusions) {
    this.ranking = ranking;
    this.pairs = pairs;
    this.attempts = attempts;
    this.exclusions = exclusions;
  }

  /** Candidates for the request, best first, as the curator sees them. */
  public List<RankedMentor> candidates(Long requestId) {
    return ranking.ranked(ranking.acceptedRequest(requestId));
  }

  /** The mentors the curator excluded from the request's candidates. */
  public List<MentorExclusion> exclusionsOf(Long requestId) {
    return exclusions.findByRequestIdOrderByExcludedAt(requestId);
  }

  public List<PairSearchAttempt> attemptsOf(Long requestId) {
    return attempts.findByRequestIdOrderByAttemptedAtDesc(requestId);
  }

  /** The time zone of the pair's municipality: the dates of its forms are read in it. */
  public ZoneId zoneOf(Long pairId) {
    return pairs.findDetailedById(pairId).orElseThrow(() -> new NotFoundException("Пара № " + pairId + " не найдена"))
        .getOrganization().getMunicipality().getTimeZone();
  }
}
