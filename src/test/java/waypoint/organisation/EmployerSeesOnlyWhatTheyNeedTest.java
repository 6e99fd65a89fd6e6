package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** Data minimisation: an employer contact sees their apprentice's work details, not their private ones. */
@WaypointTest
class EmployerSeesOnlyWhatTheyNeedTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;

    @Test
    void an_employer_contact_does_not_get_the_date_of_birth_ni_number_address_or_emergency_contact() {
        LearnerId lola = organisation.findLearner(DemoAccounts.LEARNER.email()).orElseThrow();

        JsonNode seenByEmployer = Api.at(port).signedInAs(DemoAccounts.EMPLOYER.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/learners/" + lola).json();
        JsonNode seenByTutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/learners/" + lola).json();

        assertThat(seenByEmployer.path("uln").asString()).isEqualTo(seenByTutor.path("uln").asString());
        for (String field : new String[] {"dateOfBirth", "niNumber", "address", "emergencyContactName"}) {
            assertThat(seenByEmployer.path(field).isMissingNode() || seenByEmployer.path(field).isNull())
                    .as(field).isTrue();
        }
        assertThat(seenByTutor.path("dateOfBirth").isMissingNode()).as("the tutor sees the date of birth").isFalse();
        assertThat(seenByTutor.path("address").isMissingNode()).as("the tutor sees the address").isFalse();
        String page = PageClient.signedInAs(port, DemoAccounts.EMPLOYER).get("/learners/" + lola).text();
        assertThat(page).contains("Lola").doesNotContain("Date of birth", "National Insurance number", "Emergency contact");
    }
}
