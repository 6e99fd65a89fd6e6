package waypoint.feedback.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import waypoint.feedback.FeedbackStatus;
import waypoint.identity.Role;
import waypoint.shared.workflow.StateDiagram;
import waypoint.shared.workflow.StateTable;

/**
 * The complaint stages as one table: from which state each action is allowed, and where it leads. The stages and
 * timings are your complaints policy's (“Complaints Process”, stages 1 to 4; docs/domain/complaints-policy.md);
 * the acknowledgement of a formal complaint and the extension “in exceptional circumstances” with the complainant
 * told are the learner handbook's (“Formal Procedures”).
 * <p>
 * An informal complaint starts at stage 1 (resolved locally by the teaching mentor); a formal complaint, one the
 * complainant asks to register, starts at stage 2 (the complaint in writing to the operations manager): the learner
 * handbook's “Formal Procedures, Stage 1” is the complaints policy's stage 2 under another number. Anything not in
 * the table is refused. Drawn as docs/workflows/complaint-stages.md by ComplaintStagesTest.
 */
public final class ComplaintStages {

    private ComplaintStages() {
    }

    public enum State {
        STAGE_1_RECEIVED(1, FeedbackStatus.RECEIVED),
        STAGE_1_ACKNOWLEDGED(1, FeedbackStatus.ACKNOWLEDGED),
        STAGE_1_RESPONDED(1, FeedbackStatus.RESPONDED),
        STAGE_2_RECEIVED(2, FeedbackStatus.RECEIVED),
        STAGE_2_ACKNOWLEDGED(2, FeedbackStatus.ACKNOWLEDGED),
        STAGE_2_RESPONDED(2, FeedbackStatus.RESPONDED),
        STAGE_3_RECEIVED(3, FeedbackStatus.RECEIVED),
        STAGE_3_ACKNOWLEDGED(3, FeedbackStatus.ACKNOWLEDGED),
        STAGE_3_RESPONDED(3, FeedbackStatus.RESPONDED),
        STAGE_4_REFERRED(4, FeedbackStatus.REFERRED),
        CLOSED(0, FeedbackStatus.CLOSED);

        private final int stage;
        private final FeedbackStatus status;

        State(int stage, FeedbackStatus status) {
            this.stage = stage;
            this.status = status;
        }

        public int stage() {
            return stage;
        }

        public FeedbackStatus status() {
            return status;
        }

        /** The state of a complaint at this stage with this status (a closed complaint is CLOSED at any stage). */
        public static State of(int stage, FeedbackStatus status) {
            if (status == FeedbackStatus.CLOSED) {
                return CLOSED;
            }
            return Arrays.stream(values()).filter(s -> s.stage == stage && s.status == status).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No complaint state at stage " + stage + " " + status));
        }

        String label() {
            return this == CLOSED ? "Closed" : "Stage " + stage + ": " + status.label().toLowerCase();
        }
    }

    public enum Action {
        ACKNOWLEDGE("Acknowledge"),
        RESPOND("Send the written response"),
        EXTEND_DEADLINE("Extend the deadline"),
        ESCALATE_TO_STAGE_2("Register as a formal complaint (stage 2)"),
        ESCALATE_TO_STAGE_3("Escalate to senior management (stage 3)"),
        REFER_TO_FUNDING_BODY("Give the funding body’s details (stage 4)"),
        CLOSE("Close"),
        CLOSE_AFTER_NO_REPLY("Close: nothing heard within a month");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The action as a path segment of its API and form URL, e.g. {@code escalate-to-stage-3}. */
        public String slug() {
            return name().toLowerCase().replace('_', '-');
        }

        public static Optional<Action> ofSlug(String slug) {
            return Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
        }
    }

    /** A condition on the date, besides the state. */
    public enum Guard {
        NONE(""),
        WITHIN_ESCALATION_WINDOW("within one calendar month of the stage 2 response"),
        AFTER_ESCALATION_WINDOW("more than one calendar month after the stage 2 response");

        private final String words;

