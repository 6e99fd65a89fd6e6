package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The kept accountability figures (docs/domain/accountability.md, "When the figures are calculated"): the page says
 * when they were calculated and warns when they are out of date; "Recalculate now" is for the roles that read the
 * figures, audited, and never runs twice at once; a provider's first view calculates them; the drill-down lists and
 * the CSV agree with every count.
 */
@WaypointTest
class AccountabilitySnapshotTest {

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

    private Api api(DemoAccounts who) {
        return Api.at(port).signedInAs(who.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void the_page_says_when_the_figures_were_calculated_and_warns_once_a_scheduled_calculation_is_overdue() {
        // figures calculated two days ago, and not since
        TestClock twoDaysAgo = TestClock.stoppedAt(Instant.now().minus(Duration.ofDays(2)));
        AccountabilitySnapshots.Kept old = snapshots.calculate(twoDaysAgo, "Test", false).orElseThrow();
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);

        PageClient.Page page = head.get("/accountability");
        assertThat(page.text()).contains("Figures as at " + GovUkDates.clockOnDate(old.calculatedAt()),
                "These figures may be out of date", "Recalculate now");
        assertThat(api(DemoAccounts.HEAD).get("/api/v1/accountability").json().get("snapshot").get("overdueSince")
                .isNull()).isFalse();

        // recalculated now: up to date, as at now
        PageClient.Page done = head.postForm("/accountability", "/accountability/recalculate", Map.of());
        assertThat(done.status()).isEqualTo(302);
        PageClient.Page after = head.follow(done);
        AccountabilitySnapshots.Kept now = snapshots.latest().orElseThrow();
        assertThat(now.id()).isNotEqualTo(old.id());
        assertThat(after.text()).contains("Figures recalculated", "Figures as at "
                + GovUkDates.clockOnDate(now.calculatedAt())).doesNotContain("These figures may be out of date");
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
        Api.Response byApi = api(DemoAccounts.QUALITY).post("/api/v1/accountability/recalculate", "{}");
        assertThat(byApi.status()).as(byApi.body()).isEqualTo(200);
        String id = snapshots.latest().orElseThrow().id().toString();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        SELECT actor_email FROM audit_event
                        WHERE record_type = 'accountability figures' AND record_id = :id AND action = 'CREATED'""")
                .param("id", id).query(String.class).list()).containsExactly(DemoAccounts.QUALITY.email()));

        for (DemoAccounts other : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER, DemoAccounts.SAFEGUARDING}) {
            PageClient pages = PageClient.signedInAs(port, other);
            assertThat(pages.postForm("/", "/accountability/recalculate", Map.of()).status()).as(other.name())
                    .isEqualTo(403);
            assertThat(api(other).post("/api/v1/accountability/recalculate", "{}").status()).as(other.name())
                    .isEqualTo(403);
        }
        assertThat(snapshots.latest().orElseThrow().id().toString()).as("no one refused started one").isEqualTo(id);
    }

    @Test
    void a_second_recalculation_while_one_runs_does_not_start_another() throws Exception {
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
        assertThat(api(DemoAccounts.HEAD).post("/api/v1/accountability/recalculate", "{}").status()).isEqualTo(200);
        assertThat(snapshots.latest().orElseThrow().id()).isNotEqualTo(before);
    }

    @Test
    void a_provider_s_first_view_calculates_the_figures() {
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
        enrolment.gateway(achieved, today.minusMonths(2));
        enrolment.endPointAssessment(achieved, today.minusMonths(2).plusDays(5));
        enrolment.complete(achieved, today.minusMonths(1), "Passed");
        UUID withdrawn = people.inLearning(enrolment, "ST0116", today.minusMonths(12));
        enrolment.withdraw(withdrawn, today.minusMonths(1), WithdrawalReason.MADE_REDUNDANT, "Made redundant");
        UUID onBreak = people.inLearning(enrolment, "ST0116", today.minusMonths(10));
        enrolment.breakInLearning(onBreak, today.minusMonths(1), today.plusMonths(2), "Illness");
        people.inLearning(enrolment, "ST0116", today.minusMonths(26));
        Api head = api(DemoAccounts.HEAD);
        assertThat(head.post("/api/v1/accountability/recalculate", "{}").status()).isEqualTo(200);

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
