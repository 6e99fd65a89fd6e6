package waypoint.otj.internal;

import static waypoint.otj.internal.EntryAction.APPROVE;
import static waypoint.otj.internal.EntryAction.ASK_FOR_DETAIL;
import static waypoint.otj.internal.EntryAction.EDIT;
import static waypoint.otj.internal.EntryAction.EMPLOYER_CONFIRM;
import static waypoint.otj.internal.EntryAction.REJECT;
import static waypoint.otj.internal.EntryAction.RESUBMIT;
import static waypoint.otj.internal.EntryAction.UNAPPROVE_FOR_BREAK;
import static waypoint.otj.internal.EntryState.APPROVED;
import static waypoint.otj.internal.EntryState.MORE_DETAIL_REQUESTED;
import static waypoint.otj.internal.EntryState.REJECTED;
import static waypoint.otj.internal.EntryState.SUBMITTED;

import static waypoint.shared.workflow.StateTable.row;

import java.util.List;
import java.util.Optional;

import waypoint.shared.workflow.StateDiagram;
import waypoint.shared.workflow.StateTable;

/**
 * The states of an off-the-job entry as one table (docs/domain/off-the-job-hours.md, Approval): the tutor approves,
 * rejects with a reason or asks for more detail; the learner edits and resubmits; approved entries are locked (no
 * edit, no second review) but for a break in learning recorded over them with the tutor's confirmation, which sends
 * them back to waiting; the employer confirms hours that are waiting or approved. Drawn in
 * docs/workflows/otj-entry.md by a test.
 */
public final class EntryStateTable {

    public static final StateTable<EntryState, EntryAction, StateTable.Row<EntryState, EntryAction>> TABLE =
            StateTable.of(
                    row(SUBMITTED, EDIT, SUBMITTED),
                    row(SUBMITTED, APPROVE, APPROVED),
                    row(SUBMITTED, REJECT, REJECTED),
                    row(SUBMITTED, ASK_FOR_DETAIL, MORE_DETAIL_REQUESTED),
                    row(SUBMITTED, EMPLOYER_CONFIRM, SUBMITTED),
                    row(MORE_DETAIL_REQUESTED, EDIT, MORE_DETAIL_REQUESTED),
                    row(MORE_DETAIL_REQUESTED, RESUBMIT, SUBMITTED),
                    row(REJECTED, EDIT, REJECTED),
                    row(REJECTED, RESUBMIT, SUBMITTED),
                    row(APPROVED, EMPLOYER_CONFIRM, APPROVED),
                    row(APPROVED, UNAPPROVE_FOR_BREAK, SUBMITTED));

    /** The rows, in the order written. */
    public static final List<StateTable.Row<EntryState, EntryAction>> STEPS = TABLE.moves();

    private EntryStateTable() {
    }

    public static Optional<EntryState> next(EntryState from, EntryAction action) {
        return TABLE.next(from, action);
    }

    public static EntryState require(EntryState from, EntryAction action) {
        return TABLE.require(from, action, (state, a) -> new EntryRefusedException("You cannot " + a.words()
                + " an entry that is " + state.words().toLowerCase()
                + (state == APPROVED ? ": approved entries are locked" : "")));
    }

    /** The table as a Mermaid state diagram. */
    public static StateDiagram diagram() {
        return TABLE.diagram(s -> s.action().name().toLowerCase().replace('_', ' ')).start(SUBMITTED, "log");
    }
}
