package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The gateway pages answer the apprenticeship's own people and provider-wide staff; anyone else is told it is not
 * found (never shown it). The lists across apprenticeships are for staff, each narrowed to what they may see.
 */
@WaypointTest
class EpaPagesAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    @Test
    void only_the_apprenticeships_people_and_provider_wide_staff_see_its_gateway_page() {
        EpaPeople ours = new EpaPeople(accounts, organisation, apprenticeships);
        String page = "/apprenticeships/" + ours.apprenticeship + "/gateway";
        for (var person : new Object[][] {{ours.learner.email(), 200}, {ours.manager.email(), 200},
                {ours.tutor.email(), 200}, {ours.otherTutor.email(), 404}, {DemoAccounts.DIRECTOR.email(), 200}}) {
            PageClient.Page answer = PageClient.signedInAs(port, (String) person[0], EpaPeople.PASSWORD).get(page);
            assertThat(answer.status()).as((String) person[0]).isEqualTo(person[1]);
            if ((int) person[1] == 404) {
                assertThat(answer.body()).doesNotContain(ours.learner.displayName());
            }
        }
        PageClient learner = PageClient.signedInAs(port, ours.learner.email(), EpaPeople.PASSWORD);
        assertThat(learner.get(page).body()).contains("Gateway and end-point assessment")
                .doesNotContain("Record and sign the meeting");
        assertThat(learner.post(page + "/meeting", Map.of("meeting-decision", "READY")).status()).isIn(403, 404);
        assertThat(learner.get("/gateway").status()).isEqualTo(403);
        assertThat(learner.get("/apprenticeships/not-an-id/gateway").status()).isEqualTo(404);
    }

    @Test
    void the_dashboard_the_bookings_and_the_results_open_for_provider_wide_staff_and_a_tutor() {
        EpaPeople ours = new EpaPeople(accounts, organisation, apprenticeships);
        PageClient director = PageClient.signedInAs(port, DemoAccounts.DIRECTOR);
        PageClient tutor = PageClient.signedInAs(port, ours.tutor.email(), EpaPeople.PASSWORD);
        for (PageClient staff : new PageClient[] {director, tutor}) {
            assertThat(staff.get("/gateway").status()).isEqualTo(200);
            assertThat(staff.get("/gateway?page=1").status()).isEqualTo(200);
            assertThat(staff.get("/reports/epa-bookings?past=true").status()).isEqualTo(200);
            assertThat(staff.get("/reports/epa-results").status()).isEqualTo(200);
        }
        assertThat(tutor.get("/gateway").body()).contains(ours.learner.displayName());
        PageClient other = PageClient.signedInAs(port, ours.otherTutor.email(), EpaPeople.PASSWORD);
        assertThat(other.get("/gateway").body()).doesNotContain(ours.learner.displayName());
        assertThat(director.get("/reports/epa-results").body()).contains("<svg", "Achievement rates by standard");
    }
}
