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

import java.util.List;
import java.util.Optional;

import waypoint.shared.workflow.StateDiagram;

/**
 * The states of an item of evidence as one table (issue 6, Evidence 2): the tutor accepts its claims or refers it
 * back with feedback; the learner changes and resubmits it (each submission a new version); signing off a KSB locks
 * the accepted evidence behind it; a file that fails or is caught by the virus scan is quarantined until a clean one
 * is resubmitted — never silently accepted. Only accepted or signed-off evidence goes into the showcase. Drawn in
 * docs/workflows/evidence.md by a test.
 */
public final class EvidenceStateTable {

    public record Step(EvidenceState from, EvidenceAction action, EvidenceState to) {
    }

    public static final List<Step> STEPS = List.of(
            new Step(SUBMITTED, EDIT, SUBMITTED),
            new Step(SUBMITTED, ACCEPT, ACCEPTED),
            new Step(SUBMITTED, REFER_BACK, REFERRED_BACK),
            new Step(SUBMITTED, QUARANTINE, QUARANTINED),
            new Step(REFERRED_BACK, EDIT, REFERRED_BACK),
            new Step(REFERRED_BACK, RESUBMIT, SUBMITTED),
            new Step(QUARANTINED, RESUBMIT, SUBMITTED),
            new Step(ACCEPTED, REFER_BACK, REFERRED_BACK),
            new Step(ACCEPTED, SIGN_OFF, SIGNED_OFF),
            new Step(ACCEPTED, SHOWCASE, ACCEPTED),
            new Step(SIGNED_OFF, SIGN_OFF, SIGNED_OFF),
            new Step(SIGNED_OFF, SHOWCASE, SIGNED_OFF));

    private EvidenceStateTable() {
    }

    public static Optional<EvidenceState> next(EvidenceState from, EvidenceAction action) {
        return STEPS.stream().filter(s -> s.from() == from && s.action() == action).map(Step::to).findFirst();
    }

    public static EvidenceState require(EvidenceState from, EvidenceAction action) {
        return next(from, action).orElseThrow(() -> new EvidenceRefusedException("You cannot " + action.words()
                + " evidence that is " + from.words().toLowerCase()
                + (from == SIGNED_OFF ? ": signed-off evidence is locked" : "")
                + (from == QUARANTINED ? ": the file failed the virus scan, so resubmit a clean one" : "")));
    }

    public static boolean allows(EvidenceState from, EvidenceAction action) {
        return next(from, action).isPresent();
    }

    /** The table as a Mermaid state diagram. */
    public static StateDiagram diagram() {
        return StateDiagram.of(STEPS, s -> StateDiagram.Step.of(s.from(),
                s.action().name().toLowerCase().replace('_', ' '), s.to())).start(SUBMITTED, "add");
    }
}
