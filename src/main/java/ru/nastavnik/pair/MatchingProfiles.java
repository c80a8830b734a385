package ru.nastavnik.pair;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentKind;
import ru.nastavnik.matching.MenteeProfile;
import ru.nastavnik.matching.MentorProfile;
import ru.nastavnik.mentor.MentorStatus;
import ru.nastavnik.mentor.TrainingStatus;
import ru.nastavnik.person.Person;
import ru.nastavnik.request.MentoringRequest;

/**
 * Turns the bank of mentors and a request into the profiles the matching core works on.
 *
 * <p>A municipality's bank is read in three queries whatever its size (mentors with their consents,
 * load, competencies, forms, subjects), only the columns matching needs, without loading entities:
 * a bank of 10,000 mentors took some 40,000 queries when each mentor's consents and collections
 * were fetched one by one.
 */
@Component
class MatchingProfiles {

  private final NamedParameterJdbcTemplate jdbc;

  MatchingProfiles(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The approved mentors of a municipality with their current load and consents. */
  @Transactional(readOnly = true)
  Bank bankFor(Long municipalityId) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("municipality", municipalityId)
        .addValue("approved", MentorStatus.APPROVED.name())
        .addValue("personalData", ConsentKind.PERSONAL_DATA.name())
        .addValue("duties", ConsentKind.MENTORING_DUTIES.name())
        .addValue("occupying", PairStatus.OCCUPYING.stream().map(Enum::name).toList());
    // The three collections in one round trip: kind 1 competencies, 2 forms, 3 subjects.
    Map<Long, Set<String>> competencies = new HashMap<>();
    Map<Long, Set<String>> forms = new HashMap<>();
    Map<Long, Set<String>> subjects = new HashMap<>();
    List<Map<Long, Set<String>>> collections = List.of(competencies, forms, subjects);
    jdbc.query("""
        select 1, c.mentor_profile_id, c.competency_code from mentor_competency c
        join mentor_profile mp on mp.id = c.mentor_profile_id join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality and mp.status = :approved
        union all
        select 2, f.mentor_profile_id, f.form from mentor_form f
        join mentor_profile mp on mp.id = f.mentor_profile_id join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality and mp.status = :approved
        union all
        select 3, mp.id, s.subject from person_subject s
        join mentor_profile mp on mp.person_id = s.person_id join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality and mp.status = :approved""", parameters, row -> {
          collections.get(row.getInt(1) - 1).computeIfAbsent(row.getLong(2), key -> new LinkedHashSet<>()).add(row.getString(3));
        });
    Map<Long, Integer> load = new HashMap<>();
    jdbc.query("""
        select p.mentor_profile_id, count(*) from mentoring_pair p join organization o on o.id = p.organization_id
        where o.municipality_id = :municipality and p.status in (:occupying)
        group by p.mentor_profile_id""", parameters, row -> {
          load.put(row.getLong(1), row.getInt(2));
        });

    List<MentorProfile> profiles = new ArrayList<>();
    Map<Long, Mentor> byPerson = new HashMap<>();
    jdbc.query("""
        select mp.id, p.id, p.full_name, o.id, o.short_name, mp.capacity, mp.training_status, p.experience_years,
          case when exists (select 1 from consent c where c.person_id = p.id and c.kind = :personalData
            and c.withdrawn_at is null) then 1 else 0 end,
          case when exists (select 1 from consent c where c.person_id = p.id and c.kind = :duties
            and c.withdrawn_at is null) then 1 else 0 end
        from mentor_profile mp join person p on p.id = mp.person_id join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality and mp.status = :approved
        order by mp.id""", parameters, row -> {
          long id = row.getLong(1);
          long personId = row.getLong(2);
          int experience = row.getInt(8);
          boolean experienceUnknown = row.wasNull();
          MentorProfile profile = new MentorProfile(personId, row.getString(3), row.getLong(4), row.getString(5),
              municipalityId, competencies.getOrDefault(id, Set.of()), subjects.getOrDefault(id, Set.of()),
              experienceUnknown ? 0 : experience, row.getInt(6), load.getOrDefault(id, 0), true, row.getInt(9) == 1,
              row.getInt(10) == 1, TrainingStatus.COMPLETED.name().equals(row.getString(7)),
              forms.getOrDefault(id, Set.of()));
          profiles.add(profile);
          byPerson.put(personId, new Mentor(id, row.getString(3), row.getString(5)));
        });
    return new Bank(profiles, byPerson);
  }

  MenteeProfile menteeOf(MentoringRequest request) {
    Person mentee = request.getMentee();
    return new MenteeProfile(request.getId(), mentee.getId(), request.getOrganization().getId(),
        request.getOrganization().getMunicipality().getId(), request.getDifficulties(), request.getSubject(),
        mentee.getExperienceYears(), request.getDesiredForm().name());
  }

  /** What the curator sees of a mentor of the bank besides the score: the entry id, name and school. */
  record Mentor(long mentorProfileId, String fullName, String organization) {}

  /** Matching profiles of a bank and the mentors behind them. */
  record Bank(List<MentorProfile> mentors, Map<Long, Mentor> byPerson) {

    Mentor mentorOf(MentorProfile profile) {
      return byPerson.get(profile.personId());
    }

    Mentor mentorOfPerson(long personId) {
      return byPerson.get(personId);
    }
  }
}
