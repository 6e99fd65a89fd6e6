package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.internal.apprenticeship.LifecycleTable;
import waypoint.enrolment.internal.apprenticeship.Transition;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;

/**
 * The apprenticeship lifecycle table: every move it allows, every one it refuses, and its diagram in
 * docs/workflows/apprenticeship-lifecycle.md.
 */
class LifecycleTableTest {

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(ApprenticeshipStatus.ONBOARDING, Transition.START, ApprenticeshipStatus.IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.BREAK, ApprenticeshipStatus.BREAK_IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.BREAK_IN_LEARNING, Transition.RETURN, ApprenticeshipStatus.IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.GATEWAY, ApprenticeshipStatus.GATEWAY),
                Arguments.of(ApprenticeshipStatus.GATEWAY, Transition.END_POINT_ASSESSMENT,
                        ApprenticeshipStatus.END_POINT_ASSESSMENT),
                Arguments.of(ApprenticeshipStatus.END_POINT_ASSESSMENT, Transition.COMPLETE,
                        ApprenticeshipStatus.COMPLETED),
                // an apprenticeship unit's provider test, validated by the employer: the aggregate refuses it for
                // any other programme type
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.COMPLETE, ApprenticeshipStatus.COMPLETED),
                Arguments.of(ApprenticeshipStatus.ONBOARDING, Transition.WITHDRAW, ApprenticeshipStatus.WITHDRAWN),
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.WITHDRAW, ApprenticeshipStatus.WITHDRAWN),
                Arguments.of(ApprenticeshipStatus.BREAK_IN_LEARNING, Transition.WITHDRAW, ApprenticeshipStatus.WITHDRAWN),
                Arguments.of(ApprenticeshipStatus.GATEWAY, Transition.WITHDRAW, ApprenticeshipStatus.WITHDRAWN),
                Arguments.of(ApprenticeshipStatus.END_POINT_ASSESSMENT, Transition.WITHDRAW,
                        ApprenticeshipStatus.WITHDRAWN),
                Arguments.of(ApprenticeshipStatus.ONBOARDING, Transition.CHANGE_EMPLOYER, ApprenticeshipStatus.ONBOARDING),
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.CHANGE_EMPLOYER,
                        ApprenticeshipStatus.IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.BREAK_IN_LEARNING, Transition.CHANGE_EMPLOYER,
                        ApprenticeshipStatus.BREAK_IN_LEARNING),
                // a line manager named or changed at any stage before the end
                Arguments.of(ApprenticeshipStatus.ONBOARDING, Transition.CHANGE_LINE_MANAGER,
                        ApprenticeshipStatus.ONBOARDING),
                Arguments.of(ApprenticeshipStatus.IN_LEARNING, Transition.CHANGE_LINE_MANAGER,
                        ApprenticeshipStatus.IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.BREAK_IN_LEARNING, Transition.CHANGE_LINE_MANAGER,
                        ApprenticeshipStatus.BREAK_IN_LEARNING),
                Arguments.of(ApprenticeshipStatus.GATEWAY, Transition.CHANGE_LINE_MANAGER, ApprenticeshipStatus.GATEWAY),
                Arguments.of(ApprenticeshipStatus.END_POINT_ASSESSMENT, Transition.CHANGE_LINE_MANAGER,
                        ApprenticeshipStatus.END_POINT_ASSESSMENT));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void the_table_allows(ApprenticeshipStatus from, Transition transition, ApprenticeshipStatus to) {
        assertThat(LifecycleTable.require(from, transition)).isEqualTo(to);
    }

    /** Every other pair of status and action: the allowed list above is the whole table. */
    static Stream<Arguments> refused() {
        List<Arguments> refused = new ArrayList<>();
        for (ApprenticeshipStatus from : ApprenticeshipStatus.values()) {
            for (Transition transition : LifecycleTable.ACTIONS) {
                boolean listed = allowed().anyMatch(a -> a.get()[0] == from && a.get()[1] == transition);
                if (!listed) {
                    refused.add(Arguments.of(from, transition));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("refused")
    void the_table_refuses_with_a_reason(ApprenticeshipStatus from, Transition transition) {
        assertThatThrownBy(() -> LifecycleTable.require(from, transition))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining(from.words().toLowerCase());
    }

    @Test
    void the_table_holds_exactly_the_allowed_moves() {
        assertThat(LifecycleTable.STEPS).hasSize((int) allowed().count());
    }

    @Test
    void a_finished_apprenticeship_allows_nothing() {
        assertThat(LifecycleTable.actionsFrom(ApprenticeshipStatus.COMPLETED)).isEmpty();
        assertThat(LifecycleTable.actionsFrom(ApprenticeshipStatus.WITHDRAWN)).isEmpty();
    }

    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `LifecycleTable` by `LifecycleTableTest` (do not edit by hand). A new apprenticeship
                starts in onboarding; one migrated from another system starts at the status it has there. Guards
                beyond the table: a break needs the employer's agreement (unless the employment ended) and an
                expected return more than 4 weeks away; a return moves the planned end date by the length of the
                break; a break in employment of over 12 weeks without a new employer prompts withdrawal; a new line
                manager must be a contact of the apprentice's employer. Only an
                apprenticeship unit goes from in learning to completed, when its provider test is passed and the
                employer validates it; every other programme completes after its end-point assessment.
                """;
        StringBuilder statuses = new StringBuilder("| Status | Words |\n|---|---|\n");
        for (ApprenticeshipStatus status : ApprenticeshipStatus.values()) {
            statuses.append("| ").append(status).append(" | ").append(status.words()).append(" |\n");
        }
        String md = LifecycleTable.TABLE.diagram(s -> s.action().words())
                .start(ApprenticeshipStatus.ONBOARDING, "Apprenticeship recorded")
                .end(ApprenticeshipStatus.COMPLETED, ApprenticeshipStatus.WITHDRAWN)
                .writeTo(Path.of("docs/workflows/apprenticeship-lifecycle.md"), "Apprenticeship lifecycle", intro,
                        statuses.toString());
        assertThat(md).contains("IN_LEARNING --> BREAK_IN_LEARNING: Break in learning");
    }
}
