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
 * Completed (an apprenticeship unit: In learning → Completed by its provider test); Withdrawn from any active status;
 * a change of employer keeps the status, and so does naming or changing the line manager at the same employer, at any
 * stage before the end. Anything not in the table is refused. Drawn as docs/workflows/apprenticeship-lifecycle.md by LifecycleTableTest.
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
                    // an apprenticeship unit only: its provider test, validated by the employer, ends it
                    // (docs/domain/programme-types.md); the aggregate refuses it for every other programme
                    row(IN_LEARNING, Transition.COMPLETE, COMPLETED),
                    row(ONBOARDING, Transition.WITHDRAW, WITHDRAWN),
                    row(IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
                    row(BREAK_IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
                    row(GATEWAY, Transition.WITHDRAW, WITHDRAWN),
                    row(END_POINT_ASSESSMENT, Transition.WITHDRAW, WITHDRAWN),
                    // a new employer may take the apprentice on before the start, while learning, or during a break
                    row(ONBOARDING, Transition.CHANGE_EMPLOYER, ONBOARDING),
                    row(IN_LEARNING, Transition.CHANGE_EMPLOYER, IN_LEARNING),
                    row(BREAK_IN_LEARNING, Transition.CHANGE_EMPLOYER, BREAK_IN_LEARNING),
                    // the employer names a line manager (one brought in from another system's ILR file has none) or
                    // a new one, who signs for the employer from then on, at any stage before the end
                    row(ONBOARDING, Transition.CHANGE_LINE_MANAGER, ONBOARDING),
                    row(IN_LEARNING, Transition.CHANGE_LINE_MANAGER, IN_LEARNING),
                    row(BREAK_IN_LEARNING, Transition.CHANGE_LINE_MANAGER, BREAK_IN_LEARNING),
                    row(GATEWAY, Transition.CHANGE_LINE_MANAGER, GATEWAY),
                    row(END_POINT_ASSESSMENT, Transition.CHANGE_LINE_MANAGER, END_POINT_ASSESSMENT));

    /** The rows of the table, in the order written. */
    public static final List<StateTable.Row<ApprenticeshipStatus, Transition>> STEPS = TABLE.moves();

    /**
     * The moves that follow the gateway and end-point assessment record, never made by hand on the apprenticeship:
     * it reaches the gateway when the gateway meeting decides it is ready and all three sign, end-point assessment when
     * a method is booked, and completion when the overall grade is a pass (docs/domain/gateway-and-epa.md).
     */
    public static final java.util.Set<Transition> FOLLOW_THE_EPA_RECORD = java.util.EnumSet.of(Transition.GATEWAY,
            Transition.END_POINT_ASSESSMENT, Transition.COMPLETE);

    /** Why a person cannot make one of those moves by hand, naming where it is made. */
    public static TransitionRefusedException madeByTheEpaRecord(Transition transition) {
        return new TransitionRefusedException(switch (transition) {
            case GATEWAY -> "An apprenticeship reaches the gateway when its gateway meeting decides it is ready and the"
                    + " record is signed by mentor, employer and apprentice: hold the meeting on its gateway page";
            case END_POINT_ASSESSMENT -> "An apprenticeship moves to end-point assessment when a method is booked"
                    + " after a passed gateway: book it on its gateway page";
            default -> "An apprenticeship is completed when the end-point assessment gives an overall pass: record the"
                    + " results and the completion on its gateway page";
        });
    }

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
