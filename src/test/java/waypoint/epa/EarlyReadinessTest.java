package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * “Or earlier on request”: staff who manage an apprenticeship put it on the gateway readiness dashboard before the last
 * three months of its practical period, saying why; the dashboard says why each row is there; the request can be taken
 * away again.
 */
@WaypointTest
class EarlyReadinessTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    EpaPeople people;
    Api tutor;
    String request;

    @BeforeEach
    void givenAnApprenticeshipAYearFromTheEndOfItsPracticalPeriod() {
        people = new EpaPeople(accounts, organisation, apprenticeships, 100);
        tutor = Api.at(port).signedInAs(people.tutor.email(), EpaPeople.PASSWORD);
        request = "/api/v1/apprenticeships/" + people.apprenticeship + "/gateway/readiness-request";
    }

    JsonNode dashboardRow() {
        for (JsonNode row : tutor.get("/api/v1/epa/readiness").json().get("items")) {
            if (row.get("apprenticeshipId").asString().equals(people.apprenticeship.toString())) {
                return row;
            }
        }
        return null;
    }

    @Test
    void staff_who_manage_it_add_it_to_the_dashboard_early_with_a_reason_and_take_it_off_again() {
        assertThat(dashboardRow()).as("not in its last three months").isNull();
        Api.Response blank = tutor.post(request, "{\"reason\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode added = tutor.post(request, "{\"reason\":\"The employer asked for an early gateway\"}").json();
        assertThat(added.get("readinessRequest").get("reason").asString())
                .isEqualTo("The employer asked for an early gateway");
        assertThat(added.get("readinessRequest").get("requestedBy").asString()).isEqualTo(people.tutor.displayName());
        JsonNode row = dashboardRow();
        assertThat(row).isNotNull();
        assertThat(row.get("requestedEarly").asBoolean()).isTrue();
        assertThat(row.get("why").asString()).startsWith("Requested by " + people.tutor.displayName() + " on ")
                .endsWith(": The employer asked for an early gateway");
        assertThat(tutor.post(request, "{\"reason\":\"Again\"}").status()).as("already there").isEqualTo(409);

        assertThat(tutor.delete(request).status()).isEqualTo(200);
        assertThat(dashboardRow()).isNull();
        assertThat(tutor.get("/api/v1/apprenticeships/" + people.apprenticeship + "/gateway").json()
                .get("readinessRequest").isNull()).isTrue();
        assertThat(tutor.delete(request).status()).as("nothing to take off").isEqualTo(409);
    }

    @Test
    void the_dashboard_counts_one_added_early_once_beside_those_in_their_last_months() {
        EpaPeople near = new EpaPeople(accounts, organisation, apprenticeships);
        assertThat(tutor.get("/api/v1/epa/readiness").json().get("total").asLong()).as("nothing yet").isZero();
        assertThat(tutor.post(request, "{\"reason\":\"Ready early\"}").status()).isEqualTo(200);
        JsonNode page = tutor.get("/api/v1/epa/readiness").json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items")).hasSize(1);
        Api nearTutor = Api.at(port).signedInAs(near.tutor.email(), EpaPeople.PASSWORD);
        JsonNode nearPage = nearTutor.get("/api/v1/epa/readiness").json();
        assertThat(nearPage.get("total").asLong()).as("in its last three months, not requested").isEqualTo(1);
        assertThat(nearPage.get("items")).hasSize(1);
    }

    @Test
    void the_apprentice_the_employer_and_other_staff_may_not_add_or_remove_it() {
        String body = "{\"reason\":\"Ready early\"}";
        Api learner = Api.at(port).signedInAs(people.learner.email(), EpaPeople.PASSWORD);
        Api manager = Api.at(port).signedInAs(people.manager.email(), EpaPeople.PASSWORD);
        Api other = Api.at(port).signedInAs(people.otherTutor.email(), EpaPeople.PASSWORD);
        assertThat(learner.post(request, body).status()).isEqualTo(403);
        assertThat(manager.post(request, body).status()).isEqualTo(403);
        assertThat(other.post(request, body).status()).isEqualTo(404);
        assertThat(tutor.post(request, body).status()).isEqualTo(200);
        assertThat(learner.delete(request).status()).isEqualTo(403);
        assertThat(other.delete(request).status()).isEqualTo(404);
        assertThat(dashboardRow()).isNotNull();
    }

    @Test
    void one_already_in_its_last_three_months_is_on_the_dashboard_for_that_reason_and_needs_no_request() {
        EpaPeople near = new EpaPeople(accounts, organisation, apprenticeships);
        Api nearTutor = Api.at(port).signedInAs(near.tutor.email(), EpaPeople.PASSWORD);
        Api.Response refused = nearTutor.post("/api/v1/apprenticeships/" + near.apprenticeship
                + "/gateway/readiness-request", "{\"reason\":\"Just in case\"}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("ends within 3 months");
        JsonNode row = nearTutor.get("/api/v1/epa/readiness").json().get("items").get(0);
        assertThat(row.get("why").asString()).isEqualTo("In the last 3 months of the practical period");
        assertThat(row.get("requestedEarly").asBoolean()).isFalse();
    }

    @Test
    void the_gateway_page_adds_it_with_a_reason_and_the_dashboard_shows_who_asked() {
        PageClient page = PageClient.signedInAs(port, people.tutor.email(), EpaPeople.PASSWORD);
        String gateway = "/apprenticeships/" + people.apprenticeship + "/gateway";
        assertThat(page.get(gateway).body()).contains("Add to the readiness dashboard now", "Not yet: from");
        PageClient.Page invalid = page.post(gateway + "/readiness-request", Map.of("readiness-reason", ""));
        assertThat(invalid.status()).isEqualTo(200);
        assertThat(invalid.body()).contains("There is a problem", "Enter why the apprentice should be on the dashboard");
        PageClient.Page added = page.post(gateway + "/readiness-request",
                Map.of("readiness-reason", "Ahead of the training plan"));
        assertThat(added.status()).isEqualTo(302);
        assertThat(page.get(gateway).body()).contains("Yes: requested by", "Ahead of the training plan",
                "Take off the readiness dashboard").doesNotContain("Add to the readiness dashboard now");
        assertThat(page.get("/gateway").body()).contains(people.learner.displayName(), "On the dashboard because",
                "Requested by " + people.tutor.displayName());

        PageClient learner = PageClient.signedInAs(port, people.learner.email(), EpaPeople.PASSWORD);
        assertThat(learner.get(gateway).body()).doesNotContain("Take off the readiness dashboard");
        assertThat(learner.post(gateway + "/readiness-request/remove", Map.of()).status()).isIn(403, 404);

        assertThat(page.post(gateway + "/readiness-request/remove", Map.of()).status()).isEqualTo(302);
        assertThat(page.get("/gateway").body()).doesNotContain(people.learner.displayName());
    }
}
