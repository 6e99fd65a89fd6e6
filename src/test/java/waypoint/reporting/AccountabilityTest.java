package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The accountability figures (docs/domain/accountability.md) as the provider-wide roles read them: a tutor's own
 * apprentices, worked by hand, drill down to exactly those counted; tutors, learners and employers are refused; a
 * filter that is not one is an error, never a 500; an administrator records thresholds with their source, audited.
 */
@WaypointTest
class AccountabilityTest {

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

    /** Last year's cohort on one new tutor's caseload: started so the planned end (18 months on) falls as wanted. */
    record Cohort(TestApprenticeships people, int year, UUID onTime, UUID late, UUID withdrawn, UUID onBreak,
            UUID pastPlannedEnd) {
    }

    Cohort lastYearsCohort() {
        LocalDate today = LocalDate.now(clock);
        int startYear = (today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1) - 1;
        LocalDate first = LocalDate.of(startYear, 8, 1);
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        // achieved 40 days after a planned end of 1 October: on time
        UUID onTime = people.inLearning(enrolment, "ST0116", first.plusMonths(2).minusMonths(18));
        enrolment.gateway(new ApprenticeshipId(onTime), first.plusMonths(2));
        enrolment.endPointAssessment(new ApprenticeshipId(onTime), first.plusMonths(2).plusDays(10));
        enrolment.complete(new ApprenticeshipId(onTime), first.plusMonths(2).plusDays(40), "Passed");
        // achieved 150 days after a planned end of 1 September: late
        UUID late = people.inLearning(enrolment, "ST0116", first.plusMonths(1).minusMonths(18));
        enrolment.gateway(new ApprenticeshipId(late), first.plusMonths(1).plusDays(100));
        enrolment.endPointAssessment(new ApprenticeshipId(late), first.plusMonths(1).plusDays(110));
        enrolment.complete(new ApprenticeshipId(late), first.plusMonths(1).plusDays(150), "Passed");
        // withdrawn on 1 November, planned to end on 1 February
        UUID withdrawn = people.inLearning(enrolment, "ST0116", first.plusMonths(6).minusMonths(18));
        enrolment.withdraw(new ApprenticeshipId(withdrawn), first.plusMonths(3), WithdrawalReason.MADE_REDUNDANT,
                "Made redundant");
        // on a break since 1 October, planned to end on 1 December
        UUID onBreak = people.inLearning(enrolment, "ST0116", first.plusMonths(4).minusMonths(18));
        enrolment.breakInLearning(new ApprenticeshipId(onBreak), first.plusMonths(2), today.plusMonths(1), "Illness");
        // in learning, planned to end on 1 September: long past it at the year's end
        UUID past = people.inLearning(enrolment, "ST0116", first.plusMonths(1).minusMonths(18));
        return new Cohort(people, startYear, onTime, late, withdrawn, onBreak, past);
    }

    /** Recalculates the kept figures as the page's "Recalculate now" does, so they include what a test recorded. */
    static void recalculate(Api as) {
        FiguresRecalculated.by(as);
    }

