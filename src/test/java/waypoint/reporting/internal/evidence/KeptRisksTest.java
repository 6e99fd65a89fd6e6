package waypoint.reporting.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The kept risk list (docs/domain/audit-and-inspection.md, "Known risks"): what it keeps and shows is what judging
 * every apprenticeship there and then finds, line for line and in the same order; the page says when it was worked out, and
 * before it ever was, warns so rather than showing nobody flagged; the nightly job keeps it too. "Work out the risks
 * again now" works it out in the background, answering at once; the page says it is being worked out until the new
 * list replaces the one kept; and one working out runs at a time: a press meanwhile starts no other. A working out
 * that fails is said on the page, over the list before it, until one succeeds.
 */
@WaypointTest
class KeptRisksTest {

    @LocalServerPort
    int port;
    @Autowired
    KeptRisks kept;
    @Autowired
    RiskList risks;
    @Autowired
    KeptRisksNightly nightly;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    KeptInBackground background;

    CurrentUser quality() {
        var account = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    /**
     * The list worked out now, as a scheduled job does, once any working out under way (the first start's) is done.
     * (Not by calling the nightly job itself: its lock lets it run once a minute.)
     */
    private void workedOutNow() {
        noneUnderway();
        background.onSchedule(kept, "Worked out for the test");
    }

    private void noneUnderway() {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> kept.standing().underway().isEmpty());
    }

