package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.dataprotection.internal.retention.RetentionJob;
import waypoint.dataprotection.internal.retention.RetentionRule;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Retention (docs/domain/retention.md): the provider's settings with their sources, changed by the data protection
 * officer or an administrator and audited; the nightly job on a moved clock anonymises a learner whose last
 * apprenticeship ended longer ago than the period, keeping the figures, and deletes old messages, audit events and
 * enquiries never converted; its report is on the page.
 */
@WaypointTest
class RetentionTest {

    @Autowired
    TestClock clock;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    RetentionJob job;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_officer_reads_each_kind_with_its_source_and_changes_a_period_which_is_audited() {
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        var page = officer.get("/data-protection/retention");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Apprenticeship records and evidence",
                "The apprenticeship funding rules: evidence requirements", "Safeguarding records",
                "Keeping children safe in education", "Enquiries and applications never converted", "Messages",
                "Audit trail", "Subject access packs", "Kept for 6 years after the learner's last apprenticeship ends");
        assertThat(page.body()).contains("href=\"https://www.gov.uk/guidance/apprenticeship-funding-rules-for-training-providers/evidence-requirements\"");

        var form = officer.get("/data-protection/retention/subject-access-packs");
        assertThat(form.status()).isEqualTo(200);
        var wrong = officer.post("/data-protection/retention/subject-access-packs", form,
                Map.of("months", "a year", "action", "DELETE", "version", "0"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.text()).contains("There is a problem", "Enter the period as a whole number of months");
        var none = officer.post("/data-protection/retention/subject-access-packs", form,
                Map.of("months", "0", "action", "DELETE", "version", "0"));
        assertThat(none.text()).contains("There is a problem", "Enter a period from 1 to 1200 months");
        var anonymised = officer.post("/data-protection/retention/subject-access-packs", form,
                Map.of("months", "18", "action", "ANONYMISE", "version", "0"));
        assertThat(anonymised.text()).contains("There is a problem", "can only be deleted");

        var saved = officer.post("/data-protection/retention/subject-access-packs", form,
                Map.of("months", "18", "action", "DELETE", "version", "0"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(officer.get("/data-protection/retention").text())
                .contains("Kept for 18 months after the pack was released, then deleted.");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_type = 'RetentionSetting'
                AND record_id = 'SUBJECT_ACCESS_PACKS' AND after_summary LIKE '%18 months%'""")
                .query(Long.class).single()).isEqualTo(1);

        // a second change from the same form is refused: it was read before the first
        var stale = officer.post("/data-protection/retention/subject-access-packs", form,
                Map.of("months", "12", "action", "DELETE", "version", "0"));
        assertThat(stale.text()).contains("Someone else changed this setting");
        var again = officer.get("/data-protection/retention/subject-access-packs");
        assertThat(again.body()).contains("name=\"version\" value=\"1\"");
        assertThat(officer.post("/data-protection/retention/subject-access-packs", again,
                Map.of("months", "12", "action", "DELETE", "version", "1")).status()).isEqualTo(302);
    }

    @Test
    void only_the_officer_and_administrators_open_the_settings() {
        assertThat(PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/data-protection/retention").status())
                .isEqualTo(200);
        for (DemoAccounts who : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER, DemoAccounts.HEAD,
                DemoAccounts.EMPLOYER}) {
            PageClient pages = PageClient.signedInAs(port, who);
            assertThat(pages.get("/data-protection/retention").status()).as(who.name()).isEqualTo(403);
            assertThat(pages.get("/data-protection/retention/messages").status()).as(who.name()).isEqualTo(403);
        }
    }

    @Test
    void a_learner_is_anonymised_once_their_last_apprenticeship_ended_six_years_ago_and_the_figures_stay() {
        // the earliest leaver in the database: completed 1,300 days ago, on a tutor of their own
        LocalDate today = LocalDate.now(clock);
        LocalDate completed = today.minusDays(1300);
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        UUID apprenticeship = people.inLearning(enrolment, "ST0116", completed.minusMonths(18));
        String email = people.lastLearnerEmail;
        enrolment.gateway(new ApprenticeshipId(apprenticeship), completed.minusDays(40));
        enrolment.endPointAssessment(new ApprenticeshipId(apprenticeship), completed.minusDays(30));
        enrolment.complete(new ApprenticeshipId(apprenticeship), completed, "Passed");
        UUID learner = jdbc.sql("SELECT learner_id FROM enrolment.apprenticeship WHERE id = :id")
                .param("id", apprenticeship).query(UUID.class).single();

        int year = completed.getMonthValue() >= 8 ? completed.getYear() : completed.getYear() - 1;
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        waypoint.reporting.FiguresRecalculated.by(head);
        String figure = "/api/v1/accountability/apprentices?indicator=achievement&year=" + year
                + "&by=tutor&group=" + people.tutor;
        JsonNode before = head.get(figure).json();
        assertThat(before.get("figure").get("numerator").asLong()).isEqualTo(1);

        // the day before six years have passed: kept
        Instant sixYearsOn = completed.plusMonths(72).atStartOfDay(LONDON).toInstant();
        RetentionJob.Run early = job.run(Clock.fixed(sixYearsOn.minus(Duration.ofDays(1)), LONDON), "Test",
                EnumSet.of(RetentionRule.APPRENTICESHIP_RECORDS));
        assertThat(early.lines()).singleElement().satisfies(line -> assertThat(line.records()).isZero());
        assertThat(name(learner)).startsWith("Test Apprentice");

        // the day after: anonymised, once
        RetentionJob.Run run = job.run(Clock.fixed(sixYearsOn.plus(Duration.ofDays(2)), LONDON), "Test",
                EnumSet.of(RetentionRule.APPRENTICESHIP_RECORDS));
        assertThat(run.lines()).singleElement().satisfies(line -> assertThat(line.records()).isEqualTo(1));
        assertThat(name(learner)).isEqualTo("Anonymised learner");
        var row = jdbc.sql("SELECT uln, email, address_postcode, date_of_birth, anonymised_at FROM learner WHERE id = :id")
                .param("id", learner).query().singleRow();
        assertThat(row.get("uln")).isEqualTo("9999999999");
        assertThat((String) row.get("email")).endsWith("@example.invalid");
        assertThat(row.get("anonymised_at")).isNotNull();
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(job.run(Clock.fixed(sixYearsOn.plus(Duration.ofDays(3)), LONDON), "Test",
                EnumSet.of(RetentionRule.APPRENTICESHIP_RECORDS)).total()).isZero();

        // the apprenticeship and the achievement figure are as they were, calculated again
        waypoint.reporting.FiguresRecalculated.by(head);
        JsonNode after = head.get(figure).json();
        assertThat(after.get("figure")).isEqualTo(before.get("figure"));
        assertThat(after.get("items").get(0).get("apprenticeshipId").asString()).isEqualTo(apprenticeship.toString());

        // the officer reads the report
        var page = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER).get("/data-protection/retention");
        assertThat(page.text()).contains("What the nightly job did", "(test): 1 record", "Anonymised");
    }

    @Test
    void messages_audit_events_and_enquiries_past_their_period_are_deleted_and_newer_ones_kept() {
        Instant now = clock.instant();
        UUID account = accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow().id();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        for (UUID id : new UUID[] {old, recent}) {
            jdbc.sql("""
                    INSERT INTO notification (id, recipient_id, title, body, created_at)
                    VALUES (:id, :account, 'Retention test', 'Body', :at)""").param("id", id)
                    .param("account", account)
                    .param("at", (id == old ? now.minus(Duration.ofDays(800)) : now.minus(Duration.ofDays(700)))
                            .atOffset(ZoneOffset.UTC)).update();
        }
        String marker = "retention-test-" + UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO audit_event (occurred_at, actor_name, record_type, record_id, action, sensitive)
                VALUES (:at, 'System', 'RetentionTest', :marker, 'CREATED', false)""")
                .param("at", now.minus(Duration.ofDays(7 * 366)).atOffset(ZoneOffset.UTC)).param("marker", marker)
                .update();

        RetentionJob.Run run = job.run(Clock.fixed(now, LONDON), "Test",
                EnumSet.of(RetentionRule.MESSAGES, RetentionRule.AUDIT_EVENTS));
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line.records()).isPositive());
        assertThat(jdbc.sql("SELECT id FROM notification WHERE id IN (:ids)").param("ids", java.util.List.of(old, recent))
                .query(UUID.class).list()).containsExactly(recent);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :marker").param("marker", marker)
                .query(Long.class).single()).isZero();
    }

    private String name(UUID learner) {
        return jdbc.sql("SELECT full_name FROM organisation.learner WHERE id = :id").param("id", learner)
                .query(String.class).single();
    }
}
