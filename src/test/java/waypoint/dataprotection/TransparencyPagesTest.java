package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.Learners;
import waypoint.shared.personaldata.PersonalDataShared;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Transparency (docs/domain/data-protection.md): the privacy notice anyone can read, the record of processing
 * activities every member of staff reads and only an administrator or the data protection officer changes, and the
 * log of personal data shared with employers and assessment organisations.
 */
@WaypointTest
class TransparencyPagesTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Learners learners;

    @Test
    void anyone_reads_the_privacy_notice_linked_from_the_sign_in_page_and_every_footer() {
        PageClient anonymous = PageClient.at(port);
        assertThat(anonymous.get("/sign-in").body()).contains("href=\"/privacy-notice\"");
        var notice = anonymous.get("/privacy-notice");
        assertThat(notice.status()).isEqualTo(200);
        assertThat(notice.text()).contains("Privacy notice", "Version 1", "Your rights");
        var home = PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/");
        assertThat(home.body()).contains("href=\"/privacy-notice\"");
    }

    @Test
    void staff_read_the_record_of_processing_activities_and_only_the_officer_or_an_administrator_changes_it() {
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        var list = tutor.get("/data-protection/processing");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Running apprenticeships", "Lawful basis").doesNotContain("Add an activity");
        assertThat(tutor.get("/data-protection/processing/new").status()).isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/data-protection/processing").status())
                .isEqualTo(403);

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        var form = officer.get("/data-protection/processing/new");
        var missing = officer.post("/data-protection/processing/new", form, Map.of("name", "Payroll checks",
                "purpose", "", "lawfulBasis", "", "people", "", "dataCategories", "", "recipients", "",
                "retention", "", "safeguards", ""));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.text()).contains("There is a problem", "Enter why the data is processed");
        var added = officer.post("/data-protection/processing/new", form, Map.of("name", "Alumni newsletter",
                "purpose", "Keeping in touch after completion", "lawfulBasis", "Consent", "people", "Former apprentices",
                "dataCategories", "Name and email", "recipients", "None", "retention", "Until consent is withdrawn",
                "safeguards", ""));
        assertThat(added.status()).isEqualTo(302);
        assertThat(tutor.get("/data-protection/processing").text()).contains("Alumni newsletter");
    }

    @Test
    void a_sharing_with_an_employer_is_logged_and_the_learner_gets_it_with_their_data() {
        LearnerId lola = learners.findByAccount(accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id())
                .orElseThrow().id();
        String what = "Test sharing " + UUID.randomUUID();
        transactions.executeWithoutResult(tx -> events.publishEvent(new PersonalDataShared(lola.value(),
                PersonalDataShared.Recipient.EMPLOYER, "Northgate Engineering (Erin Employer)", what, clock.instant())));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM personal_data_sharing WHERE what = :what").param("what", what)
                .query(Long.class).single()).isEqualTo(1));

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        assertThat(officer.get("/data-protection/sharing").text()).contains(what, "Lola Learner");
        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR).get("/data-protection/sharing").status())
                .isEqualTo(403);
    }

    @Test
    void booking_an_end_point_assessment_logs_what_the_organisation_was_given() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM personal_data_sharing WHERE recipient_kind = 'ASSESSMENT_ORGANISATION'
                AND what LIKE 'End-point assessment booking%'""").query(Long.class).single()).isPositive();
    }
}
