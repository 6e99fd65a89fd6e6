package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.epa.ReformedStandards;
import waypoint.support.WaypointTest;

/**
 * A page of apprenticeships reads the standard versions its rows follow together (a fixed number of queries however
 * many versions): each version read together is the version read alone, with its own KSBs, duties, methods, grading
 * table and gateway items, never another's; a version the catalogue does not hold is answered empty; and the reformed
 * plans of the page's versions read together are the plans read one at a time.
 */
@WaypointTest
class StandardsReadTogetherTest {

    @Autowired
    Standards standards;
    @Autowired
    AssessmentReforms reforms;
    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    StandardQueries queries;
    @Autowired
    ReformedPlanEditor reform;

    @Test
    void versions_read_together_are_the_versions_read_one_at_a_time() {
        // given: two shipped standards, two made here (one on a reformed plan), a version the catalogue does not
        // hold, and one asked for twice
        String reformed = ReformedStandards.create(importer, editor, queries, reform, standards, true);
        String oldPlan = ReformedStandards.create(importer, editor, queries, reform, standards, false);
        List<Standards.Version> page = List.of(
                new Standards.Version("ST1379", standards.latest("ST1379").orElseThrow().version()),
                new Standards.Version("ST0116", standards.latest("ST0116").orElseThrow().version()),
                new Standards.Version(reformed, "1.0"), new Standards.Version(oldPlan, "1.0"),
                new Standards.Version("ST0116", "9.9"), new Standards.Version("ST1379",
                        standards.latest("ST1379").orElseThrow().version()));

        // when
        Map<Standards.Version, Optional<StandardDetails>> together = standards.find(page);

        // then
        assertThat(together.keySet()).containsExactlyElementsOf(page.stream().distinct().toList());
        for (Standards.Version v : page) {
            assertThat(together.get(v)).as(v.toString())
                    .isEqualTo(standards.find(v.referenceNumber(), v.version()));
        }
        assertThat(together.get(new Standards.Version("ST0116", "9.9"))).isEmpty();
        StandardDetails shipped = together.get(page.get(0)).orElseThrow();
        assertThat(shipped.referenceNumber()).isEqualTo("ST1379");
        assertThat(shipped.ksbs()).isNotEmpty();
        assertThat(shipped.gatewayItems()).isNotEmpty();
        assertThat(together.get(page.get(1)).orElseThrow().ksbs()).isNotEqualTo(shipped.ksbs());
        assertThat(together.get(new Standards.Version(reformed, "1.0")).orElseThrow().epaMethods())
                .extracting(EpaMethod::name)
                .containsExactly(ReformedStandards.KNOWLEDGE_TEST, ReformedStandards.DISCUSSION);
    }

    @Test
    void the_reformed_plans_of_a_page_read_together_are_the_plans_read_one_at_a_time() {
        // given
        String reformed = ReformedStandards.create(importer, editor, queries, reform, standards, true);
        String oldPlan = ReformedStandards.create(importer, editor, queries, reform, standards, false);
        StandardVersionId onReform = standards.find(reformed, "1.0").orElseThrow().id();
        StandardVersionId onOldPlan = standards.find(oldPlan, "1.0").orElseThrow().id();
        StandardVersionId shipped = standards.latest("ST1379").orElseThrow().id();

        // when
        Map<StandardVersionId, ReformedPlan> together = reforms.of(List.of(onReform, onOldPlan, shipped));

        // then
        assertThat(together).containsOnlyKeys(onReform);
        assertThat(together.get(onReform)).isEqualTo(reforms.of(onReform).orElseThrow());
        assertThat(together.get(onReform).components()).extracting(AssessmentComponent::method)
                .containsExactly(ReformedStandards.KNOWLEDGE_TEST, ReformedStandards.DISCUSSION);
        assertThat(reforms.of(onOldPlan)).isEmpty();
    }
}