    @BeforeEach
    void apprenticesWithdrawnLateAndLearningWithNoReview() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusDays(150);
        UUID withdrawn = people.inLearning(enrolment, "ST0116", start);
        enrolment.withdraw(new ApprenticeshipId(withdrawn), start.plusDays(60), WithdrawalReason.values()[0],
                "Left the employer");
        people.inLearning(enrolment, "ST0116", start);
    }

    @Test
    void the_kept_list_is_the_judged_list_line_for_line_in_the_same_order() {
        workedOutNow();
        List<RiskList.Line> judged = risks.judge(quality(), RiskList.Filter.any());
        List<RiskList.Line> keptLines = new ArrayList<>();

        kept.eachNeedingAttention(quality(), RiskList.Filter.any(), keptLines::add);

        assertThat(judged).hasSizeLessThan(RiskList.MOST);
        assertThat(keptLines).isEqualTo(judged.stream().filter(line -> !line.needingAttention().isEmpty())
                .map(line -> new RiskList.Line(line.apprenticeshipId(), line.learnerName(), line.employerName(),
                        line.standard(), line.startDate(), line.status(), line.needingAttention()))
                .toList());
        assertThat(keptLines).anyMatch(line -> line.flagged(FundingRisk.LATE_WITHDRAWAL))
                .anyMatch(line -> line.flagged(FundingRisk.REVIEWS_TOO_FAR_APART));
    }

    @Test
    void the_page_counts_and_lists_what_judging_finds() {
        workedOutNow();
        List<RiskList.Line> judged = risks.judge(quality(), RiskList.Filter.any());

        KeptRisks.Page page = kept.page(quality(), RiskList.Filter.any(), null, 0).orElseThrow();
        KeptRisks.Page withdrawals = kept.page(quality(), RiskList.Filter.any(), FundingRisk.LATE_WITHDRAWAL, 0)
                .orElseThrow();

        assertThat(page.judged()).isEqualTo(judged.size());
        assertThat(page.counts()).isEqualTo(Arrays.stream(FundingRisk.values()).map(risk -> new KeptRisks.Count(risk,
                judged.stream().filter(line -> line.flagged(risk)).count(),
                judged.stream().filter(line -> line.findings().stream().anyMatch(f -> f.risk() == risk
                        && f.verdict() == RiskFinding.Verdict.UNKNOWN)).count())).toList());
        assertThat(page.lines().total()).isEqualTo(judged.stream().filter(RiskList.Line::anyFlagged).count());
        assertThat(page.lines().items()).extracting(RiskList.Line::apprenticeshipId).isEqualTo(judged.stream()
                .filter(RiskList.Line::anyFlagged).limit(KeptRisks.PAGE_SIZE).map(RiskList.Line::apprenticeshipId)
                .toList());
        assertThat(withdrawals.lines().total())
                .isEqualTo(judged.stream().filter(line -> line.flagged(FundingRisk.LATE_WITHDRAWAL)).count());
    }

    @Test
    void before_the_list_is_first_worked_out_the_page_warns_and_never_shows_nobody_flagged() {
        jdbc.sql("DELETE FROM funding_risk_line").update();
        jdbc.sql("DELETE FROM funding_risk_list").update();
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);

        PageClient.Page page = quality.get("/funding-audit/risks");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The funding risks have not been worked out yet")
                .contains("Work out the risks now").doesNotContain("No apprentices flagged");
        PageClient.Page csv = quality.get("/funding-audit/risks.csv");
        assertThat(csv.status()).isEqualTo(303);
        assertThat(csv.location()).endsWith("/funding-audit/risks");

        assertThat(quality.post("/funding-audit/risks", page, Map.of()).status()).isEqualTo(302);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                quality.get("/funding-audit/risks").text()).contains("Risks as at")
                .doesNotContain("have not been worked out yet", "being worked out again"));
    }

    @Test
    void the_nightly_job_keeps_the_list_and_says_it_worked_it_out() {
        noneUnderway();
        nightly.nightly();

        KeptRisks.WorkedOut workedOut = kept.workedOut().orElseThrow();
        assertThat(workedOut.by()).isEqualTo(KeptRisksNightly.BY);
        assertThat(workedOut.apprenticeships()).isEqualTo(jdbc.sql("SELECT count(*) FROM funding_risk_line")
                .query(Integer.class).single());
    }

    @Test
    void a_press_answers_at_once_the_page_says_the_list_is_being_worked_out_and_a_second_press_starts_nothing()
            throws Exception {
        workedOutNow();
        Instant before = kept.workedOut().orElseThrow().at();
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        PageClient.Page page = quality.get("/funding-audit/risks");

        // while a reader holds the kept lines (so no working out can replace them), someone presses
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("LOCK TABLE funding_risk_line IN SHARE MODE").update();
            PageClient.Page pressed = answered(() -> quality.post("/funding-audit/risks", page, Map.of()));

            // the press answered though the list could not be worked out yet: it was not worked out in the request
            assertThat(pressed.status()).isEqualTo(302);
            assertThat(quality.get("/funding-audit/risks").text()).contains("The risks are being worked out again",
                    "Until they are done, this is the list worked out at", "Risks as at");
            // a second press while it runs starts no other: one working out waits for the lines, not two
            assertThat(answered(() -> kept.workOutNow(quality())).started()).isFalse();
            assertThat(answered(() -> quality.post("/funding-audit/risks", page, Map.of())).status())
                    .isEqualTo(302);
            assertThat(jdbc.sql("SELECT count(*) FROM pg_locks WHERE relation = 'funding_risk_line'::regclass"
                    + " AND NOT granted").query(Integer.class).single()).isLessThanOrEqualTo(1);
        });

        // once it is done the page shows the new list
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(quality.get("/funding-audit/risks").text()).doesNotContain("being worked out again");
            assertThat(kept.workedOut().orElseThrow().at()).isAfter(before);
        });
        assertThat(kept.workedOut().orElseThrow().by()).isEqualTo("Worked out when "
                + quality().displayName() + " asked");
    }

    @Test
    void a_working_out_that_fails_is_said_on_the_page_with_the_list_before_it_until_one_succeeds() {
        workedOutNow();
        Instant before = kept.workedOut().orElseThrow().at();
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        PageClient.Page page = quality.get("/funding-audit/risks");

        // a press's working out waits for the kept lines (a reader holds them here), and an administrator cancels it
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("LOCK TABLE funding_risk_line IN SHARE MODE").update();
            assertThat(answered(() -> quality.post("/funding-audit/risks", page, Map.of())).status()).isEqualTo(302);
            Integer waiting = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.sql("SELECT pid FROM pg_locks WHERE relation = 'funding_risk_line'::regclass"
                            + " AND NOT granted").query(Integer.class).optional(), java.util.Optional::isPresent)
                    .orElseThrow();
            jdbc.sql("SELECT pg_cancel_backend(:pid)").param("pid", waiting).query(Boolean.class).single();
        });

        // then the page says so, and that the list shown is the one worked out before
        String failed = "The last working out of the risk list, started at ";
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                quality.get("/funding-audit/risks").text()).contains(failed, "What is shown here is the risk list"
                        + " worked out before it, at " + waypoint.shared.time.GovUkDates.clockOnDate(before),
                "Press \"Work out the risks again now\" to try again")
                .doesNotContain("being worked out again", "canceling statement"));
        assertThat(kept.workedOut().orElseThrow().at()).isEqualTo(before);

        // and once a working out succeeds it says so no more
        workedOutNow();
        assertThat(quality.get("/funding-audit/risks").text()).doesNotContain(failed);
    }

    /** What a press answers, given a minute: a press that worked the list out in the request would never answer. */
    private static <T> T answered(java.util.function.Supplier<T> press) {
        try {
            return CompletableFuture.supplyAsync(press).get(1, TimeUnit.MINUTES);
        } catch (Exception notAnswered) {
            throw new AssertionError("The press did not answer while the list could not be worked out", notAnswered);
        }
    }
}
