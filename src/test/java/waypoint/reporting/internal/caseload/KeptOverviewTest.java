package waypoint.reporting.internal.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.OverviewWorkedOut;
import waypoint.shared.time.GovUkDates;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The kept caseload overview (docs/domain/accountability.md, "The caseload board"): before it is first worked out the
 * page says so and shows no counts (zeros would read as no concerns), and the download goes back to the page; once
 * worked out the page says when. Each reader's scope narrows the kept lines: a tutor counts only the apprentices they
 * may see, the head of delivery every one. A working out that fails is said on the page, over the counts before it.
 */
@WaypointTest
class KeptOverviewTest {

    @LocalServerPort
    int port;
    @Autowired
    KeptOverview kept;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;

    @Test
    void before_it_is_first_worked_out_the_overview_says_so_and_shows_no_counts_and_after_it_says_when() {
        // given an overview never worked out (its working out's lock taken, so none under way writes one meanwhile)
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('working out the caseload overview'))")
                    .query((rs, n) -> 1).single();
            jdbc.sql("DELETE FROM caseload_overview_line").update();
            jdbc.sql("DELETE FROM caseload_overview").update();
        });
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);

        // when the head of delivery opens it
        PageClient.Page page = head.get("/reports/caseload/overview?by=employer");

        // then it says it has not been worked out, with no counts, and offers to work it out now
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("The overview has not been worked out yet", "Work out the overview now")
                .doesNotContain("Worked out at", "No active apprentices", "0 red", "Download the overview");
        PageClient.Page csv = head.get("/reports/caseload/overview.csv?by=employer");
        assertThat(csv.status()).isEqualTo(303);
        assertThat(csv.location()).endsWith("/reports/caseload/overview?by=employer");

        // and pressing works it out: the page then says when
        assertThat(head.post("/reports/caseload/overview?by=employer", page, Map.of()).status()).isEqualTo(302);
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            KeptOverview.WorkedOut workedOut = kept.workedOut().orElseThrow();
            assertThat(head.get("/reports/caseload/overview?by=employer").text())
                    .contains("Worked out at " + GovUkDates.clockOnDate(workedOut.at()),
                            "Work out the overview again now")
                    .doesNotContain("has not been worked out yet", "being worked out again");
        });
        assertThat(head.get("/reports/caseload/overview.csv?by=employer").status()).isEqualTo(200);
    }

    @Test
    void a_tutor_counts_only_the_apprentices_they_may_see_and_the_head_of_delivery_every_one() {
        TestApprenticeships mine = new TestApprenticeships(organisation, accounts);
        mine.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(90));
        mine.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(30));
        TestApprenticeships theirs = new TestApprenticeships(organisation, accounts);
        theirs.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(60));
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        OverviewWorkedOut.again(head, kept, clock);

        PageClient tutor = PageClient.signedInAs(port, mine.tutorEmail, TestApprenticeships.PASSWORD);
        List<String> tutorLines = tutor.get("/reports/caseload/overview.csv?by=tutor").body().lines().skip(1).toList();
        List<String> headLines = head.get("/reports/caseload/overview.csv?by=tutor").body().lines().skip(1).toList();

        // the tutor's own two, under their name, and no one else's
        assertThat(tutorLines).singleElement().asString().startsWith(tutorName(mine) + ",2,");
        assertThat(headLines).anyMatch(line -> line.startsWith(tutorName(mine) + ",2,"))
                .anyMatch(line -> line.startsWith(tutorName(theirs) + ",1,"));
        assertThat(tutor.get("/reports/caseload/overview?by=tutor").text()).contains(tutorName(mine))
                .doesNotContain(tutorName(theirs));
    }

    @Test
    void a_working_out_that_fails_is_said_on_the_page_with_the_overview_before_it_until_one_succeeds() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        OverviewWorkedOut.again(head, kept, clock);
        java.time.Instant before = kept.workedOut().orElseThrow().at();
        PageClient.Page page = head.get("/reports/caseload/overview");

        // a press's working out waits for the kept lines (a reader holds them here), and an administrator cancels it
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("LOCK TABLE caseload_overview_line IN SHARE MODE").update();
            assertThat(head.post("/reports/caseload/overview", page, Map.of()).status()).isEqualTo(302);
            Integer waiting = await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(100))
                    .until(() -> jdbc.sql("SELECT pid FROM pg_locks WHERE relation = 'caseload_overview_line'::regclass"
                            + " AND NOT granted").query(Integer.class).optional(), java.util.Optional::isPresent)
                    .orElseThrow();
            jdbc.sql("SELECT pg_cancel_backend(:pid)").param("pid", waiting).query(Boolean.class).single();
        });

        // then the page says so, and that the counts shown are the ones worked out before
        String failed = "The last working out of the overview, started at ";
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                head.get("/reports/caseload/overview").text()).contains(failed, "What is shown here is the overview"
                        + " worked out before it, at " + GovUkDates.clockOnDate(before), "Worked out at "
                        + GovUkDates.clockOnDate(before), "Press \"Work out the overview again now\" to try again")
                .doesNotContain("being worked out again", "canceling statement"));

        // and once a working out succeeds it says so no more
        OverviewWorkedOut.again(head, kept, clock);
        assertThat(head.get("/reports/caseload/overview").text()).doesNotContain(failed);
    }

    private static String tutorName(TestApprenticeships people) {
        return "Tutor " + people.tutorEmail.substring("tutor-".length(), people.tutorEmail.indexOf('@'));
    }
}
