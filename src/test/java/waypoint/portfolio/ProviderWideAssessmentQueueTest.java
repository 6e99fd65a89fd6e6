package waypoint.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.ProviderWideTest;

/**
 * Someone who sees every apprenticeship (a lead) is told how many evidence items wait for assessment from the totals
 * the database keeps, as counting every item would tell; a tutor is still told only of their own apprentices' items.
 */
class ProviderWideAssessmentQueueTest extends ProviderWideTest {

    @Test
    void a_lead_is_told_how_many_items_wait_as_counting_every_item_would_tell_and_a_tutor_only_their_own() {
        Api learner = theLearner();
        Api tutor = theTutor();
        String first = add(learner, "Sprint report");
        add(learner, "Design notes");
        add(learner, "Test plan");
        Api.Response referred = tutor.post(evidence() + "/" + first + "/assessment", """
                {"decisions": [{"ksbCode": "K1", "decision": "REFERRED_BACK", "feedback": "Show the code"}]}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(200);

        Map<String, Long> counted = countedAsKept("portfolio_evidence", "state", "portfolio_evidence_totals", "items");
        assertThat(counted).containsKeys("SUBMITTED", "REFERRED_BACK");

        Api lead = Api.at(port).signedInAs(DemoAccounts.LEAD.email(), DemoAccounts.PASSWORD);
        assertThat(lead.get("/api/v1/portfolio/assessment-queue").json().get("total").asLong())
                .isEqualTo(counted.get("SUBMITTED"));
        assertThat(tutor.get("/api/v1/portfolio/assessment-queue").json().get("total").asLong()).isEqualTo(2);
    }

    private String evidence() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/evidence";
    }

    private String add(Api learner, String title) {
        Api.Response added = learner.post(evidence(), """
                {"title": "%s", "date": "%s", "type": "ASSIGNMENT", "form": "TEXT",
                 "body": "What I did and what it shows", "ksbs": ["K1"]}""".formatted(title, today.minusDays(2)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").asString();
    }
}
