package waypoint.supportcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * The at-risk indicator (docs/domain/support-policy.md, At risk and interventions): each signal says why, the indicator
 * is stored and listed by severity in one query, filtered, and only for the apprenticeships the person may see.
 */
@WaypointTest
class AtRiskTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;

    @Test
    void months_without_a_teaching_session_or_a_signed_off_ksb_are_signals_from_their_own_modules() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 200);
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        Api.Response computed = coach.post("/api/v1/apprenticeships/" + people.apprenticeship + "/at-risk", "{}");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        // the delivery module: no session attended since the start, 200 days ago, against a limit of 28 days
        assertThat(computed.body()).contains("SESSION_CADENCE", "days without a teaching session (none attended since"
                + " the start; the limit is 28 days)");
        // the portfolio module: nothing signed off with about a third of the programme gone
        assertThat(computed.body()).contains("KSB_COVERAGE", "KSB coverage at 0% with");
        assertThat(coach.get("/api/v1/support-cases/at-risk?employer=" + people.employer + "&signal=KSB_COVERAGE")
                .json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void an_apprentice_with_no_off_the_job_hours_months_in_is_at_risk_and_each_signal_says_why() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 200);
        Api coach = Api.at(port).signedInAs(people.coach.email(), SupportPeople.PASSWORD);
        Api.Response computed = coach.post("/api/v1/apprenticeships/" + people.apprenticeship + "/at-risk", "{}");
        assertThat(computed.status()).as(computed.body()).isEqualTo(200);
        assertThat(computed.json().get("severity").asInt()).isGreaterThan(0);
        // no off-the-job activity months in: behind pace ("off-the-job hours at 0% of expected") or no active learning
        assertThat(computed.body()).containsAnyOf("off-the-job hours at 0% of expected", "no active learning");
        String code = computed.json().get("signals").get(0).get("code").asString();

        JsonNode list = coach.get("/api/v1/support-cases/at-risk?employer=" + people.employer).json();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        JsonNode row = list.get("items").get(0);
        assertThat(row.get("apprenticeshipId").asString()).isEqualTo(people.apprenticeship.toString());
        assertThat(row.get("signals").get(0).get("reason").asString()).isNotBlank();
        assertThat(coach.get("/api/v1/support-cases/at-risk?employer=" + people.employer + "&signal=" + code)
                .json().get("total").asInt()).isEqualTo(1);
        assertThat(coach.get("/api/v1/support-cases/at-risk?employer=" + people.employer + "&signal=ENGLISH_MATHS")
                .json().get("total").asInt()).isZero();
        // bad filters are ignored, never a server error
        assertThat(coach.get("/api/v1/support-cases/at-risk?tutor=nope&page=-4&signal=%27;drop").status())
                .isEqualTo(200);

        // another tutor does not see this apprentice on their list, and cannot recompute it
        SupportPeople others = new SupportPeople(accounts, organisation, apprenticeships, 10);
        Api other = Api.at(port).signedInAs(others.coach.email(), SupportPeople.PASSWORD);
        assertThat(other.get("/api/v1/support-cases/at-risk?employer=" + people.employer).json().get("total")
                .asInt()).isZero();
        assertThat(other.post("/api/v1/apprenticeships/" + people.apprenticeship + "/at-risk", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void the_list_sorts_by_severity_either_way() {
        SupportPeople people = new SupportPeople(accounts, organisation, apprenticeships, 200);
        Api lead = Api.at(port).signedInAs(people.lead.email(), SupportPeople.PASSWORD);
        lead.post("/api/v1/apprenticeships/" + people.apprenticeship + "/at-risk", "{}");
        List<Integer> most = severities(lead.get("/api/v1/support-cases/at-risk").json());
        List<Integer> least = severities(lead.get("/api/v1/support-cases/at-risk?sort=least").json());
        assertThat(most).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(least).isSorted();
    }

    private static List<Integer> severities(JsonNode page) {
        List<Integer> values = new java.util.ArrayList<>();
        page.get("items").forEach(i -> values.add(i.get("severity").asInt()));
        return values;
    }
}
