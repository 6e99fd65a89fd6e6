package waypoint.reporting.internal.evidence;

import java.time.Instant;
import java.util.UUID;

import waypoint.shared.workflow.StateTable;

/**
 * A funding audit sample being exported in the background: queued, running (with how many packs are written), then
 * ready with its file or failed with the reason. Every move goes through {@link #TABLE}.
 */
public record EvidenceSample(UUID id, UUID requestedBy, String requestedByName, Instant requestedAt,
        SampleChoice.Method chosenBy, long seed, int sizeAsked, Integer fundingYear, String standard, State state,
        int packed, int chosen, String fileId, Long fileSize, String failure, Instant finishedAt, int version) {

    public enum State {
        QUEUED("Waiting to start"), RUNNING("Being made"), READY("Ready"), FAILED("Failed");

        private final String words;

        State(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Action {
        START, PACK, FINISH, FAIL
    }

    static final StateTable<State, Action, StateTable.Row<State, Action>> TABLE = StateTable.of(
            StateTable.row(State.QUEUED, Action.START, State.RUNNING),
            StateTable.row(State.RUNNING, Action.PACK, State.RUNNING),
            StateTable.row(State.RUNNING, Action.FINISH, State.READY),
            StateTable.row(State.QUEUED, Action.FAIL, State.FAILED),
            StateTable.row(State.RUNNING, Action.FAIL, State.FAILED));

    private State move(Action action) {
        return TABLE.require(state, action, (from, a) -> new IllegalStateException(
                "A sample that is " + from.words().toLowerCase() + " cannot " + a.name().toLowerCase()));
    }

    EvidenceSample started() {
        return new EvidenceSample(id, requestedBy, requestedByName, requestedAt, chosenBy, seed, sizeAsked,
                fundingYear, standard, move(Action.START), 0, chosen, null, null, null, null, version);
    }

    EvidenceSample packedOne() {
        return new EvidenceSample(id, requestedBy, requestedByName, requestedAt, chosenBy, seed, sizeAsked,
                fundingYear, standard, move(Action.PACK), packed + 1, chosen, null, null, null, null, version);
    }

    EvidenceSample ready(String keptFileId, long size, Instant at) {
        return new EvidenceSample(id, requestedBy, requestedByName, requestedAt, chosenBy, seed, sizeAsked,
                fundingYear, standard, move(Action.FINISH), packed, chosen, keptFileId, size, null, at, version);
    }

    EvidenceSample failed(String reason, Instant at) {
        return new EvidenceSample(id, requestedBy, requestedByName, requestedAt, chosenBy, seed, sizeAsked,
                fundingYear, standard, move(Action.FAIL), packed, chosen, null, null, reason, at, version);
    }

    public boolean isReady() {
        return state == State.READY;
    }

    public boolean isUnderway() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    public int percent() {
        return chosen == 0 ? 100 : (int) Math.floor(100.0 * packed / chosen);
    }
}
