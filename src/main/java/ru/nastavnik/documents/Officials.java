package ru.nastavnik.documents;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.person.Role;

/**
 * Who signs and who prepares a document, from our people and their roles: the director of an
 * organization, its curator, the municipality's coordinator. Their position as the person's card
 * holds it, or the role's title when the card has none.
 */
@Component
@Transactional(readOnly = true)
public class Officials {

  private final NamedParameterJdbcTemplate jdbc;

  Officials(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A person as a document names them. */
  public record Official(Long personId, String fullName, String position, String email) {

    public OfficialDocx.Signer signer() {
      return new OfficialDocx.Signer(position, fullName);
    }

    /** The executor's mark: the name and the e-mail (and the organization's, when it has one). */
    public OfficialDocx.Executor executor(String organizationEmail) {
      StringBuilder contacts = new StringBuilder();
      if (email != null && !email.isBlank()) {
        contacts.append("e-mail: ").append(email);
      }
      if (organizationEmail != null && !organizationEmail.isBlank() && !organizationEmail.equalsIgnoreCase(email)) {
        contacts.append(contacts.length() == 0 ? "" : "; ").append("e-mail организации: ").append(organizationEmail);
      }
      return new OfficialDocx.Executor(fullName, contacts.toString());
    }
  }

  private static final String SELECT = """
      select p.id, p.full_name, p.position, p.email, r.role from person p
      join person_role r on r.person_id = p.id
      join organization o on o.id = p.organization_id
      """;

  /** The holder of the role in the organization (the first by name when there are several). */
  public Optional<Official> of(Long organizationId, Role role) {
    return first(SELECT + " where o.id = :organization and r.role = :role order by p.full_name, p.id",
        new MapSqlParameterSource("organization", organizationId).addValue("role", role.name()));
  }

  /** The municipality's coordinator (the first by name). */
  public Optional<Official> coordinatorOf(Long municipalityId) {
    return first(SELECT + " where o.municipality_id = :municipality and r.role = :role order by p.full_name, p.id",
        new MapSqlParameterSource("municipality", municipalityId).addValue("role", Role.COORDINATOR.name()));
  }

  /** The person behind a login (the one who filed a report), with the first of their roles for a missing position. */
  public Optional<Official> byLogin(String login) {
    if (login == null) {
      return Optional.empty();
    }
    return first("""
        select p.id, p.full_name, p.position, p.email, r.role from person p
        left join person_role r on r.person_id = p.id
        where p.login = :login order by r.role""", new MapSqlParameterSource("login", login));
  }

  private Optional<Official> first(String sql, MapSqlParameterSource params) {
    List<Official> found = jdbc.query(sql, params, (rs, n) -> {
      String position = rs.getString(3);
      String role = rs.getString(5);
      if ((position == null || position.isBlank()) && role != null) {
        position = Role.valueOf(role).title();
      }
      return new Official(rs.getLong(1), rs.getString(2), position, rs.getString(4));
    });
    return found.stream().findFirst();
  }
}
