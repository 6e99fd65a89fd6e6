package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;

/**
 * The demo shows both sides of the funding minimum: apprenticeships on ST0116, whose minimum hours for compliance are
 * not recorded, are never on track and warn; the one on ST0499 v1.3, whose minimum is recorded, is on track.
 */
@WaypointTest
class DemoOffTheJobTest {

    @Autowired
    OffTheJobHours hours;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    OrganisationImport organisation;

    UUID apprenticeshipOf(String email) {
        LearnerId learner = organisation.findLearner(email).orElseThrow();
        return apprenticeships.ofLearner(learner).get(0).id().value();
    }

    @Test
    void the_apprenticeship_on_a_standard_with_a_recorded_minimum_is_on_track() {
        OffTheJobFigures priya = hours.of(new ApprenticeshipId(apprenticeshipOf("priya.patel@learners.test"))).orElseThrow();

        assertThat(priya.minimumHours()).isEqualByComparingTo("605");
        assertThat(priya.status()).isEqualTo("GREEN");
    }

    @Test
    void one_on_a_standard_without_a_recorded_minimum_is_not_known_rather_than_on_track() {
        OffTheJobFigures ellis = hours.of(new ApprenticeshipId(apprenticeshipOf("ellis.evans@learners.test"))).orElseThrow();

        assertThat(ellis.minimumHours()).isNull();
        assertThat(ellis.status()).isIn("UNKNOWN", "AMBER", "RED");
    }
}
