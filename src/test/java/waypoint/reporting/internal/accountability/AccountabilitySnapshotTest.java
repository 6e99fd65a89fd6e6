package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The kept accountability figures (docs/domain/accountability.md, "When the figures are calculated"): the page says
 * when they were calculated and warns when they are out of date; "Recalculate now" is for the roles that read the
 * figures, audited, runs in the background (the page says so until it ends; a failure is shown in words) and never
 * twice at once; a provider's first view calculates them; the drill-down lists and the CSV agree with every count,
 * and show each learner as they are now (the snapshot keeps no one's name).
 */
@WaypointTest
class AccountabilitySnapshotTest {

    @Autowired
    TestClock clock;
    @LocalServerPort
    int port;
    @Autowired
    AccountabilitySnapshots snapshots;
    @Autowired
    SnapshotStore store;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    List<PersonalDataRetention> retention;

    private Api api(DemoAccounts who) {
        return Api.at(port).signedInAs(who.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void the_page_says_when_the_figures_were_calculated_and_warns_once_a_scheduled_calculation_is_overdue() {
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        // figures calculated two days ago, and not since
        TestClock twoDaysAgo = TestClock.stoppedAt(clock.instant().minus(Duration.ofDays(2)));
        AccountabilitySnapshots.Kept old = snapshots.calculate(twoDaysAgo, "Test", false).orElseThrow();
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);

        PageClient.Page page = head.get("/accountability");
        assertThat(page.text()).contains("Figures as at " + GovUkDates.clockOnDate(old.calculatedAt()),
                "These figures may be out of date", "Recalculate now");
        assertThat(api(DemoAccounts.HEAD).get("/api/v1/accountability").json().get("snapshot").get("overdueSince")
                .isNull()).isFalse();

        // recalculated now, in the background: up to date, as at now, once it ends
        PageClient.Page done = head.postForm("/accountability", "/accountability/recalculate", Map.of());
        assertThat(done.status()).isEqualTo(302);
        assertThat(head.follow(done).text()).contains("Recalculating the figures");
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty()
                && !snapshots.latest().orElseThrow().id().equals(old.id()));
        PageClient.Page after = head.get("/accountability");
        AccountabilitySnapshots.Kept now = snapshots.latest().orElseThrow();
        assertThat(after.text()).contains("Figures as at " + GovUkDates.clockOnDate(now.calculatedAt()))
                .doesNotContain("These figures may be out of date", "Recalculating:");
        assertThat(now.asAt()).isEqualTo(LocalDate.now(GovUkDates.LONDON));
        assertThat(jdbc.sql("SELECT count(*) FROM accountability_snapshot").query(Long.class).single())
                .as("one snapshot kept, the old one gone").isEqualTo(1);
    }

    @Test
    void recalculate_now_is_for_the_roles_that_read_the_figures_and_is_in_the_audit_trail() {
        for (DemoAccounts reader : new DemoAccounts[] {DemoAccounts.HEAD, DemoAccounts.QUALITY,
                DemoAccounts.DIRECTOR, DemoAccounts.ADMIN, DemoAccounts.LEAD}) {
            PageClient pages = PageClient.signedInAs(port, reader);
            assertThat(pages.get("/accountability").text()).as(reader.name()).contains("Recalculate now");
            assertThat(pages.postForm("/accountability", "/accountability/recalculate", Map.of()).status())
                    .as(reader.name()).isEqualTo(302);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        JsonNode byApi = waypoint.reporting.FiguresRecalculated.by(api(DemoAccounts.QUALITY));
        String id = byApi.get("id").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT actor_email FROM audit_event
                        WHERE record_type = 'accountability figures' AND record_id = :id AND action = 'CREATED'""")
                .param("id", id).query(String.class).list()).containsExactly(DemoAccounts.QUALITY.email()));
        assertThat(snapshots.latest().orElseThrow().id().toString()).isEqualTo(byApi.get("snapshotId").asString());

        for (DemoAccounts other : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER, DemoAccounts.SAFEGUARDING}) {
            PageClient pages = PageClient.signedInAs(port, other);
            assertThat(pages.postForm("/", "/accountability/recalculate", Map.of()).status()).as(other.name())
                    .isEqualTo(403);
            assertThat(api(other).post("/api/v1/accountability/recalculate", "{}").status()).as(other.name())
                    .isEqualTo(403);
            assertThat(api(other).get("/api/v1/accountability/recalculations/" + id).status()).as(other.name())
                    .isEqualTo(403);
        }
        assertThat(snapshots.underway()).as("no one refused started one").isEmpty();
        assertThat(snapshots.latest().orElseThrow().id().toString()).isEqualTo(byApi.get("snapshotId").asString());
        assertThat(api(DemoAccounts.HEAD).get("/api/v1/accountability/recalculations/" + UUID.randomUUID()).status())
                .isEqualTo(404);
    }

    @Test
    void a_second_recalculation_while_one_runs_does_not_start_another() throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        UUID before = snapshots.latestOrCalculate().id();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        // a calculation running elsewhere (another node, or a press a moment ago) holds the calculation's lock
        Thread running = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            assertThat(store.tryLock()).isTrue();
            holding.countDown();
            try {
                done.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        running.start();
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Api.Response second = api(DemoAccounts.HEAD).post("/api/v1/accountability/recalculate", "{}");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.contentType()).contains("application/problem+json");
            assertThat(second.body()).contains("already being recalculated");
            PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
            PageClient.Page pressed = head.postForm("/accountability", "/accountability/recalculate", Map.of());
            assertThat(head.follow(pressed).text()).contains("The figures are already being recalculated");
            assertThat(snapshots.calculateOnSchedule()).as("the scheduled run leaves it too").isEmpty();
            assertThat(snapshots.latest().orElseThrow().id()).isEqualTo(before);
        } finally {
            done.countDown();
            running.join(30_000);
        }
        JsonNode after = waypoint.reporting.FiguresRecalculated.by(api(DemoAccounts.HEAD));
        assertThat(after.get("snapshotId").asString()).isNotEqualTo(before.toString());
        assertThat(snapshots.latest().orElseThrow().id()).isNotEqualTo(before);
    }

    @Test
    void the_press_returns_at_once_the_page_says_it_is_recalculating_and_the_figures_change_when_it_ends()
            throws Exception {
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        AccountabilitySnapshots.Kept before = snapshots.latestOrCalculate();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // someone keeps the snapshot from being written (readers go on): the calculation waits for them
        Thread writing = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("LOCK TABLE accountability_snapshot IN SHARE MODE").update();
            holding.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        writing.start();
        String location;
        try {
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            Api.Response pressed = api(DemoAccounts.DIRECTOR).post("/api/v1/accountability/recalculate", "{}");
            assertThat(pressed.status()).as(pressed.body()).isEqualTo(202);
            location = pressed.header("Location");
            assertThat(location).startsWith("/api/v1/accountability/recalculations/");
            assertThat(pressed.json().get("state").asString()).isIn("QUEUED", "RUNNING");
            await().atMost(Duration.ofSeconds(30)).until(() -> "RUNNING".equals(api(DemoAccounts.DIRECTOR)
                    .get(location).json().get("state").asString()));

            PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability");
            Recalculation running = snapshots.underway().orElseThrow();
            assertThat(page.text()).contains("Recalculating: started at "
                    + GovUkDates.clockOnDate(running.startedAt()) + "; the figures below are as at "
                    + GovUkDates.clockOnDate(before.calculatedAt()));
            Api.Response second = api(DemoAccounts.HEAD).post("/api/v1/accountability/recalculate", "{}");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.json().get("recalculation").asString()).isEqualTo(location);
            assertThat(snapshots.latest().orElseThrow().id()).as("not yet").isEqualTo(before.id());
        } finally {
            release.countDown();
            writing.join(30_000);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api(DemoAccounts.DIRECTOR)
                .get(location).json().get("state").asString()).isEqualTo("DONE"));
        JsonNode done = api(DemoAccounts.DIRECTOR).get(location).json();
        AccountabilitySnapshots.Kept now = snapshots.latest().orElseThrow();
        assertThat(now.id().toString()).isEqualTo(done.get("snapshotId").asString());
        assertThat(now.calculatedBy()).isEqualTo("Recalculated by " + DemoAccounts.DIRECTOR.displayName());
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability").text())
                .contains("Figures as at " + GovUkDates.clockOnDate(now.calculatedAt())).doesNotContain("Recalculating:");
        String id = done.get("id").asString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT action FROM audit_event
                        WHERE record_type = 'accountability figures' AND record_id = :id ORDER BY id""")
                .param("id", id).query(String.class).list()).containsExactly("CREATED", "UPDATED"));
    }

    @Test
    void a_recalculation_that_fails_is_shown_to_those_who_read_the_figures_without_a_stack_trace() {
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        AccountabilitySnapshots.Kept before = snapshots.latestOrCalculate();
        // the snapshot cannot be written, for this test only
        jdbc.sql("ALTER TABLE accountability_snapshot ADD CONSTRAINT refused_for_a_test"
                + " CHECK (calculated_by NOT LIKE 'Recalculated%') NOT VALID").update();
        JsonNode failed;
        try {
            Api.Response pressed = api(DemoAccounts.QUALITY).post("/api/v1/accountability/recalculate", "{}");
            assertThat(pressed.status()).as(pressed.body()).isEqualTo(202);
            String location = pressed.header("Location");
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api(DemoAccounts.QUALITY)
                    .get(location).json().get("state").asString()).isEqualTo("FAILED"));
            failed = api(DemoAccounts.QUALITY).get(location).json();
        } finally {
            jdbc.sql("ALTER TABLE accountability_snapshot DROP CONSTRAINT IF EXISTS refused_for_a_test").update();
        }
        assertThat(failed.get("failure").asString()).contains("could not be recalculated",
                failed.get("id").asString()).doesNotContain("Exception", "constraint", "refused_for_a_test");
        assertThat(snapshots.latest().orElseThrow().id()).as("the figures kept are still there").isEqualTo(before.id());
        assertThat(snapshots.underway()).isEmpty();

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability");
        assertThat(page.text()).contains("did not finish", "could not be recalculated",
                "Figures as at " + GovUkDates.clockOnDate(before.calculatedAt()))
                .doesNotContain("Exception", "refused_for_a_test");

        // pressed again: the new figures, and the failure is no longer shown
        waypoint.reporting.FiguresRecalculated.by(api(DemoAccounts.QUALITY));
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability").text())
                .doesNotContain("did not finish");
    }

    @Test
    void the_drill_down_shows_a_learner_as_they_are_now_when_anonymised_after_the_calculation() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(GovUkDates.LONDON);
        UUID withdrawn = people.inLearning(enrolment, "ST0116", today.minusMonths(12));
        enrolment.withdraw(new ApprenticeshipId(withdrawn), today.minusMonths(1), WithdrawalReason.MADE_REDUNDANT,
                "Made redundant");
        UUID learner = jdbc.sql("SELECT learner_id FROM enrolment.apprenticeship WHERE id = :id")
                .param("id", withdrawn).query(UUID.class).single();
        String name = jdbc.sql("SELECT full_name FROM organisation.learner WHERE id = :id").param("id", learner)
                .query(String.class).single();
        Api head = api(DemoAccounts.HEAD);
        waypoint.reporting.FiguresRecalculated.by(head);
        UUID calculated = snapshots.latest().orElseThrow().id();
        String drill = "/api/v1/accountability/apprentices?indicator=withdrawals&by=tutor&group=" + people.tutor;
        assertThat(head.get(drill).json().get("items").get(0).get("apprentice").asString()).isEqualTo(name);
        assertThat(jdbc.sql("SELECT count(*) FROM accountability_snapshot_apprenticeship WHERE learner_name IS NOT NULL"
                + " OR tutor_name IS NOT NULL OR employer_name IS NOT NULL").query(Long.class).single())
                .as("the snapshot keeps no one's name").isZero();
        String tutorName = jdbc.sql("SELECT name FROM organisation.staff_member WHERE id = :id")
                .param("id", people.tutor).query(String.class).single();
        JsonNode byTutor = head.get("/api/v1/accountability?by=tutor").json();
        String label = null;
        for (JsonNode g : byTutor.get("groups")) {
            if (g.get("key").asString().equals(people.tutor.toString())) {
                label = g.get("label").asString();
            }
        }
        assertThat(label).as("the tutor's group, named as the tutor is now").isEqualTo(tutorName);

        // anonymised as an erasure does, after the calculation
        PersonalDataRetention learners = retention.stream()
                .filter(r -> r.getClass().getName().startsWith("waypoint.organisation."))
                .filter(r -> r.kind() == RetentionKind.APPRENTICESHIP_RECORDS).findFirst().orElseThrow();
        Integer anonymised = new TransactionTemplate(transactions).execute(tx -> learners.applyTo(
                new DataSubject(learner, null, List.of(withdrawn)), RetentionAction.ANONYMISE));
        assertThat(anonymised).isEqualTo(1);

        JsonNode after = head.get(drill).json();
        assertThat(after.get("items").get(0).get("apprenticeshipId").asString()).isEqualTo(withdrawn.toString());
        assertThat(after.get("items").get(0).get("apprentice").asString()).startsWith("Anonymised")
                .isNotEqualTo(name);
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability/apprentices?indicator="
                + "withdrawals&by=tutor&group=" + people.tutor).text()).contains("Anonymised").doesNotContain(name);
        assertThat(PageClient.signedInAs(port, DemoAccounts.HEAD).get("/accountability/apprentices.csv?indicator="
                + "withdrawals&by=tutor&group=" + people.tutor).body()).doesNotContain(name);
        assertThat(snapshots.latest().orElseThrow().id()).as("without recalculating").isEqualTo(calculated);
    }

    @Test
    void a_provider_s_first_view_calculates_the_figures() {
        await().atMost(Duration.ofSeconds(60)).until(() -> snapshots.underway().isEmpty());
        // a fresh provider's database: nothing calculated yet
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (String table : new String[] {"accountability_snapshot_apprenticeship",
                    "accountability_snapshot_figure", "accountability_snapshot_year", "accountability_snapshot"}) {
                jdbc.sql("DELETE FROM " + table).update();
            }
        });
        assertThat(snapshots.latest()).isEmpty();

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.DIRECTOR).get("/accountability");

        assertThat(page.status()).isEqualTo(200);
        AccountabilitySnapshots.Kept first = snapshots.latest().orElseThrow();
        assertThat(first.calculatedBy()).isEqualTo("Calculated when the figures were first opened");
        assertThat(page.text()).contains("Figures as at " + GovUkDates.clockOnDate(first.calculatedAt()),
                "Achievement rate").doesNotContain("These figures may be out of date");
    }

    @Test
    void every_drill_down_lists_exactly_as_many_apprentices_as_its_figure_counts() {
        // a tutor's own cohort: achieved, withdrawn, on a break, in learning past the planned end
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(GovUkDates.LONDON);
        UUID achieved = people.inLearning(enrolment, "ST0116", today.minusMonths(20));
        enrolment.gateway(new ApprenticeshipId(achieved), today.minusMonths(2));
        enrolment.endPointAssessment(new ApprenticeshipId(achieved), today.minusMonths(2).plusDays(5));
        enrolment.complete(new ApprenticeshipId(achieved), today.minusMonths(1), "Passed");
        UUID withdrawn = people.inLearning(enrolment, "ST0116", today.minusMonths(12));
        enrolment.withdraw(new ApprenticeshipId(withdrawn), today.minusMonths(1), WithdrawalReason.MADE_REDUNDANT,
                "Made redundant");
        UUID onBreak = people.inLearning(enrolment, "ST0116", today.minusMonths(10));
        enrolment.breakInLearning(new ApprenticeshipId(onBreak), today.minusMonths(1), today.plusMonths(2), "Illness");
        people.inLearning(enrolment, "ST0116", today.minusMonths(26));
        Api head = api(DemoAccounts.HEAD);
        waypoint.reporting.FiguresRecalculated.by(head);

        PageClient pages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        long counted = 0;
        for (Indicator indicator : Indicator.values()) {
            for (String group : new String[] {"", "&by=tutor&group=" + people.tutor}) {
                JsonNode drill = head.get("/api/v1/accountability/apprentices?indicator=" + indicator.slug() + group)
                        .json();
                long denominator = drill.get("figure").get("denominator").asLong();
                long numerator = drill.get("figure").get("numerator").asLong();
                assertThat(drill.get("total").asLong()).as(indicator + group).isEqualTo(denominator);
                if (!group.isEmpty()) {
                    long inFigure = 0;
                    for (JsonNode item : drill.get("items")) {
                        inFigure += item.get("inFigure").asBoolean() ? 1 : 0;
                    }
                    assertThat(drill.get("items")).as(indicator + group).hasSize((int) denominator);
                    assertThat(inFigure).as(indicator + group).isEqualTo(numerator);
                    String csv = pages.get("/accountability/apprentices.csv?indicator=" + indicator.slug() + group)
                            .body();
                    assertThat(csv.lines().count()).as(indicator + group).isEqualTo(denominator + 1);
                    counted += denominator;
                }
            }
        }
        assertThat(counted).as("the tutor's apprentices are counted in this year's figures").isPositive();
        JsonNode breaks = head.get("/api/v1/accountability/apprentices?indicator=breaks&by=tutor&group="
                + people.tutor).json();
        assertThat(breaks.get("items").get(0).get("apprenticeshipId").asString()).isEqualTo(onBreak.toString());
        assertThat(breaks.get("items").get(0).get("why").asString()).startsWith("On a break since");
        JsonNode withdrawals = head.get("/api/v1/accountability/apprentices?indicator=withdrawals&by=tutor&group="
                + people.tutor).json();
        assertThat(withdrawals.get("items").get(0).get("apprenticeshipId").asString())
                .isEqualTo(withdrawn.toString());
        assertThat(withdrawals.get("figure").get("numerator").asLong()).isEqualTo(1);
        assertThat(achieved).isNotNull();
    }
}
