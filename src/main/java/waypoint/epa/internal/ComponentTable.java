package waypoint.epa.internal;

import java.util.List;

import waypoint.shared.workflow.StateTable;

/**
 * The steps of one component of a reformed apprenticeship assessment (docs/domain/assessment-reform.md): a component
 * taken after the gateway to completion waits for the gateway; an open component's attempt passes or fails; a failed
 * component is taken again while the plan allows more attempts, and once none are left its fail is final. A passed
 * component is final. Anything not in the table is refused: an attempt at a component waiting for the gateway, an
 * attempt beyond those allowed, a second pass. The state is read from the attempts, the plan and the gateway
 * ({@link ComponentProgress}); {@link EpaRecord} asks this table before it records an attempt, whatever the route.
 * Drawn as docs/workflows/assessment-component.md by ComponentTableTest.
 */
public final class ComponentTable {

    public enum State {
        WAITING_FOR_GATEWAY("Waiting for the gateway to completion"),
        OPEN("Ready to be taken"),
        RESIT("Failed: another attempt is allowed"),
        PASSED("Passed"),
        FAILED("Failed, with no attempts left");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** A grade that counts towards the overall grade. */
        public boolean isFinal() {
            return this == PASSED || this == FAILED;
        }
    }

    public enum Action {
        PASS_GATEWAY("The gateway to completion is passed"),
        RECORD_PASS("Record an attempt that passed"),
        RECORD_FAIL("Record a failed attempt, with attempts left"),
        RECORD_LAST_FAIL("Record a failed attempt, the last one allowed");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final StateTable<State, Action, StateTable.Row<State, Action>> TABLE = StateTable.of(
            StateTable.row(State.WAITING_FOR_GATEWAY, Action.PASS_GATEWAY, State.OPEN),
            StateTable.row(State.OPEN, Action.RECORD_PASS, State.PASSED),
            StateTable.row(State.OPEN, Action.RECORD_FAIL, State.RESIT),
            StateTable.row(State.OPEN, Action.RECORD_LAST_FAIL, State.FAILED),
            StateTable.row(State.RESIT, Action.RECORD_PASS, State.PASSED),
            StateTable.row(State.RESIT, Action.RECORD_FAIL, State.RESIT),
            StateTable.row(State.RESIT, Action.RECORD_LAST_FAIL, State.FAILED));

    public static final List<StateTable.Row<State, Action>> STEPS = TABLE.moves();

    private ComponentTable() {
    }

    public static boolean allows(State from, Action action) {
        return TABLE.allows(from, action);
    }

    /** The state after the action, or a refusal naming the component and saying why not. */
    public static State require(String component, State from, Action action) {
        return TABLE.require(from, action, (state, a) -> new EpaRefusedException(component + " is “"
                + state.words().toLowerCase() + "”, so an attempt cannot be recorded" + hint(state)));
    }

    private static String hint(State state) {
        return switch (state) {
            case WAITING_FOR_GATEWAY -> ": it is taken after the gateway to completion, which is not passed yet";
            case PASSED -> ": it has its grade (an appeal to the assessment organisation may change it)";
            case FAILED -> ": the assessment plan allows no more attempts";
            default -> "";
        };
    }
}
