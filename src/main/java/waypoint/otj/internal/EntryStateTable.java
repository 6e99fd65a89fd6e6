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

import java.util.List;
import java.util.Optional;

import waypoint.shared.workflow.StateDiagram;

/**
 * The states of an off-the-job entry as one table (docs/domain/off-the-job-hours.md, Approval): the tutor approves,
 * rejects with a reason or asks for more detail; the learner edits and resubmits; approved entries are locked (no
 * edit, no second review) but for a break in learning recorded over them with the tutor's confirmation, which sends
 * them back to waiting; the employer confirms hours that are waiting or approved. Drawn in
 * docs/workflows/otj-entry.md by a test.
 */
public final class EntryStateTable {

    public record Step(EntryState from, EntryAction action, EntryState to) {
    }

    public static final List<Step> STEPS = List.of(
            new Step(SUBMITTED, EDIT, SUBMITTED),
            new Step(SUBMITTED, APPROVE, APPROVED),
            new Step(SUBMITTED, REJECT, REJECTED),
            new Step(SUBMITTED, ASK_FOR_DETAIL, MORE_DETAIL_REQUESTED),
            new Step(SUBMITTED, EMPLOYER_CONFIRM, SUBMITTED),
            new Step(MORE_DETAIL_REQUESTED, EDIT, MORE_DETAIL_REQUESTED),
            new Step(MORE_DETAIL_REQUESTED, RESUBMIT, SUBMITTED),
            new Step(REJECTED, EDIT, REJECTED),
            new Step(REJECTED, RESUBMIT, SUBMITTED),
            new Step(APPROVED, EMPLOYER_CONFIRM, APPROVED),
            new Step(APPROVED, UNAPPROVE_FOR_BREAK, SUBMITTED));

    private EntryStateTable() {
    }

    public static Optional<EntryState> next(EntryState from, EntryAction action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).map(Step::to).findFirst();
    }

    public static EntryState require(EntryState from, EntryAction action) {
        return next(from, action).orElseThrow(() -> new EntryRefusedException("You cannot " + action.words()
                + " an entry that is " + from.words().toLowerCase()
                + (from == APPROVED ? ": approved entries are locked" : "")));
    }

    /** The table as a Mermaid state diagram. */
    public static StateDiagram diagram() {
        return StateDiagram.of(STEPS, s -> StateDiagram.Step.of(s.from(),
                s.action().name().toLowerCase().replace('_', ' '), s.to())).start(SUBMITTED, "log");
    }
}
