package waypoint.reporting.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The kept risk list (docs/domain/audit-and-inspection.md, "Known risks"): what it keeps and shows is what judging
 * every apprenticeship there and then finds, line for line and in the same order; the page says when it was worked out, and
 * before it ever was, warns so rather than showing nobody flagged; the nightly job keeps it too, and one working out
 * runs at a time.
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

    CurrentUser quality() {
        var account = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    @BeforeEach
    void apprenticesWithdrawnLateAndLearningWithNoReview() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate start = LocalDate.now(clock).minusDays(150);
        UUID withdrawn = people.inLearning(enrolment, "ST0116", start);
        enrolment.withdraw(withdrawn, start.plusDays(60), WithdrawalReason.values()[0], "Left the employer");
        people.inLearning(enrolment, "ST0116", start);
    }

    @Test
    void the_kept_list_is_the_judged_list_line_for_line_in_the_same_order() {
        kept.workOutNow(quality());
        List<RiskList.Line> judged = risks.judge(quality(), RiskList.Filter.any());
        List<RiskList.Line> keptLines = new ArrayList<>();

        kept.eachNeedingAttention(quality(), RiskList.Filter.any(), keptLines::addAll);

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
        kept.workOutNow(quality());
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
        assertThat(quality.get("/funding-audit/risks").text()).contains("The risks have been worked out again")
                .contains("Risks as at").doesNotContain("have not been worked out yet");
    }

    @Test
    void the_nightly_job_keeps_the_list_and_says_it_worked_it_out() {
        nightly.nightly();

        KeptRisks.WorkedOut workedOut = kept.workedOut().orElseThrow();
        assertThat(workedOut.by()).isEqualTo(KeptRisksNightly.BY);
        assertThat(workedOut.apprenticeships()).isEqualTo(jdbc.sql("SELECT count(*) FROM funding_risk_line")
                .query(Integer.class).single());
    }

    @Test
    void while_the_list_is_being_worked_out_another_press_does_not_start_a_second() {
        TransactionTemplate holding = new TransactionTemplate(transactions);
        holding.executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('funding_risk_list'))").query((rs, n) -> 1).single();
            KeptRisks.Press press = CompletableFuture.supplyAsync(() -> kept.workOutNow(quality())).join();
            assertThat(press.done()).isFalse();
        });
        assertThat(kept.workOutNow(quality()).done()).isTrue();
    }
}
