package waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.TrainingPlans;
import waypoint.organisation.OrganisationImport;
import waypoint.support.WaypointTest;

/**
 * The demo's apprentices brought in from the previous system's ILR file (which names no line manager): those still
 * under way have their line manager named, so their onboarding is done and their training plan, with its planned
 * off-the-job hours for the ILR, is written; the one brought in withdrawn keeps none.
 */
@WaypointTest
class DemoIlrImportTest {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    TrainingPlans plans;

    @Test
    void those_still_under_way_have_a_line_manager_and_a_training_plan() {
        List<ApprenticeshipSummary> brought = DemoIlrImport.REFERENCES.stream()
                .flatMap(reference -> organisation.findLearnerByReference(reference).stream())
                .flatMap(learner -> apprenticeships.ofLearner(learner).stream()).toList();

        assertThat(brought.stream().filter(ApprenticeshipSummary::isActive)).hasSize(2).allSatisfy(a -> {
            assertThat(a.lineManagerName()).isEqualTo("Casey Lin");
            assertThat(plans.plannedOtjHours(a.id())).as(a.learnerName()).isPresent();
        });
        assertThat(brought.stream().filter(a -> !a.isActive())).singleElement()
                .satisfies(a -> assertThat(a.lineManagerId()).isNull());
    }
}
