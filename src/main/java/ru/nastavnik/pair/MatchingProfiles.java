package ru.nastavnik.pair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.consent.ConsentService;
import ru.nastavnik.matching.MenteeProfile;
import ru.nastavnik.mentor.MentorProfile;
import ru.nastavnik.mentor.MentorProfileRepository;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.MentoringForm;
import ru.nastavnik.request.MentoringRequest;

/** Turns the bank of mentors and a request into the profiles the matching core works on. */
@Component
class MatchingProfiles {

  private final MentorProfileRepository mentors;
  private final MentoringPairRepository pairs;
  private final ConsentService consents;

  MatchingProfiles(MentorProfileRepository mentors, MentoringPairRepository pairs, ConsentService consents) {
    this.mentors = mentors;
    this.pairs = pairs;
    this.consents = consents;
  }

  /** The approved mentors of a municipality with their current load and consents. */
  @Transactional(readOnly = true)
  Bank bankFor(Long municipalityId) {
    Map<Long, Long> load = new HashMap<>();
    for (Object[] row : pairs.loadByMentor(municipalityId, PairStatus.OCCUPYING)) {
      load.put((Long) row[0], (Long) row[1]);
    }
    Map<ru.nastavnik.matching.MentorProfile, MentorProfile> entities = new IdentityHashMap<>();
    List<ru.nastavnik.matching.MentorProfile> profiles = new ArrayList<>();
    for (MentorProfile mentor : mentors.findByOrganizationMunicipalityIdAndStatus(municipalityId, MentorStatus.APPROVED)) {
      Person person = mentor.getPerson();
      ru.nastavnik.matching.MentorProfile profile = new ru.nastavnik.matching.MentorProfile(person.getId(),
          person.getFullName(), mentor.getOrganization().getId(), mentor.getOrganization().getShortName(), municipalityId,
          mentor.getCompetencies(), person.getSubjects(), person.getExperienceYears() == null ? 0 : person.getExperienceYears(),
          mentor.getCapacity(), load.getOrDefault(mentor.getId(), 0L).intValue(), true,
          consents.hasValid(person.getId(), ConsentKind.PERSONAL_DATA),
          consents.hasValid(person.getId(), ConsentKind.MENTORING_DUTIES),
          mentor.getTrainingStatus() == TrainingStatus.COMPLETED,
          mentor.getForms().stream().map(MentoringForm::name).collect(Collectors.toSet()));
      entities.put(profile, mentor);
      profiles.add(profile);
    }
    return new Bank(profiles, entities);
  }

  MenteeProfile menteeOf(MentoringRequest request) {
    Person mentee = request.getMentee();
    return new MenteeProfile(request.getId(), mentee.getId(), request.getOrganization().getId(),
        request.getOrganization().getMunicipality().getId(), request.getDifficulties(), request.getSubject(),
        mentee.getExperienceYears(), request.getDesiredForm().name());
  }

  /** Matching profiles of a bank and the entities behind them. */
  record Bank(List<ru.nastavnik.matching.MentorProfile> mentors,
      Map<ru.nastavnik.matching.MentorProfile, MentorProfile> entities) {

    MentorProfile entityOf(ru.nastavnik.matching.MentorProfile profile) {
      return entities.get(profile);
    }

    MentorProfile entityOfPerson(long personId) {
      return mentors.stream().filter(m -> m.personId() == personId).findFirst().map(entities::get).orElse(null);
    }
  }
}
