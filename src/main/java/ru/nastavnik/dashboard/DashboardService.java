package ru.nastavnik.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.OrganizationAccess;
import ru.nastavnik.organization.OrganizationService;
import ru.nastavnik.pair.PairStatus;
import ru.nastavnik.system.CurrentUser;
import ru.nastavnik.system.ForbiddenException;

/**
 * Figures of the managers' dashboard, aggregated in SQL (nothing is loaded entity by entity):
 * coverage of young specialists by a mentor per organization, pairs by stage, requests still
 * without a mentor. Only the municipality's coordinators and managers see it.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

  private final NamedParameterJdbcTemplate jdbc;
  private final OrganizationService organizations;
  private final OrganizationAccess access;

  DashboardService(NamedParameterJdbcTemplate jdbc, OrganizationService organizations, OrganizationAccess access) {
    this.jdbc = jdbc;
    this.organizations = organizations;
    this.access = access;
  }

  public Dashboard dashboard(Long municipalityId, Long organizationId) {
    Municipality municipality = organizations.municipality(municipalityId);
    if (!access.isMunicipalStaff(CurrentUser.require(), municipality)) {
      throw new ForbiddenException("Панель наставничества муниципалитета доступна его координатору и органу управления образованием");
    }
    MapSqlParameterSource params = new MapSqlParameterSource("municipality", municipalityId)
        .addValue("organization", organizationId)
        .addValue("withMentor", List.of(PairStatus.ACTIVE.name(), PairStatus.COMPLETED.name()))
        .addValue("occupying", PairStatus.OCCUPYING.stream().map(Enum::name).toList());
    String orgFilter = organizationId == null ? "" : " and o.id = :organization";

    List<Coverage> coverage = jdbc.query("""
        select o.id, o.short_name,
               count(distinct p.id) as young,
               count(distinct case when mp.id is not null then p.id end) as with_mentor
        from organization o
        left join person p on p.organization_id = o.id and p.category = 'YOUNG_SPECIALIST'
        left join mentoring_request r on r.mentee_id = p.id
        left join mentoring_pair mp on mp.request_id = r.id and mp.status in (:withMentor)
        where o.municipality_id = :municipality and o.kind not in ('DEPARTMENT', 'METHODICAL_CENTER')""" + orgFilter + " " + """
        group by o.id, o.short_name
        order by o.short_name""", params,
        (rs, i) -> Coverage.of(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));

    Map<String, Integer> byStatus = new LinkedHashMap<>();
    for (PairStatus status : PairStatus.values()) {
      byStatus.put(status.name(), 0);
    }
    jdbc.query("""
        select mp.status, count(*) from mentoring_pair mp
        join organization o on o.id = mp.organization_id
        where o.municipality_id = :municipality""" + orgFilter + " " + """
        group by mp.status""", params, rs -> {
      byStatus.put(rs.getString(1), rs.getInt(2));
    });
    List<Stage> stages = new ArrayList<>();
    byStatus.forEach((status, count) -> stages.add(new Stage(status, PairStatus.valueOf(status).title(), count)));

    Integer waiting = jdbc.queryForObject("""
        select count(*) from mentoring_request r
        join organization o on o.id = r.organization_id
        where o.municipality_id = :municipality and r.status = 'ACCEPTED'""" + orgFilter + " " + """
          and not exists (select 1 from mentoring_pair mp where mp.request_id = r.id and mp.status in (:occupying))""",
        params, Integer.class);
    Integer mentorsInBank = jdbc.queryForObject("""
        select count(*) from mentor_profile m join organization o on o.id = m.organization_id
        where o.municipality_id = :municipality and m.status = 'APPROVED'""" + orgFilter, params, Integer.class);
    return new Dashboard(municipality.getName(), coverage, stages, waiting == null ? 0 : waiting,
        mentorsInBank == null ? 0 : mentorsInBank);
  }

  /** Young specialists (≤ 3 years) of an organization and how many of them have a mentor. */
  public record Coverage(Long organizationId, String organization, int youngSpecialists, int withMentor, int percent) {
    static Coverage of(Long organizationId, String organization, int young, int withMentor) {
      return new Coverage(organizationId, organization, young, withMentor,
          young == 0 ? 0 : Math.round(100f * withMentor / young));
    }
  }

  /** Pairs in one stage of their life. */
  public record Stage(String status, String title, int pairs) {}

  /** Everything the dashboard draws. */
  public record Dashboard(String municipality, List<Coverage> coverage, List<Stage> pairsByStage, int requestsWithoutMentor,
      int mentorsInBank) {}
}
