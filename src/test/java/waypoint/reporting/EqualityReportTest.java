package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.reporting.internal.EqualityReport;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The anonymised equality report: no count under five is shown, only quality, directors and the safeguarding lead
 * read it, and every group is compared with withdrawals, achievements and complaints read from the views the other
 * modules publish.
 */
@WaypointTest
class EqualityReportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EqualityReport equality;

    @Test
    void the_equality_report_shows_no_count_under_five() {
        assertThat(new EqualityReport.Count(0).text()).isEqualTo("fewer than 5");
        assertThat(new EqualityReport.Count(4).text()).isEqualTo("fewer than 5");
        assertThat(new EqualityReport.Count(5).text()).isEqualTo("5");
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        PageClient.Page report = quality.get("/reports/equality");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Ethnicity").contains("fewer than 5").doesNotContain("Lola");
        assertThat(report.body()).doesNotContainPattern("numeric\">\\s*[0-4]\\s*<");
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/reports/equality").status())
                .isEqualTo(403);
    }

    @Test
    void every_group_is_compared_with_withdrawals_achievements_and_complaints() {
        long withdrawn = learnersWith("SELECT DISTINCT learner_id FROM apprenticeship WHERE status = 'WITHDRAWN'");
        long achieved = learnersWith("SELECT DISTINCT learner_id FROM apprenticeship WHERE status = 'COMPLETED'");
        long complained = learnersWith("SELECT DISTINCT learner_id FROM feedback WHERE kind = 'COMPLAINT'");
        assertThat(withdrawn).as("the demo has a withdrawal").isPositive();
        assertThat(achieved).as("the demo has an achievement").isPositive();

        var quality = new waypoint.identity.CurrentUser(UUID.randomUUID(), "q@example.test", "Q", Set.of(Role.QUALITY));
        for (EqualityReport.Section section : equality.report(quality)) {
            // every learner is in exactly one answer of each characteristic, so each column adds up to the whole
            assertThat(section.rows().stream().mapToLong(row -> row.withdrawn().value()).sum()).isEqualTo(withdrawn);
            assertThat(section.rows().stream().mapToLong(row -> row.achieved().value()).sum()).isEqualTo(achieved);
            assertThat(section.rows().stream().mapToLong(row -> row.complained().value()).sum())
                    .isEqualTo(complained);
        }
    }

    private long learnersWith(String learnerIds) {
        return jdbc.sql("SELECT count(*) FROM learner WHERE id IN (" + learnerIds + ")").query(Long.class).single();
    }

    @Test
    void the_report_s_old_address_leads_to_it() {
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        PageClient.Page old = quality.get("/safeguarding/equality");

        assertThat(old.status()).isEqualTo(302);
        assertThat(quality.follow(old).text()).contains("Equality monitoring");
    }
}
