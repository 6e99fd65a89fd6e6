package waypoint.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.organisation.LearnerId;
import waypoint.support.WaypointTest;

/** Recording an apprenticeship tells its tutor of the learner joining their caseload, once, with a link to them. */
@WaypointTest
class TutorIsToldOfNewLearnerTest {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport apprenticeshipImport;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_tutor_gets_a_notification_linking_to_a_learner_added_to_their_caseload() {
        Fixtures fixtures = new Fixtures(organisation, apprenticeshipImport);
        EmployerId employer = fixtures.employer();
        StaffMemberId tutor = fixtures.tutor();

        LearnerId learner = fixtures.learner(employer, fixtures.contact(employer), tutor);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notificationsOf(tutor))
                .singleElement().satisfies(link -> assertThat(link).isEqualTo("/learners/" + learner)));
    }

    private List<String> notificationsOf(StaffMemberId staffId) {
        return jdbc.sql("""
                SELECT n.link FROM notification n JOIN staff_member s ON s.account_id = n.recipient_id
                WHERE s.id = :staff AND n.title LIKE 'New learner on your caseload: %'""")
                .param("staff", staffId).query(String.class).list();
    }
}
