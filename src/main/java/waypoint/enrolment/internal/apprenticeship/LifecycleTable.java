package waypoint.enrolment.internal.apprenticeship;

import static waypoint.enrolment.ApprenticeshipStatus.BREAK_IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.COMPLETED;
import static waypoint.enrolment.ApprenticeshipStatus.END_POINT_ASSESSMENT;
import static waypoint.enrolment.ApprenticeshipStatus.GATEWAY;
import static waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING;
import static waypoint.enrolment.ApprenticeshipStatus.ONBOARDING;
import static waypoint.enrolment.ApprenticeshipStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import waypoint.enrolment.ApprenticeshipStatus;

/**
 * The apprenticeship lifecycle, one row per allowed move (issue 4; seed 000, “How will my apprenticeship
 * progress?”): Onboarding → In learning → Break in learning ⇄ In learning → Gateway → End-point assessment →
 * Completed; Withdrawn from any active status; a change of employer keeps the status. Anything not in the table is
 * refused. Drawn as docs/workflows/apprenticeship-lifecycle.md by LifecycleTableTest.
 */
public final class LifecycleTable {

    public record Step(ApprenticeshipStatus from, Transition transition, ApprenticeshipStatus to) {
    }

    public static final List<Step> STEPS = List.of(
            new Step(ONBOARDING, Transition.START, IN_LEARNING),
            new Step(IN_LEARNING, Transition.BREAK, BREAK_IN_LEARNING),
            new Step(BREAK_IN_LEARNING, Transition.RETURN, IN_LEARNING),
            new Step(IN_LEARNING, Transition.GATEWAY, GATEWAY),
            new Step(GATEWAY, Transition.END_POINT_ASSESSMENT, END_POINT_ASSESSMENT),
            new Step(END_POINT_ASSESSMENT, Transition.COMPLETE, COMPLETED),
            new Step(ONBOARDING, Transition.WITHDRAW, WITHDRAWN),
            new Step(IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
            new Step(BREAK_IN_LEARNING, Transition.WITHDRAW, WITHDRAWN),
            new Step(GATEWAY, Transition.WITHDRAW, WITHDRAWN),
            new Step(END_POINT_ASSESSMENT, Transition.WITHDRAW, WITHDRAWN),
            // a new employer may take the apprentice on before the start, while learning, or during a break
            new Step(ONBOARDING, Transition.CHANGE_EMPLOYER, ONBOARDING),
            new Step(IN_LEARNING, Transition.CHANGE_EMPLOYER, IN_LEARNING),
            new Step(BREAK_IN_LEARNING, Transition.CHANGE_EMPLOYER, BREAK_IN_LEARNING));

    /** The transitions people make on a recorded apprenticeship (not its recording). */
    public static final List<Transition> ACTIONS = Arrays.stream(Transition.values())
            .filter(t -> t != Transition.CREATE && t != Transition.MIGRATE).toList();

    private LifecycleTable() {
    }

    public static Optional<ApprenticeshipStatus> next(ApprenticeshipStatus from, Transition transition) {
        return STEPS.stream().filter(step -> step.from() == from && step.transition() == transition)
                .map(Step::to).findFirst();
    }

    public static boolean allows(ApprenticeshipStatus from, Transition transition) {
        return next(from, transition).isPresent();
    }

    /** The status after the move, or a refusal saying why not. */
    public static ApprenticeshipStatus require(ApprenticeshipStatus from, Transition transition) {
        return next(from, transition).orElseThrow(() -> new TransitionRefusedException(
                "An apprenticeship in " + from.words().toLowerCase() + " cannot move to “"
                        + transition.words().toLowerCase() + "”" + hint(from)));
    }

    /** The actions the table allows from a status, in table order. */
    public static List<Transition> actionsFrom(ApprenticeshipStatus from) {
        return STEPS.stream().filter(step -> step.from() == from).map(Step::transition).distinct().toList();
    }

    private static String hint(ApprenticeshipStatus from) {
        return from.isActive() ? "" : ": it has ended";
    }
}
