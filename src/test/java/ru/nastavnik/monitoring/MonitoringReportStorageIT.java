package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.IntegrationTestSupport;
import ru.nastavnik.organization.Municipality;
import ru.nastavnik.organization.Organization;

class MonitoringReportStorageIT extends IntegrationTestSupport {

  @Autowired MonitoringCampaignRepository campaigns;
  @Autowired MonitoringReportRepository reports;
  @Autowired jakarta.persistence.EntityManager entities;
  @Autowired TransactionTemplate transaction;

  /** About 570 characters of figures per organization: 20,000 held some 35 organizations. */
  @Test
  void theMunicipalReportKeepsTheFiguresOfAMunicipalityOfTwoHundredSchools() {
    String figures = "{\"rows\":[" + "{\"organization\":\"Муниципальное бюджетное общеобразовательное учреждение\",\"mentees\":120},"
        .repeat(200 * 570 / 95) + "{}]}";
    assertThat(figures.length()).isGreaterThan(100_000);

    Long id = transaction.execute(status -> {
      Organization centre = entities.createQuery("select o from Organization o where o.municipality.code = 'khm' order by o.id",
          Organization.class).setMaxResults(1).getSingleResult();
      Municipality municipality = centre.getMunicipality();
      Instant now = Instant.parse("2027-06-01T10:00:00Z");
      MonitoringCampaign campaign = campaigns.save(new MonitoringCampaign(municipality, 2031, now));
      MonitoringReport report = new MonitoringReport(campaign, ReportKind.MUNICIPAL, centre, now, now);
      report.submit(figures, null, null, null, "Выводы", "coordinator", now);
      return reports.save(report).getId();
    });

    assertThat(reports.findById(id)).get().extracting(MonitoringReport::getFigures).isEqualTo(figures);
  }
}
