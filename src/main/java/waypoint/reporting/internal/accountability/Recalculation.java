package waypoint.reporting.internal.accountability;

import java.time.Instant;
import java.util.UUID;

import waypoint.shared.workflow.StateTable;

/**
 * One press of "Recalculate now" (docs/domain/accountability.md, "When the figures are calculated"): queued when
 * pressed, running once the background holds the calculation's lock, then done with the snapshot it kept, or failed
 * with words a person can read (never a stack trace; the server's log has the detail under the press's id). Every
 * move goes through {@link #TABLE}.
 */
public record Recalculation(UUID id, Instant requestedAt, UUID requestedBy, State state, Instant startedAt,
        Instant finishedAt, UUID snapshotId, String failure) {

    public enum State {
        QUEUED("Waiting to start"), RUNNING("Recalculating"), DONE("Done"), FAILED("Failed");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Action {
        START, FINISH, FAIL
    }

    static final StateTable<State, Action, StateTable.Row<State, Action>> TABLE = StateTable.of(
            StateTable.row(State.QUEUED, Action.START, State.RUNNING),
            StateTable.row(State.RUNNING, Action.FINISH, State.DONE),
            StateTable.row(State.QUEUED, Action.FAIL, State.FAILED),
            StateTable.row(State.RUNNING, Action.FAIL, State.FAILED));

    /** A press just made: queued for the background. */
    static Recalculation asked(UUID requestedBy, Instant at) {
        return new Recalculation(UUID.randomUUID(), at, requestedBy, State.QUEUED, null, null, null, null);
    }

    private State move(Action action) {
        return TABLE.require(state, action, (from, a) -> new IllegalStateException(
                "A recalculation that is " + from.words().toLowerCase() + " cannot " + a.name().toLowerCase()));
    }

    Recalculation started(Instant at) {
        return new Recalculation(id, requestedAt, requestedBy, move(Action.START), at, null, null, null);
    }

    Recalculation done(Instant at, UUID snapshot) {
        return new Recalculation(id, requestedAt, requestedBy, move(Action.FINISH), startedAt, at, snapshot, null);
    }

    Recalculation failed(Instant at, String words) {
        return new Recalculation(id, requestedAt, requestedBy, move(Action.FAIL), startedAt, at, null, words);
    }

    /** Queued or running: the figures shown are still the previous ones. */
    public boolean underway() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** When it started, or, while it waits to, when it was asked for. */
    public Instant since() {
        return startedAt != null ? startedAt : requestedAt;
    }
}
