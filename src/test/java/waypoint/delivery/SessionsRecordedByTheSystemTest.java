package waypoint.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.delivery.internal.SystemDelivery;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;

/**
 * A session recorded by the system (the demo data, an import of past delivery) goes through the session's own move,
 * so the audit trail says it was recorded, as it does for the tutor's page and the API, and the apprentice who was
 * there gets the session's time as off-the-job training.
 */
@WaypointTest
class SessionsRecordedByTheSystemTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SystemDelivery system;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void a_session_scheduled_and_recorded_by_the_system_is_in_the_audit_trail_and_gives_the_apprentice_their_hours() {
        DeliveryPeople people = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        Instant now = clock.instant();
        Instant twoDaysAgo = now.atZone(clock.getZone()).toLocalDate().minusDays(2).atTime(10, 0)
                .atZone(clock.getZone()).toInstant();
        UUID session = system.schedule(List.of(new ApprenticeshipId(people.apprenticeship)), twoDaysAgo, 60, "Office",
                null, "Recorded by the system", List.of(), people.tutor.id(), people.tutor.displayName(), now);

        system.record(session, Map.of(new ApprenticeshipId(people.apprenticeship), "ATTENDED"), "Version control", List.of(
                new SystemDelivery.SystemAction(new ApprenticeshipId(people.apprenticeship), "ACTION", "Practise branching", "LEARNER",
                        now.atZone(clock.getZone()).toLocalDate().plusDays(7), false)), now);

        assertThat(jdbc.sql("SELECT after_summary FROM audit_event WHERE record_type = 'TeachingSession'"
                        + " AND record_id = :id ORDER BY occurred_at, id").param("id", session.toString())
                .query(String.class).list()).hasSize(2).last().isEqualTo("Recorded: 1 of 1 attended; 1 actions");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM"
                        + " otj_entry WHERE apprenticeship_id = :a AND source_reference = :ref")
                .param("a", people.apprenticeship).param("ref", session + ":" + people.apprenticeship)
                .query(Long.class).single()).isEqualTo(1));
    }
}
