package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * Someone who sees every apprenticeship is told how many apprenticeships their list holds (with no filter, or a status
 * alone) from the totals the database keeps, as counting every apprenticeship would tell, through new apprenticeships
 * and changes of status; a tutor is still told only of their own.
 */
@WaypointTest
class ProviderWideApprenticeshipTotalsTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_head_of_delivery_is_told_how_many_apprenticeships_there_are_as_counting_every_one_would_tell() {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        LocalDate today = LocalDate.now(clock);
        people.inLearning(enrolment, "ST0116", today.minusMonths(3));
        UUID leaving = people.inLearning(enrolment, "ST0116", today.minusMonths(2));
        enrolment.record(people.newFor(people.learner()));
        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        Api.Response withdrawn = head.post("/api/v1/apprenticeships/" + leaving + "/withdraw", """
                {"effectiveDate": "%s", "withdrawalReason": "OTHER_PERSONAL_REASONS", "reason": "Left"}"""
                .formatted(today.minusDays(1)));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);

        Map<String, Long> counted = jdbc.sql("SELECT status, count(*) FROM apprenticeship GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> kept = jdbc.sql("SELECT status, apprenticeships FROM apprenticeship_totals"
                        + " WHERE apprenticeships <> 0")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(kept).isEqualTo(counted).containsKeys("IN_LEARNING", "WITHDRAWN", "ONBOARDING");

        long all = counted.values().stream().mapToLong(Long::longValue).sum();
        assertThat(head.get("/api/v1/apprenticeships").json().get("total").asLong()).isEqualTo(all);
        for (String status : counted.keySet()) {
            assertThat(head.get("/api/v1/apprenticeships?status=" + status).json().get("total").asLong()).as(status)
                    .isEqualTo(counted.get(status));
        }
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/api/v1/apprenticeships").json().get("total").asLong()).isEqualTo(3);
    }
}
