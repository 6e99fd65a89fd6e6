package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.ProviderWideTest;

/**
 * Someone who sees every apprenticeship is told how many apprenticeships their list holds (with no filter, or a status
 * alone) from the totals the database keeps, as counting every apprenticeship would tell, through new apprenticeships
 * and changes of status; a tutor is still told only of their own.
 */
class ProviderWideApprenticeshipTotalsTest extends ProviderWideTest {

    @Test
    void the_head_of_delivery_is_told_how_many_apprenticeships_there_are_as_counting_every_one_would_tell() {
        UUID leaving = people.inLearning(enrolment, "ST0116", today.minusMonths(2));
        enrolment.record(people.newFor(people.learner()));
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        Api.Response withdrawn = head.post("/api/v1/apprenticeships/" + leaving + "/withdraw", """
                {"effectiveDate": "%s", "withdrawalReason": "OTHER_PERSONAL_REASONS", "reason": "Left"}"""
                .formatted(today.minusDays(1)));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        Map<String, Long> counted = countedAsKept("apprenticeship", "status", "apprenticeship_totals",
                "apprenticeships");
        assertThat(counted).containsKeys("IN_LEARNING", "WITHDRAWN", "ONBOARDING");

        long all = counted.values().stream().mapToLong(Long::longValue).sum();
        assertThat(head.get("/api/v1/apprenticeships").json().get("total").asLong()).isEqualTo(all);
        for (String status : counted.keySet()) {
            assertThat(head.get("/api/v1/apprenticeships?status=" + status).json().get("total").asLong()).as(status)
                    .isEqualTo(counted.get(status));
        }
        assertThat(theTutor().get("/api/v1/apprenticeships").json().get("total").asLong()).isEqualTo(3);
    }
}
