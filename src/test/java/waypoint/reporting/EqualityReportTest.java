package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.demo.DemoAccounts;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.EqualityReport;
import waypoint.shared.time.GovUkDates;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The anonymised equality report: no count under five is shown, only quality, directors and the safeguarding lead
 * read it, and every group is compared with withdrawals, achievements and complaints read from the views the other
 * modules publish. It is kept, as worked out last (a test works it out again by pressing "Work out the report again
 * now", as a reader does): before it is first worked out the page says so and shows no counts, once worked out it
 * says when, and a working out that fails is said on the page, with the report before it still shown, until one
 * succeeds.
 */
@WaypointTest
class EqualityReportTest {

    private static final String PAGE = "/reports/equality";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EqualityReport equality;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;

    private void workedOutAgain(PageClient reader) {
        KeptWorkedOut.again(reader, PAGE, () -> equality.workedOut().map(EqualityReport.WorkedOut::at),
                () -> equality.standing().underway(), clock);
    }

    @Test
    void the_equality_report_shows_no_count_under_five() {
        assertThat(new EqualityReport.Count(0).text()).isEqualTo("fewer than 5");
        assertThat(new EqualityReport.Count(4).text()).isEqualTo("fewer than 5");
        assertThat(new EqualityReport.Count(5).text()).isEqualTo("5");
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        workedOutAgain(quality);
        PageClient.Page report = quality.get(PAGE);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text()).contains("Ethnicity").contains("fewer than 5").contains("Worked out at")
                .doesNotContain("Lola");
        assertThat(report.body()).doesNotContainPattern("numeric\">\\s*[0-4]\\s*<");
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get(PAGE).status()).isEqualTo(403);
        tutor.get("/");
        assertThat(tutor.post(PAGE, Map.of()).status()).as("a tutor may not work it out either").isEqualTo(403);
    }

    @Test
    void every_group_is_compared_with_withdrawals_achievements_and_complaints() {
        long withdrawn = learnersWith("SELECT DISTINCT learner_id FROM apprenticeship WHERE status = 'WITHDRAWN'");
        long achieved = learnersWith("SELECT DISTINCT learner_id FROM apprenticeship WHERE status = 'COMPLETED'");
        long complained = learnersWith("SELECT DISTINCT learner_id FROM feedback WHERE kind = 'COMPLAINT'");
        assertThat(withdrawn).as("the demo has a withdrawal").isPositive();
        assertThat(achieved).as("the demo has an achievement").isPositive();
        workedOutAgain(PageClient.signedInAs(port, DemoAccounts.QUALITY));

        var quality = new CurrentUser(UUID.randomUUID(), "q@example.test", "Q", Set.of(Role.QUALITY));
        for (EqualityReport.Section section : equality.report(quality).orElseThrow().sections()) {
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

    @Test
    void before_it_is_first_worked_out_the_report_says_so_and_shows_no_counts_and_after_it_says_when() {
        // given a report never worked out (its working out's lock taken, so none under way writes one meanwhile)
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('working out the equality report'))")
                    .query((rs, n) -> 1).single();
            jdbc.sql("DELETE FROM equality_report_count").update();
            jdbc.sql("DELETE FROM equality_report").update();
        });
        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);

        // when a director opens it
        PageClient.Page page = director.get(PAGE);

        // then it says it has not been worked out, with no counts, and offers to work it out now
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The report has not been worked out yet", "Work out the report now")
                .doesNotContain("Worked out at", "Ethnicity", "Sexual orientation");
        assertThat(page.body()).doesNotContain("govuk-table__cell--numeric");

        // and pressing works it out: the page then says when, with the counts
        assertThat(director.post(PAGE, page, Map.of()).status()).isEqualTo(302);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            EqualityReport.WorkedOut workedOut = equality.workedOut().orElseThrow();
            assertThat(director.get(PAGE).text())
                    .contains("Worked out at " + GovUkDates.clockOnDate(workedOut.at()), "Work out the report again now",
                            "Ethnicity", "fewer than 5")
                    .doesNotContain("has not been worked out yet", "being worked out again");
        });
    }

    @Test
    void a_working_out_that_fails_is_shown_on_the_page_with_the_report_before_it_until_one_succeeds() {
        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        workedOutAgain(quality);
        Instant before = equality.workedOut().orElseThrow().at();
        PageClient.Page page = quality.get(PAGE);

        // a press's working out waits to write the counts, held here, and an administrator cancels it
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("LOCK TABLE equality_report_count IN ACCESS EXCLUSIVE MODE").update();
            assertThat(quality.post(PAGE, page, Map.of()).status()).isEqualTo(302);
            Integer waiting = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.sql("""
                                    SELECT pid FROM pg_locks
                                    WHERE locktype = 'relation' AND NOT granted
                                      AND relation = 'equality_report_count'::regclass""")
                            .query(Integer.class).optional(), Optional::isPresent).orElseThrow();
            jdbc.sql("SELECT pg_cancel_backend(:pid)").param("pid", waiting).query(Boolean.class).single();
        });

        // then the page says the last working out failed, when, and that the report shown is the one before it
        String failed = "The last working out of the report, started at ";
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                quality.get(PAGE).text()).contains(failed, "What is shown here is the report worked out before it, at "
                        + GovUkDates.clockOnDate(before), "Press \"Work out the report again now\" to try again",
                "look in the server's log for this reference", "Ethnicity")
                .doesNotContain("being worked out again", "Exception", "canceling statement"));
        assertThat(equality.workedOut().orElseThrow().at()).isEqualTo(before);

        // and once a working out succeeds it says so no more
        workedOutAgain(quality);
        assertThat(quality.get(PAGE).text()).doesNotContain(failed).contains("Worked out at");
    }
}
