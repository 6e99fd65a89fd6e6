package waypoint.portfolio.internal;

import static waypoint.portfolio.internal.EvidenceAction.ACCEPT;
import static waypoint.portfolio.internal.EvidenceAction.EDIT;
import static waypoint.portfolio.internal.EvidenceAction.QUARANTINE;
import static waypoint.portfolio.internal.EvidenceAction.REFER_BACK;
import static waypoint.portfolio.internal.EvidenceAction.RESUBMIT;
import static waypoint.portfolio.internal.EvidenceAction.SHOWCASE;
import static waypoint.portfolio.internal.EvidenceAction.SIGN_OFF;
import static waypoint.portfolio.internal.EvidenceState.ACCEPTED;
import static waypoint.portfolio.internal.EvidenceState.QUARANTINED;
import static waypoint.portfolio.internal.EvidenceState.REFERRED_BACK;
import static waypoint.portfolio.internal.EvidenceState.SIGNED_OFF;
import static waypoint.portfolio.internal.EvidenceState.SUBMITTED;

import static waypoint.shared.workflow.StateTable.row;

import java.util.List;
import java.util.Optional;

import waypoint.shared.workflow.StateDiagram;
import waypoint.shared.workflow.StateTable;

/**
 * The states of an item of evidence as one table (docs/domain/portfolio.md): the tutor accepts its claims or refers
 * it back with feedback; the learner changes and resubmits it (each submission a new version); the item is signed off
 * (locked whole) once every KSB it claims is signed off; a file that fails or is caught by the virus scan is
 * quarantined until a clean one is resubmitted — never silently accepted. Only accepted or signed-off evidence goes
 * into the showcase. Drawn in docs/workflows/evidence.md by EvidenceStateTableTest.
 */
public final class EvidenceStateTable {

    public static final StateTable<EvidenceState, EvidenceAction, StateTable.Row<EvidenceState, EvidenceAction>> TABLE =
            StateTable.of(
            row(SUBMITTED, EDIT, SUBMITTED),
            row(SUBMITTED, ACCEPT, ACCEPTED),
            row(SUBMITTED, REFER_BACK, REFERRED_BACK),
            row(SUBMITTED, QUARANTINE, QUARANTINED),
            row(REFERRED_BACK, EDIT, REFERRED_BACK),
            row(REFERRED_BACK, RESUBMIT, SUBMITTED),
            row(QUARANTINED, RESUBMIT, SUBMITTED),
            row(ACCEPTED, REFER_BACK, REFERRED_BACK),
            row(ACCEPTED, SIGN_OFF, SIGNED_OFF),
            row(ACCEPTED, SHOWCASE, ACCEPTED),
            row(SIGNED_OFF, SIGN_OFF, SIGNED_OFF),
            row(SIGNED_OFF, SHOWCASE, SIGNED_OFF));

    /** The rows of the table, in the order written. */
    public static final List<StateTable.Row<EvidenceState, EvidenceAction>> STEPS = TABLE.moves();

    private EvidenceStateTable() {
    }

    public static Optional<EvidenceState> next(EvidenceState from, EvidenceAction action) {
        return TABLE.next(from, action);
    }

    public static EvidenceState require(EvidenceState from, EvidenceAction action) {
        return TABLE.require(from, action, (state, a) -> new EvidenceRefusedException("You cannot " + action.words()
                + " evidence that is " + from.words().toLowerCase()
                + (from == SIGNED_OFF ? ": signed-off evidence is locked" : "")
                + (from == QUARANTINED ? ": the file failed the virus scan, so resubmit a clean one" : "")));
    }

    public static boolean allows(EvidenceState from, EvidenceAction action) {
        return TABLE.allows(from, action);
    }

    /** The table as a Mermaid state diagram. */
    public static StateDiagram diagram() {
        return TABLE.diagram(s -> s.action().name().toLowerCase().replace('_', ' ')).start(SUBMITTED, "add");
    }
}
