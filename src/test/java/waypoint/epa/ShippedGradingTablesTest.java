package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.catalogue.GradingScheme;
import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.epa.internal.OverallGrade;
import waypoint.support.WaypointTest;

/**
 * The overall grade of every combination of method (or criterion) grades of each shipped standard, computed from the
 * catalogue's table and checked against the rule written out independently here
 * (docs/domain/standards-and-assessment-plans.md, Grading; the tables' own notes for the rows no source gave).
 */
@WaypointTest
class ShippedGradingTablesTest {

    @Autowired
    Standards standards;

    /** ST0116, ST1379: any Fail = Fail, Pass + Pass = Pass, one Distinction = Merit, two = Distinction. */
    static String usualTable(List<String> grades) {
        if (grades.contains("Fail")) {
            return "Fail";
        }
        long distinctions = grades.stream().filter("Distinction"::equals).count();
        return distinctions == 0 ? "Pass" : distinctions == grades.size() ? "Distinction" : "Merit";
    }

    /** ST0148: both components passed; Distinction only when both are (a Pass and a Distinction is a Pass). */
    static String learningMentor(List<String> grades) {
        if (grades.contains("Fail")) {
            return "Fail";
        }
        return grades.stream().allMatch("Distinction"::equals) ? "Distinction" : "Pass";
    }

    /**
     * ST0122, holistic: any criterion below = Fail; all three above = Distinction; the what and the how, or the what
     * and the with whom, above = Merit; otherwise Pass.
     */
    static String digitalMarketer(List<String> grades) {
        if (grades.contains("Below expected level")) {
            return "Fail";
        }
        boolean what = grades.get(0).startsWith("Significantly");
        boolean how = grades.get(1).startsWith("Significantly");
        boolean withWhom = grades.get(2).startsWith("Significantly");
        if (what && how && withWhom) {
            return "Distinction";
        }
        return what && (how || withWhom) ? "Merit" : "Pass";
    }

    void everyCombination(String reference, String version, int combinations, Function<List<String>, String> rule) {
        StandardDetails standard = standards.find(reference, version).orElseThrow();
        GradingScheme scheme = standard.grading();
        assertThat(scheme.isComplete()).as(reference + " table complete").isTrue();
        assertThat(scheme.combinations()).hasSize(combinations);
        for (List<String> combination : scheme.combinations()) {
            Map<String, String> grades = new HashMap<>();
            for (int i = 0; i < combination.size(); i++) {
                grades.put(scheme.components().get(i).name(), combination.get(i));
            }
            assertThat(OverallGrade.of(scheme, grades)).as(reference + " " + scheme.describe(combination))
                    .contains(rule.apply(combination));
        }
    }

    @Test
    void software_developer_st0116_every_combination_of_the_project_and_the_discussion() {
        everyCombination("ST0116", "1.1", 9, ShippedGradingTablesTest::usualTable);
    }

    @Test
    void learning_and_skills_mentor_st1379_every_combination_of_the_observation_and_the_discussion() {
        everyCombination("ST1379", "1.1", 9, ShippedGradingTablesTest::usualTable);
    }

    @Test
    void learning_mentor_st0148_every_combination_of_the_observations_and_the_discussion() {
        everyCombination("ST0148", "1.0", 9, ShippedGradingTablesTest::learningMentor);
    }

    @Test
    void digital_marketer_st0122_every_combination_of_the_three_holistic_criteria() {
        everyCombination("ST0122", "1.0", 27, ShippedGradingTablesTest::digitalMarketer);
    }

    @Test
    void no_overall_grade_until_every_method_has_one() {
        GradingScheme scheme = standards.find("ST1379", "1.1").orElseThrow().grading();
        assertThat(OverallGrade.of(scheme, Map.of(scheme.components().get(0).name(), "Distinction"))).isEmpty();
    }

    @Test
    void a_standard_without_a_grading_table_gives_no_overall_grade() {
        standards.latest("ST1031").ifPresent(s -> {
            if (!s.grading().isComplete()) {
                assertThat(OverallGrade.of(s.grading(), Map.of())).isEmpty();
            }
        });
    }
}
