package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
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
 * The end-point assessment bookings and results, the reporting module's reports across the apprenticeships a member
 * of staff may see: staff open them as pages and in the API (a tutor only their caseload's); learners and employers
 * do not; the old addresses under the gateway send a bookmark on.
 */
@WaypointTest
class EpaReportTest {

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

    @Test
    void staff_open_the_bookings_and_the_results_and_a_tutor_sees_only_their_own_caseload() {
        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);
        assertThat(director.get("/reports/epa-bookings?past=true").text()).contains("End-point assessment bookings",
                "Every booking, by date");
        assertThat(director.get("/reports/epa-results").body()).contains("<svg", "Achievement rates by standard");
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        assertThat(admin.get("/api/v1/epa/bookings?past=true").json().get("total").asLong())
                .as("the demo's bookings").isPositive();
        assertThat(admin.get("/api/v1/epa/results").json().get("rates")).as("the demo's leavers").isNotEmpty();

        // a tutor whose only apprentice has not reached the assessment sees none of the provider's
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusDays(100));
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/api/v1/epa/bookings?past=true").json().get("total").asLong()).isZero();
        JsonNode results = tutor.get("/api/v1/epa/results").json();
        assertThat(results.get("rates")).isEmpty();
        assertThat(results.get("maximum").asLong()).isZero();
        PageClient tutorPages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutorPages.get("/reports/epa-bookings").text()).contains("No assessments are booked.");
    }

    @Test
    void learners_and_employers_may_not_open_them() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/reports/epa-bookings").status()).as(account.name()).isEqualTo(403);
            assertThat(pages.get("/reports/epa-results").status()).as(account.name()).isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.get("/api/v1/epa/bookings").status()).as(account.name()).isEqualTo(403);
            assertThat(api.get("/api/v1/epa/results").status()).as(account.name()).isEqualTo(403);
        }
    }

    @Test
    void the_old_addresses_send_a_bookmark_on() {
        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);

        assertThat(director.get("/gateway/bookings?past=true&page=1").location())
                .endsWith("/reports/epa-bookings?past=true&page=1");
        assertThat(director.get("/gateway/results").location()).endsWith("/reports/epa-results");
    }
}
