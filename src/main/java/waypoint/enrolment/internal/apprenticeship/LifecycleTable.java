package waypoint.enrolment.internal.apprenticeship;

import static waypoint.enrolment.ApprenticeshipStatus.BREAK_IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.COMPLETED;
import static waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT;
import static waypoint.enrolment.ApprenticeshipStatus.GATEWAY;
import static waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.ONBOARDING;
import static waypoint.enrolment.ApprenticeshipStatus.WITHDRAWN;

import static waypoint.shared.workflow.StateTable.row;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.shared.workflow.StateTable;

/**
 * The apprenticeship lifecycle, one row per allowed move (the learner handbook, “How will my apprenticeship
 * progress?”): Onboarding → In learning → Break in learning ⇄ In learning → Gateway → End-point assessment →
 * Completed; Withdrawn from any active status; a change of employer keeps the status. Anything not in the table is
 * refused. Drawn as docs/workflows/apprenticeship-lifecycle.md by LifecycleTableTest.
 */
public final class LifecycleTable {

    public static final StateTable<ApprenticeshipStatus, Transition, StateTable.Row<ApprenticeshipStatus, Transition>> TABLE =
            StateTable.of(
                    row(ONBOARDING, Transition.START, IN_LEARNING),
                    row(IN_LEARNING, Transition.BREAK, BREAK_IN_LEARNING),
                    row(BREAK_IN_LEARNING, Transition.RETURN, IN_LEARNING),
                    row(IN_LEARNING, Transition.GATEWAY, GATEWAY),
                    row(GATEWAY, Transition.END_POINT_ASSESSMENT, END_POINT_ASSESSMENT),
                    row(END_POINT_ASSESSMENT, Transition.COMPLETE, COMPLETED),
                    row(ONBOARDING, Transition.WITHDRAW, WITHDRAWN),
                    row(IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
                    row(BREAK_IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
                    row(GATEWAY, Transition.WITHDRAW, WITHDRAWN),
                    row(END_POINT_ASSESSMENT, Transition.WITHDRAW, WITHDRAWN),
                    // a new employer may take the apprentice on before the start, while learning, or during a break
                    row(ONBOARDING, Transition.CHANGE_EMPLOYER, ONBOARDING),
                    row(IN_LEARNING, Transition.CHANGE_EMPLOYER, IN_LEARNING),
                    row(BREAK_IN_LEARNING, Transition.CHANGE_EMPLOYER, BREAK_IN_LEARNING));

    /** The rows of the table, in the order written. */
    public static final List<StateTable.Row<ApprenticeshipStatus, Transition>> STEPS = TABLE.moves();

    /** The transitions people make on a recorded apprenticeship (not its recording). */
    public static final List<Transition> ACTIONS = Arrays.stream(Transition.values())
            .filter(t -> t != Transition.CREATE && t != Transition.MIGRATE).toList();

    private LifecycleTable() {
    }

    public static Optional<ApprenticeshipStatus> next(ApprenticeshipStatus from, Transition transition) {
        return TABLE.next(from, transition);
    }

    public static boolean allows(ApprenticeshipStatus from, Transition transition) {
        return TABLE.allows(from, transition);
    }

    /** The status after the move, or a refusal saying why not. */
    public static ApprenticeshipStatus require(ApprenticeshipStatus from, Transition transition) {
        return TABLE.require(from, transition, (status, t) -> new TransitionRefusedException(
                "An apprenticeship in " + status.words().toLowerCase() + " cannot move to “"
                        + t.words().toLowerCase() + "”" + hint(status)));
    }

    /** The actions the table allows from a status, in table order. */
    public static List<Transition> actionsFrom(ApprenticeshipStatus from) {
        return TABLE.actionsFrom(from);
    }

    private static String hint(ApprenticeshipStatus from) {
        return from.isActive() ? "" : ": it has ended";
    }
}
