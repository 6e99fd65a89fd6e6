package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The check of a return is kept (docs/domain/ilr.md, "Checking a return before upload"): the page, the API and the
 * tutors' home pages read the last check a page at a time, and no rule runs when they are viewed; "Check again"
 * replaces it whole; one learner checked again replaces only their problems; a return never checked says so and is
 * never shown as clean.
 */
@WaypointTest
class IlrKeptCheckTest {

    private static final String R14 = "{\"year\": \"2025-26\", \"period\": \"R14\"}";

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

    TestApprenticeships people;
    LearnerId first;
    LearnerId second;

    /** Two apprentices of one tutor, started in September 2025, neither with prior attainment (PriorAttain_01). */
    @BeforeEach
    void twoApprenticesWithoutPriorAttainment() {
        people = new TestApprenticeships(organisation, accounts);
        first = apprenticeWithoutPriorAttainment();
        second = apprenticeWithoutPriorAttainment();
    }

    private LearnerId apprenticeWithoutPriorAttainment() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        LearnerId learner = people.learner();
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false,
                new IlrDetails(null, "LS2 9JT", Set.of(), null, Set.of()));
        UUID apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager,
                "ST0116", people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
        return learner;
    }

    private void givenPriorAttainment(LearnerId learner) {
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false,
                new IlrDetails(IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of()));
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private Api.Response checkAgain() {
        Api.Response checked = api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/checks", R14);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        return checked;
    }

    /** The rules found for a learner in the check kept, as the data officer reads their tutor's learners. */
    private List<String> rulesOf(LearnerId learner) {
        Api.Response read = api(DemoAccounts.DATA_OFFICER)
                .get("/api/v1/ilr/validation?year=2025-26&period=R14&tutor=" + people.tutor);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        List<String> rules = new ArrayList<>();
        for (JsonNode item : read.json().get("items")) {
            if (learner.toString().equals(item.get("learnerId").asString())) {
                rules.add(item.get("rule").asString());
            }
        }
        return rules;
    }

    @Test
    void the_page_and_the_api_read_the_check_kept_with_its_counts_and_pages_until_it_is_checked_again() {
        JsonNode summary = checkAgain().json();
        for (int more = 0; more < 30 && summary.get("errors").asLong() + summary.get("warnings").asLong() <= 25;
                more++) {
            apprenticeWithoutPriorAttainment();
            summary = checkAgain().json();
        }

        // the whole return's counts are the check's, and its problems are paged from it
        Api.Response whole = api(DemoAccounts.ADMIN).get("/api/v1/ilr/validation?year=2025-26&period=R14");
        assertThat(whole.json().get("checked").asBoolean()).isTrue();
        assertThat(whole.json().get("checkedBy").asString()).isEqualTo(
                accounts.findByEmail(DemoAccounts.DATA_OFFICER.email()).orElseThrow().displayName());
        assertThat(whole.json().get("learners").asInt()).isEqualTo(summary.get("learners").asInt());
        assertThat(whole.json().get("errors").asInt()).isEqualTo(summary.get("errors").asInt());
        long total = whole.json().get("total").asLong();
        assertThat(total).isEqualTo(summary.get("errors").asLong() + summary.get("warnings").asLong())
                .isGreaterThan(25);
        Api.Response pageTwo = api(DemoAccounts.ADMIN).get("/api/v1/ilr/validation?year=2025-26&period=R14&page=1");
        assertThat(pageTwo.json().get("page").asInt()).isEqualTo(1);
        assertThat(pageTwo.json().get("items").size()).isEqualTo((int) Math.min(25, total - 25));
        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER)
                .get("/ilr?year=2025-26&period=R14&page=1");
        assertThat(page.text()).contains("Problems 26 to").contains("of " + total)
                .containsPattern("Checked at (\\d{1,2}(:\\d\\d)?[ap]m|midday|midnight) today").contains("Check again");

        // when a learner's record is put right, the page still reads the check kept: no rule runs on a view
        givenPriorAttainment(first);
        assertThat(rulesOf(first)).contains("PriorAttain_01");

        // until the return is checked again, which replaces the check kept
        checkAgain();
        assertThat(rulesOf(first)).doesNotContain("PriorAttain_01");
        assertThat(rulesOf(second)).contains("PriorAttain_01");
        assertThat(jdbc.sql("SELECT count(*) FROM ilr_check WHERE collection_year = '2025-26' AND return_period = 14")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void one_learner_checked_again_replaces_only_their_problems() {
        checkAgain();
        JsonNode before = api(DemoAccounts.ADMIN).get("/api/v1/ilr/validation?year=2025-26&period=R14").json();
        long firstBefore = rulesOf(first).size();

        // when both are put right but only the first is checked again
        givenPriorAttainment(first);
        givenPriorAttainment(second);
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        PageClient.Page form = officer.get("/ilr?year=2025-26&period=R14&tutor=" + people.tutor);
        assertThat(form.text()).contains("Check this learner again");
        PageClient.Page checked = officer.post("/ilr/checks/learners/" + first, form,
                Map.of("year", "2025-26", "period", "R14", "tutor", people.tutor.toString(), "page", "0"));
        assertThat(checked.status()).isEqualTo(302);
        assertThat(officer.follow(checked).text()).contains("was checked again: ");

        // then only the first's problems are replaced; the second's stay as the check kept found them
        assertThat(rulesOf(first)).doesNotContain("PriorAttain_01");
        assertThat(rulesOf(second)).contains("PriorAttain_01");
        long firstAfter = rulesOf(first).size();
        assertThat(firstAfter).isEqualTo(firstBefore - 1);
        JsonNode after = api(DemoAccounts.ADMIN).get("/api/v1/ilr/validation?year=2025-26&period=R14").json();
        assertThat(after.get("learners").asInt()).isEqualTo(before.get("learners").asInt());
        assertThat(after.get("errors").asLong() + after.get("warnings").asLong())
                .isEqualTo(before.get("errors").asLong() + before.get("warnings").asLong() - firstBefore + firstAfter);
        assertThat(after.get("checkedAt").asString()).isEqualTo(before.get("checkedAt").asString());
    }

    @Test
    void a_return_never_checked_says_so_and_is_not_shown_as_clean() {
        jdbc.sql("DELETE FROM ilr_check WHERE collection_year = '2025-26' AND return_period = 2").update();

        Api.Response api = api(DemoAccounts.DATA_OFFICER).get("/api/v1/ilr/validation?year=2025-26&period=R02");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().get("checked").asBoolean()).isFalse();
        assertThat(api.json().path("errors").isNumber()).as("no count for a return never checked").isFalse();
        assertThat(api.json().get("message").asString()).contains("has not been checked yet");

        PageClient.Page page = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER)
                .get("/ilr?year=2025-26&period=R02");
        assertThat(page.text()).contains("This return has not been checked yet").contains("Check the return")
                .doesNotContain("No problems found").doesNotContain("Learners checked");
        PageClient.Page tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/ilr?year=2025-26&period=R02");
        assertThat(tutor.text()).contains("This return has not been checked yet")
                .contains("It is checked each night").doesNotContain("No problems found");

        // one learner cannot be checked again in a return never checked: the reason is given, nothing is kept
        Api.Response refused = api(DemoAccounts.DATA_OFFICER).post("/api/v1/ilr/checks/learners/" + first,
                "{\"year\": \"2025-26\", \"period\": \"R02\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("has not been checked yet");
    }

    @Test
    void a_tutor_checks_again_the_learners_of_their_caseload_only_and_only_those_who_prepare_it_check_it_whole() {
        checkAgain();
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.post("/api/v1/ilr/checks", R14).status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/ilr/checks/learners/" + first, R14).status()).isEqualTo(200);

        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        UUID theirs = others.inLearning(enrolment, "ST0116", LocalDate.of(2025, 10, 1));
        assertThat(tutor.post("/api/v1/ilr/checks/learners/" + theirs, R14).status()).isEqualTo(403);
        assertThat(api(DemoAccounts.QUALITY).post("/api/v1/ilr/checks", R14).status()).isEqualTo(403);
        assertThat(api(DemoAccounts.QUALITY).post("/api/v1/ilr/checks/learners/" + first, R14).status())
                .isEqualTo(403);

        PageClient tutorPages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page page = tutorPages.get("/ilr?year=2025-26&period=R14");
        assertThat(page.text()).contains("The learners of your caseload only").contains("Learners checked 2 ")
                .doesNotContain("Check again");
        assertThat(tutorPages.post("/ilr/checks", page, Map.of("year", "2025-26", "period", "R14")).status())
                .isEqualTo(403);
    }
}