    static List<String> ids(JsonNode items, boolean inFigureOnly) {
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            if (!inFigureOnly || item.get("inFigure").asBoolean()) {
                ids.add(item.get("apprenticeshipId").asString());
            }
        }
        return ids;
    }

    @Test
    void each_figure_drills_down_to_exactly_the_apprentices_counted_in_it() {
        Cohort c = lastYearsCohort();
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        recalculate(head);
        String group = "&year=" + c.year() + "&by=tutor&group=" + c.people().tutor;

        JsonNode achievement = head.get("/api/v1/accountability/apprentices?indicator=achievement" + group).json();
        assertThat(ids(achievement.get("items"), false)).containsExactlyInAnyOrder(c.onTime().toString(),
                c.late().toString(), c.withdrawn().toString());
        assertThat(ids(achievement.get("items"), true)).containsExactlyInAnyOrder(c.onTime().toString(),
                c.late().toString());
        assertThat(achievement.get("figure").get("numerator").asLong()).isEqualTo(2);
        assertThat(achievement.get("figure").get("denominator").asLong()).isEqualTo(3);

        JsonNode timely = head.get("/api/v1/accountability/apprentices?indicator=timely-achievement" + group).json();
        assertThat(ids(timely.get("items"), false)).containsExactlyInAnyOrder(c.onTime().toString(),
                c.late().toString(), c.withdrawn().toString(), c.onBreak().toString(), c.pastPlannedEnd().toString());
        assertThat(ids(timely.get("items"), true)).containsExactly(c.onTime().toString());

        JsonNode withdrawals = head.get("/api/v1/accountability/apprentices?indicator=withdrawals" + group).json();
        assertThat(ids(withdrawals.get("items"), true)).containsExactly(c.withdrawn().toString());
        assertThat(withdrawals.get("total").asLong()).isEqualTo(5);

        JsonNode past = head.get("/api/v1/accountability/apprentices?indicator=past-planned-end" + group).json();
        assertThat(ids(past.get("items"), false)).containsExactly(c.pastPlannedEnd().toString());
        assertThat(ids(past.get("items"), true)).containsExactly(c.pastPlannedEnd().toString());

        JsonNode breaks = head.get("/api/v1/accountability/apprentices?indicator=breaks" + group).json();
        assertThat(ids(breaks.get("items"), true)).containsExactly(c.onBreak().toString());
        assertThat(breaks.get("figure").get("band").asString()).isEqualTo("FOR_INFORMATION");

        // the tutor's group in the breakdown shows the same figure, and the page and its CSV list the same people
        JsonNode overview = head.get("/api/v1/accountability?year=" + c.year() + "&by=tutor").json();
        JsonNode theirs = null;
        for (JsonNode g : overview.get("groups")) {
            if (g.get("key").asString().equals(c.people().tutor.toString())) {
                theirs = g;
            }
        }
        assertThat(theirs).isNotNull();
        assertThat(theirs.get("indicators").get(0).get("percent").decimalValue()).isEqualByComparingTo("66.7");
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        String page = pages.get("/accountability/apprentices?indicator=achievement" + group).body();
        assertThat(page).contains("2 of 3 apprentices counted", c.onTime().toString(), c.withdrawn().toString());
        String csv = pages.get("/accountability/apprentices.csv?indicator=achievement" + group).body();
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(csv).contains(c.late().toString());
    }

    @Test
    void the_provider_wide_roles_open_the_figures_and_the_demo_shows_some() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.HEAD, DemoAccounts.QUALITY,
                DemoAccounts.DIRECTOR, DemoAccounts.ADMIN, DemoAccounts.LEAD}) {
            PageClient pages = PageClient.signedInAs(port, account);
            PageClient.Page page = pages.get("/accountability");
            assertThat(page.status()).as(account.name()).isEqualTo(200);
            assertThat(page.text()).as(account.name()).contains("Achievement rate", "Timely achievement rate",
                    "Forecast achievement rate", "The trend over the years", "For information: suspended by the DfE");
            assertThat(page.body()).contains("<svg");
        }
        Api director = Api.at(port).signedInAs(DemoAccounts.DIRECTOR.email(), DemoAccounts.PASSWORD);
        JsonNode overview = director.get("/api/v1/accountability").json();
        assertThat(overview.get("indicators")).hasSize(8);
        long counted = 0;
        for (JsonNode year : overview.get("trend")) {
            counted += year.get("indicators").get(0).get("denominator").asLong();
        }
        assertThat(counted).as("the demo's leavers over the years").isPositive();
    }

    @Test
    void tutors_learners_and_employers_may_not_open_the_provider_wide_figures() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER, DemoAccounts.SAFEGUARDING}) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/accountability").status()).as(account.name()).isEqualTo(403);
            assertThat(pages.get("/accountability/apprentices?indicator=achievement").status()).as(account.name())
                    .isEqualTo(403);
            assertThat(pages.get("/accountability/apprentices.csv?indicator=achievement").status())
                    .as(account.name()).isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.get("/api/v1/accountability").status()).as(account.name()).isEqualTo(403);
            assertThat(api.get("/api/v1/accountability/apprentices?indicator=achievement").status())
                    .as(account.name()).isEqualTo(403);
        }
    }

    @Test
    void a_filter_that_is_not_one_is_a_clear_error_never_a_500() {
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);

        Api.Response badYear = head.get("/api/v1/accountability?year=last");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.contentType()).contains("application/problem+json");
        assertThat(badYear.body()).contains("year", "Enter the year as the year it starts");
        assertThat(head.get("/api/v1/accountability?year=1990").body()).contains("Choose a year from");
        assertThat(head.get("/api/v1/accountability?by=colour").body()).contains("Break the figures down by");
        assertThat(head.get("/api/v1/accountability/apprentices?indicator=happiness").body())
                .contains("Choose an indicator");

        PageClient pages = PageClient.signedInAs(port, DemoAccounts.HEAD);
        PageClient.Page page = pages.get("/accountability?year=last");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem", "Enter the year as the year it starts");
    }

    @Test
    void an_administrator_records_thresholds_with_their_source_and_the_change_is_audited() {
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        assertThat(head.get("/accountability/thresholds/timely-achievement").status()).isEqualTo(403);

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        String form = "/accountability/thresholds/timely-achievement";
        PageClient.Page wrong = admin.postForm(form, form, Map.of("atRisk", "70", "needsImprovement", "60",
                "source", ""));
        assertThat(wrong.text()).contains("There is a problem",
                "The needs-improvement threshold must be the same as the at-risk threshold or higher",
                "Enter where the thresholds come from");
        assertThat(admin.postForm(form, form, Map.of("atRisk", "abc", "needsImprovement", "",
                "source", "x")).text()).contains("The at-risk threshold must be a percentage");

        PageClient.Page saved = admin.postForm(form, form, Map.of("atRisk", "40", "needsImprovement", "50",
                "source", "The provider's own target, set by the Board"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.follow(saved).text()).contains("Thresholds saved", "The provider's own target");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE after_summary LIKE :text")
                .param("text", "Timely achievement rate: at risk below 40%%, needs improvement below 50%%"
                        .replace("%%", "%") + "%")
                .query(Long.class).single()).isPositive());
        assertThat(admin.get("/accountability/thresholds/breaks").status()).as("suspended: no thresholds")
                .isEqualTo(404);
    }
}
