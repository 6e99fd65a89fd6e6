package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Erasure on request (docs/domain/retention.md): the data protection officer records it; Waypoint erases at once what
 * the law allows and explains, kind by kind, what must be kept and until when; the person is emailed the explanation.
 */
@WaypointTest
class ErasureRequestTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;

    private PageClient.Page record(PageClient officer, String email) {
        PageClient.Page form = officer.get("/data-protection/erasure/new");
        return officer.post("/data-protection/erasure/new", form, Map.of("learnerEmail", email,
                "receivedOn", LocalDate.now(clock).getDayOfMonth() + " " + LocalDate.now(clock).getMonthValue() + " "
                        + LocalDate.now(clock).getYear(), "words", "Please delete everything you hold about me"));
    }

    @Test
    void an_apprentice_in_learning_keeps_their_record_while_notices_are_erased_and_they_are_told_why() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        UUID apprenticeship = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusMonths(3));
        String email = people.lastLearnerEmail;
        UUID account = accounts.findByEmail(email).orElseThrow().id();
        jdbc.sql("""
                INSERT INTO notification (id, recipient_id, title, body, created_at)
                VALUES (:id, :account, 'Your session moved', 'Body', :at)""").param("id", UUID.randomUUID())
                .param("account", account).param("at", OffsetDateTime.now(clock)).update();

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        PageClient.Page recorded = record(officer, email);
        assertThat(recorded.status()).isEqualTo(302);
        PageClient.Page request = officer.get(recorded.location());
        assertThat(request.text()).contains("Apprenticeship records and evidence", "Kept",
                "Kept while an apprenticeship is under way, then for 6 years after the learner's last apprenticeship ends",
                "The apprenticeship funding rules: evidence requirements", "Messages", "Erased: 1",
                "In-app notices deleted now", "Audit trail");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :a").param("a", account)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT full_name FROM organisation.learner l JOIN enrolment.apprenticeship a "
                + "ON a.learner_id = l.id WHERE a.id = :id").param("id", apprenticeship).query(String.class).single())
                .startsWith("Test Apprentice");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT body FROM email_message WHERE recipient = :to AND subject = 'Your request to erase your data'""")
                .param("to", email).query(String.class).list()).singleElement()
                .satisfies(body -> assertThat(body).contains("Apprenticeship records and evidence: Kept while")));
    }

    @Test
    void a_person_who_never_started_an_apprenticeship_is_anonymised_at_once() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        PageClient.Page recorded = record(officer, people.lastLearnerEmail);
        assertThat(recorded.status()).isEqualTo(302);
        assertThat(officer.get(recorded.location()).text()).contains("Erased: 1",
                "No apprenticeship was ever started, so nothing must be kept: anonymised now");
        assertThat(jdbc.sql("SELECT full_name FROM organisation.learner WHERE id = :id").param("id", learner)
                .query(String.class).single()).isEqualTo("Anonymised learner");
        assertThat(officer.get("/data-protection/erasure").text()).contains("Test Apprentice");
    }

    @Test
    void only_the_officer_records_one_an_administrator_reads_them_and_a_wrong_email_is_explained() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(admin.get("/data-protection/erasure").status()).isEqualTo(200);
        assertThat(admin.get("/data-protection/erasure/new").status()).isEqualTo(403);
        for (DemoAccounts who : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER, DemoAccounts.HEAD}) {
            assertThat(PageClient.signedInAs(port, who).get("/data-protection/erasure").status()).as(who.name())
                    .isEqualTo(403);
        }
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        PageClient.Page wrong = record(officer, "nobody-" + UUID.randomUUID() + "@example.test");
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("There is a problem", "No apprentice has that email address");
    }
}
