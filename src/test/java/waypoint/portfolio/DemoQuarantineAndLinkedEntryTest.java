package waypoint.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The demo provider shows a quarantined evidence file, labelled so and never downloadable, and an off-the-job entry
 * that points to an item of the portfolio.
 */
@WaypointTest
class DemoQuarantineAndLinkedEntryTest {

    @LocalServerPort
    int port;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_demo_learner_has_a_quarantined_file_and_an_entry_linked_to_evidence() {
        UUID lola = apprenticeships.currentForLearnerAccount(
                accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id()).orElseThrow().id().value();
        UUID quarantined = jdbc.sql("SELECT id FROM portfolio_evidence WHERE apprenticeship_id = :a"
                        + " AND state = 'QUARANTINED'").param("a", lola).query(UUID.class).list().get(0);
        assertThat(jdbc.sql("SELECT scan FROM portfolio_evidence_version WHERE evidence_id = :e")
                .param("e", quarantined).query(String.class).list()).containsOnly("QUARANTINED");

        PageClient learner = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        String item = "/apprenticeships/" + lola + "/portfolio/evidence/" + quarantined;
        assertThat(learner.get(item).body()).contains("Quarantined").contains("failed the virus scan");
        assertThat(learner.get(item + "/versions/1/file").status()).isNotEqualTo(200);

        Api api = Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD);
        UUID linked = jdbc.sql("SELECT id FROM otj_entry WHERE apprenticeship_id = :a"
                + " AND portfolio_evidence_id IS NOT NULL").param("a", lola).query(UUID.class).list().get(0);
        assertThat(api.get("/api/v1/apprenticeships/" + lola + "/otj-entries/" + linked).json()
                .get("portfolioEvidenceTitle").asString()).isEqualTo("Code review of the booking service");
    }
}
