package waypoint.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A grading table must cover every combination of the components' grades exactly once. */
class GradingSchemeTest {

    private static final List<String> OVERALL = List.of("Fail", "Pass", "Merit", "Distinction");
    private static final GradedComponent OBSERVATION = new GradedComponent("Observation", List.of("Fail", "Pass", "Distinction"));
    private static final GradedComponent DISCUSSION = new GradedComponent("Discussion", List.of("Fail", "Pass", "Distinction"));
    private static final GradedComponent TEST = new GradedComponent("Test", List.of("Fail", "Pass"));

    /**
     * The usual table (docs/domain/standards-and-assessment-plans.md, Grading): any Fail = Fail, Pass + Pass = Pass,
     * one Distinction = Merit, D + D = Distinction.
     */
    private static final List<GradingRow> USUAL = List.of(
            row("Fail", "Fail", "Fail"), row("Fail", "Pass", "Fail"), row("Fail", "Distinction", "Fail"),
            row("Pass", "Fail", "Fail"), row("Distinction", "Fail", "Fail"),
            row("Pass", "Pass", "Pass"), row("Pass", "Distinction", "Merit"), row("Distinction", "Pass", "Merit"),
            row("Distinction", "Distinction", "Distinction"));

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("the usual two-method table is complete",
                        List.of(OBSERVATION, DISCUSSION), USUAL, List.of()),
                Arguments.of("a table without Pass + Distinction lists that combination",
                        List.of(OBSERVATION, DISCUSSION), without(USUAL, 6),
                        List.of("The table does not cover Observation: Pass + Discussion: Distinction")),
                Arguments.of("an empty table lists every combination in order",
                        List.of(TEST, TEST), List.of(),
                        List.of("The table does not cover Test: Fail + Test: Fail",
                                "The table does not cover Test: Fail + Test: Pass",
                                "The table does not cover Test: Pass + Test: Fail",
                                "The table does not cover Test: Pass + Test: Pass")),
                Arguments.of("a combination covered twice is refused",
                        List.of(TEST), List.of(row1("Fail", "Fail"), row1("Pass", "Pass"), row1("Pass", "Merit")),
                        List.of("The table has more than one row for Test: Pass")),
                Arguments.of("a grade the components cannot give is refused",
                        List.of(TEST), List.of(row1("Fail", "Fail"), row1("Pass", "Pass"), row1("Merit", "Merit")),
                        List.of("The table has a row for a combination the grades cannot make: Test: Merit")),
                Arguments.of("an overall grade outside the list is refused",
                        List.of(TEST), List.of(row1("Fail", "Fail"), row1("Pass", "Excellent")),
                        List.of("'Excellent' is not one of the overall grades, for Test: Pass")),
                Arguments.of("a component without grades cannot be tabulated",
                        List.of(new GradedComponent("Interview", List.of())), List.of(),
                        List.of("Interview has no grades")),
                Arguments.of("nothing to combine is said so",
                        List.of(), List.of(), List.of("There are no graded EPA methods or criteria to combine")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void a_grading_table_covers_every_combination_exactly_once(String rule, List<GradedComponent> components,
            List<GradingRow> rows, List<String> expectedProblems) {
        GradingScheme scheme = new GradingScheme(GradingBasis.METHODS, components, OVERALL, rows, Optional.empty(), false);

        assertThat(scheme.problems()).containsExactlyElementsOf(expectedProblems);
        assertThat(scheme.isComplete()).isEqualTo(expectedProblems.isEmpty());
    }

    @ParameterizedTest(name = "{0} + {1} gives {2}")
    @MethodSource("usualCombinations")
    void the_usual_table_reads_as_the_domain_rule(String observation, String discussion, String overall) {
        GradingScheme scheme = new GradingScheme(GradingBasis.METHODS, List.of(OBSERVATION, DISCUSSION), OVERALL, USUAL,
                Optional.empty(), false);

        assertThat(scheme.overallGradeFor(List.of(observation, discussion))).contains(overall);
    }

    static Stream<Arguments> usualCombinations() {
        return USUAL.stream().map(r -> Arguments.of(r.componentGrades().get(0), r.componentGrades().get(1), r.overallGrade()));
    }

    @org.junit.jupiter.api.Test
    void three_criteria_of_three_levels_make_27_combinations_first_criterion_slowest() {
        List<String> levels = List.of("Below", "At", "Above");
        GradingScheme holistic = new GradingScheme(GradingBasis.HOLISTIC, List.of(new GradedComponent("What", levels),
                new GradedComponent("How", levels), new GradedComponent("With whom", levels)), OVERALL, List.of(),
                Optional.empty(), false);

        assertThat(holistic.combinations()).hasSize(27);
        assertThat(holistic.combinations().get(1)).containsExactly("Below", "Below", "At");
        assertThat(holistic.missingCombinations()).hasSize(27);
    }

    private static GradingRow row(String first, String second, String overall) {
        return new GradingRow(List.of(first, second), overall);
    }

    private static GradingRow row1(String grade, String overall) {
        return new GradingRow(List.of(grade), overall);
    }

    private static List<GradingRow> without(List<GradingRow> rows, int index) {
        List<GradingRow> copy = new ArrayList<>(rows);
        copy.remove(index);
        return copy;
    }
}
