package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.PlannedHours;
import waypoint.otj.internal.EntryStore;
import waypoint.otj.internal.PlanFacts;
import waypoint.otj.internal.Thresholds;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The behind-pace report reads each apprenticeship's expected hours and shortfall from the day's snapshot: it must
 * show what {@code Pace} works out (planned × elapsed share of the practical period), follow approvals and threshold
 * changes at once, and correct a snapshot left from another day before showing it. Staff open it (a tutor sees
 * their caseload only); nobody else does; its old address sends a bookmark on.
 */
@WaypointTest
class BehindPaceReportTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    PlanFacts planFacts;
    @Autowired
    EntryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;
    LocalDate start;
    Thresholds before;

    @BeforeEach
    void anApprenticeFourMonthsIntoEighteenWith120PlannedHours() {
        before = store.thresholds();
        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        start = today.minusMonths(4);
        apprenticeship = people.inLearning(enrolment, "ST0116", start);
        learnerEmail = people.lastLearnerEmail;
        PlannedHours.plan(jdbc, apprenticeship, 120);
        planFacts.refresh(new ApprenticeshipId(apprenticeship));
    }

    @AfterEach
    void restoreThresholds() {
        store.saveThresholds(before);
    }

    /** 120 × elapsed days ÷ days of the practical period, to one decimal place: worked out here by hand. */
    BigDecimal expectedToday() {
        long elapsed = ChronoUnit.DAYS.between(start, today);
        long total = ChronoUnit.DAYS.between(start, start.plusMonths(18));
        return BigDecimal.valueOf(120 * elapsed).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    String reportRow(PageClient admin) {
        String csv = admin.get("/reports/behind-pace.csv?employer=" + people.employer).body();
        return csv.lines().filter(line -> line.startsWith(apprenticeship.toString())).findFirst().orElse(null);
    }

    void approvedHours(int days, String from, String to) {
        Api learner = Api.at(port).signedInAs(learnerEmail, TestApprenticeships.PASSWORD);
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        String entries = "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
        for (int d = 1; d <= days; d++) {
            Api.Response logged = learner.post(entries, """
                    {"date": "%s", "startTime": "%s", "endTime": "%s", "activityType": "ONLINE_LEARNING",
                     "description": "Design patterns course, part %d", "ksbs": ["K1"]}"""
                    .formatted(today.minusDays(d), from, to, d));
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
            assertThat(tutor.post(entries + "/" + logged.json().get("id").asString() + "/approve", "{}").status())
                    .isEqualTo(200);
        }
    }

    @Test
    void an_apprenticeship_with_nothing_approved_is_behind_by_its_expected_hours() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);

        String row = reportRow(admin);

        assertThat(row).isNotNull();
        String[] cells = row.split(",");
        assertThat(new BigDecimal(cells[6])).isEqualByComparingTo(expectedToday());
        assertThat(new BigDecimal(cells[7])).isEqualByComparingTo("0");
        assertThat(new BigDecimal(cells[9])).isEqualByComparingTo(expectedToday());
        assertThat(cells[10]).isEqualTo("RED");
    }

    @Test
    void approved_hours_and_a_lower_amber_threshold_take_it_off_the_report_at_once() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        // given 21 hours approved: about 78% of the 26 to 27 hours expected four months into eighteen
        approvedHours(3, "09:00", "16:00");

        String row = reportRow(admin);
        assertThat(row).isNotNull();
        assertThat(new BigDecimal(row.split(",")[7])).isEqualByComparingTo("21");
        assertThat(new BigDecimal(row.split(",")[9])).isEqualByComparingTo(expectedToday().subtract(
                new BigDecimal("21")));

        // when the provider's amber threshold falls to 75% of expected
        Api administrator = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
        assertThat(administrator.put("/api/v1/otj-settings/thresholds",
                "{\"amberBelowPercent\": \"75\", \"redBelowPercent\": \"50\"}").status()).isEqualTo(200);

        // then 78% is no longer behind
        assertThat(reportRow(admin)).isNull();
    }

    @Test
    void a_snapshot_left_from_another_day_is_worked_out_again_before_the_report_shows_it() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        jdbc.sql("UPDATE otj_pace SET expected_hours = 0, shortfall_hours = 0, behind = false, as_of = :yesterday"
                        + " WHERE apprenticeship_id = :a")
                .param("yesterday", today.minusDays(1)).param("a", apprenticeship).update();

        String row = reportRow(admin);

        assertThat(row).isNotNull();
        assertThat(new BigDecimal(row.split(",")[6])).isEqualByComparingTo(expectedToday());
    }

    @Test
    void staff_open_the_report_and_a_tutor_sees_only_their_own_caseload() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient ownTutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient otherTutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);

        assertThat(admin.get("/reports/behind-pace?employer=" + people.employer).body())
                .contains("Apprenticeships behind pace").contains("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(ownTutor.get("/reports/behind-pace.csv").body()).startsWith("\uFEFFapprenticeship_id,learner")
                .contains(apprenticeship.toString());
        PageClient.Page others = otherTutor.get("/reports/behind-pace.csv");
        assertThat(others.status()).isEqualTo(200);
        assertThat(others.body()).doesNotContain(apprenticeship.toString());
    }

    @Test
    void learners_and_employers_may_not_open_the_report() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            PageClient client = PageClient.signedInAs(port, account);
            assertThat(client.get("/reports/behind-pace").status()).as(account.name()).isEqualTo(403);
            assertThat(client.get("/reports/behind-pace.csv").status()).as(account.name()).isEqualTo(403);
        }
    }

    @Test
    void the_old_address_sends_a_bookmark_on_with_its_filters() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);

        PageClient.Page old = admin.get("/off-the-job/behind-pace?standard=ST0116&page=1");
        assertThat(old.status()).isEqualTo(302);
        assertThat(old.location()).endsWith("/reports/behind-pace?standard=ST0116&page=1");
        assertThat(admin.get("/off-the-job/behind-pace.csv").location()).endsWith("/reports/behind-pace.csv");
    }

    @Test
    void a_filter_that_is_not_an_id_is_an_error_on_its_field_and_lists_nothing() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);

        PageClient.Page page = admin.get("/reports/behind-pace?tutor=Taylor&employer=" + people.employer);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("Enter the tutor's staff id")
                .doesNotContain("apprenticeships behind pace, the largest shortfall first");
        assertThat(page.body()).contains("value=\"Taylor\"");
        assertThat(admin.get("/reports/behind-pace.csv?employer=not-an-id").status()).isEqualTo(400);
        assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/reports/behind-pace?tutor=Taylor").status())
                .isEqualTo(403);
    }

    @Test
    void every_filter_is_kept_from_page_to_page() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        // more than a page of apprenticeships behind with this tutor
        for (int i = 0; i < waypoint.shared.web.PageOf.DEFAULT_SIZE; i++) {
            UUID another = people.inLearning(enrolment, "ST0116", start);
            PlannedHours.plan(jdbc, another, 120);
            planFacts.refresh(new ApprenticeshipId(another));
        }

        String body = admin.get("/reports/behind-pace?tutor=" + people.tutor + "&standard=ST0116").body();

        assertThat(body).contains("/reports/behind-pace?tutor=" + people.tutor + "&amp;standard=ST0116&amp;page=1");
    }
}