        Guard(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One row of the table: the move, the date condition beyond it, and the part of the policy it comes from. */
    public record Step(State from, Action action, State to, Guard guard, String source)
            implements StateTable.Move<State, Action> {
    }

    // The sources are shown to people (the workflow page, a refusal): in the words of the provider's own documents.
    private static final String S1 = "your complaints policy, stage 1";
    private static final String S2 = "your complaints policy, stage 2";
    private static final String S3 = "your complaints policy, stage 3";
    private static final String S4 = "your complaints policy, stage 4";
    private static final String EXT = "the learner handbook, formal procedures: more time in exceptional circumstances";
    private static final String CL = "your complaints policy, the procedure: a satisfactory resolution";

    public static final StateTable<State, Action, Step> TABLE = StateTable.ofMoves(List.of(
            step(State.STAGE_1_RECEIVED, Action.ACKNOWLEDGE, State.STAGE_1_ACKNOWLEDGED, S1),
            step(State.STAGE_1_RECEIVED, Action.RESPOND, State.STAGE_1_RESPONDED, S1),
            step(State.STAGE_1_ACKNOWLEDGED, Action.RESPOND, State.STAGE_1_RESPONDED, S1),
            step(State.STAGE_1_RECEIVED, Action.EXTEND_DEADLINE, State.STAGE_1_RECEIVED, EXT),
            step(State.STAGE_1_ACKNOWLEDGED, Action.EXTEND_DEADLINE, State.STAGE_1_ACKNOWLEDGED, EXT),
            step(State.STAGE_1_RECEIVED, Action.ESCALATE_TO_STAGE_2, State.STAGE_2_RECEIVED, S2),
            step(State.STAGE_1_ACKNOWLEDGED, Action.ESCALATE_TO_STAGE_2, State.STAGE_2_RECEIVED, S2),
            step(State.STAGE_1_RESPONDED, Action.ESCALATE_TO_STAGE_2, State.STAGE_2_RECEIVED, S2),
            step(State.STAGE_1_RECEIVED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_1_ACKNOWLEDGED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_1_RESPONDED, Action.CLOSE, State.CLOSED, CL),

            step(State.STAGE_2_RECEIVED, Action.ACKNOWLEDGE, State.STAGE_2_ACKNOWLEDGED, S2),
            step(State.STAGE_2_RECEIVED, Action.RESPOND, State.STAGE_2_RESPONDED, S2),
            step(State.STAGE_2_ACKNOWLEDGED, Action.RESPOND, State.STAGE_2_RESPONDED, S2),
            step(State.STAGE_2_RECEIVED, Action.EXTEND_DEADLINE, State.STAGE_2_RECEIVED, EXT),
            step(State.STAGE_2_ACKNOWLEDGED, Action.EXTEND_DEADLINE, State.STAGE_2_ACKNOWLEDGED, EXT),
            new Step(State.STAGE_2_RESPONDED, Action.ESCALATE_TO_STAGE_3, State.STAGE_3_RECEIVED,
                    Guard.WITHIN_ESCALATION_WINDOW, S3),
            new Step(State.STAGE_2_RESPONDED, Action.CLOSE_AFTER_NO_REPLY, State.CLOSED,
                    Guard.AFTER_ESCALATION_WINDOW, S2),
            step(State.STAGE_2_RECEIVED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_2_ACKNOWLEDGED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_2_RESPONDED, Action.CLOSE, State.CLOSED, CL),

            step(State.STAGE_3_RECEIVED, Action.ACKNOWLEDGE, State.STAGE_3_ACKNOWLEDGED, S3),
            step(State.STAGE_3_RECEIVED, Action.RESPOND, State.STAGE_3_RESPONDED, S3),
            step(State.STAGE_3_ACKNOWLEDGED, Action.RESPOND, State.STAGE_3_RESPONDED, S3),
            step(State.STAGE_3_RECEIVED, Action.EXTEND_DEADLINE, State.STAGE_3_RECEIVED, EXT),
            step(State.STAGE_3_ACKNOWLEDGED, Action.EXTEND_DEADLINE, State.STAGE_3_ACKNOWLEDGED, EXT),
            step(State.STAGE_3_RESPONDED, Action.REFER_TO_FUNDING_BODY, State.STAGE_4_REFERRED, S4),
            step(State.STAGE_3_RECEIVED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_3_ACKNOWLEDGED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_3_RESPONDED, Action.CLOSE, State.CLOSED, CL),
            step(State.STAGE_4_REFERRED, Action.CLOSE, State.CLOSED, S4)));

    /** The rows of the table, in the order written. */
    public static final List<Step> STEPS = TABLE.moves();

    private static Step step(State from, Action action, State to, String source) {
        return new Step(from, action, to, Guard.NONE, source);
    }

    /** The step for this action from this state, if the table allows it at all (its guard still to be checked). */
    public static Optional<Step> find(State from, Action action) {
        return TABLE.find(from, action);
    }

    /** The actions the table allows from a state, in table order. */
    public static List<Action> actionsFrom(State from) {
        return TABLE.actionsFrom(from);
    }

    /**
     * The jobs your complaints policy gives each stage to, in the order a handler is looked for
     * (docs/domain/complaints-policy.md, “Who handles each stage”): stage 1 the teaching mentor, or the Operations
     * Manager when the complainant prefers (or has no teaching mentor); stage 2 the Operations Manager; stage 3 the
     * Senior Management Team, the Managing Director or the Quality Director, who also close a complaint referred to
     * the funding body at stage 4.
     */
    public static List<Role> handlersOf(int stage, boolean prefersOperationsManager) {
        return switch (stage) {
            case 1 -> prefersOperationsManager ? List.of(Role.HEAD_OF_DELIVERY)
                    : List.of(Role.TUTOR, Role.HEAD_OF_DELIVERY);
            case 2 -> List.of(Role.HEAD_OF_DELIVERY);
            default -> List.of(Role.DIRECTOR, Role.QUALITY);
        };
    }

    /** {@link #handlersOf} in the policy's words. */
    public static String handlerWords(int stage, boolean prefersOperationsManager) {
        return switch (stage) {
            case 1 -> prefersOperationsManager ? "the Operations Manager (the complainant asked for them)"
                    : "the teaching mentor, or the Operations Manager";
            case 2 -> "the Operations Manager";
            default -> "the Managing Director or the Quality Director";
        };
    }

    /** The table as a Mermaid state diagram, for docs/workflows/complaint-stages.md. */
    public static StateDiagram diagram() {
        StateDiagram diagram = TABLE.diagram(s -> s.action().label()
                        + (s.guard() == Guard.NONE ? "" : " [" + s.guard().words() + "]"))
                .start(State.STAGE_1_RECEIVED, "informal complaint")
                .start(State.STAGE_2_RECEIVED, "formal complaint")
                .end(State.CLOSED);
        Arrays.stream(State.values()).forEach(s -> diagram.describe(s, s.label()));
        return diagram;
    }
}
