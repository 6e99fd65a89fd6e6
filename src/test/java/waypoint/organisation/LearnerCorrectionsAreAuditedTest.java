package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * Rectification (docs/domain/retention.md): a correction of a learner's details asks for the reason, which the audit
 * trail keeps with the change and the record's history shows; a correction of their declarations keeps one when given.
 */
@WaypointTest
class LearnerCorrectionsAreAuditedTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_administrator_gives_the_reason_for_a_correction_and_the_history_shows_it() {
        LearnerId learner = new TestApprenticeships(organisation, accounts).learner();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page form = admin.get("/learners/" + learner + "/edit");
        assertThat(form.text()).contains("Reason for the change");
        Map<String, String> fields = new HashMap<>(Map.of("givenNames", "Corrected", "familyName", "Apprentice",
                "birthDay", "6", "birthMonth", "5", "birthYear", "2004", "uln", TestApprenticeships.uln(),
                "email", "corrected-" + TestApprenticeships.unique() + "@example.test", "postcode", "LS2 9JT",
                "addressLine1", "2 Low Road", "town", "Leeds"));

        PageClient.Page missing = admin.post("/learners/" + learner + "/edit", form, fields);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.text()).contains("There is a problem", "Enter the reason for the change");

        fields.put("reason", "The learner told us the name they use");
        assertThat(admin.post("/learners/" + learner + "/edit", form, fields).status()).isEqualTo(302);
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE record_type = 'Learner' AND record_id = :id AND action = 'UPDATED'""")
                .param("id", learner.toString()).query(String.class).list())
                .containsExactly("The learner told us the name they use");

        PageClient.Page page = admin.get("/learners/" + learner);
        assertThat(page.body()).contains("href=\"/admin/audit?recordId=" + learner + "\"", "History of changes");
        assertThat(admin.get("/admin/audit?recordId=" + learner).text())
                .contains("Reason for the change: The learner told us the name they use");
        // nobody but an administrator is offered the history
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/learners/" + learner).body())
                .doesNotContain("History of changes");

        PageClient.Page declarations = admin.get("/learners/" + learner + "/declarations/edit");
        assertThat(admin.post("/learners/" + learner + "/declarations/edit", declarations, Map.of(
                "healthDeclaration", "NO", "reason", "Recorded against the wrong learner")).status()).isEqualTo(302);
        assertThat(jdbc.sql("""
                SELECT reason FROM audit_event WHERE record_type = 'LearnerDeclaration' AND record_id = :id""")
                .param("id", learner.toString()).query(String.class).list())
                .contains("Recorded against the wrong learner");
    }
}
