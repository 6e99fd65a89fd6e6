package waypoint.epa.internal;

import static waypoint.epa.EpaStage.ASSESSMENT;
import static waypoint.epa.EpaStage.COMPLETED;
import static waypoint.epa.EpaStage.GATEWAY;
import static waypoint.epa.EpaStage.PASSED;
import static waypoint.epa.EpaStage.PREPARING;

import java.util.List;
import java.util.Optional;

import waypoint.epa.EpaStage;
import waypoint.shared.workflow.StateTable;

/**
 * The steps from the gateway to the certificate, one row per allowed move: checklist items are confirmed
 * while preparing; a gateway meeting that decides “ready” moves to the gateway (one that decides “not yet” stays);
 * booking a method moves to the assessment; each result stays there until the overall grade is a pass; a failed
 * method is booked and graded again (a resit or retake); an appeal is recorded against a result (raised as a feedback
 * case) and, once upheld, the EPAO's revised grade replaces the result's (an appeal may be decided after the
 * completion, so the revised grade may come then too; a revision that makes the overall grade a pass while in the
 * assessment moves on as a passing result does); a pass completes,
 * then the certificate and the progression conversation are recorded; a wrong completion is corrected by a named
 * person with a reason. An apprenticeship moved to the gateway or the assessment before its gateway was recorded here
 * (migrated, imported) may have its checklist confirmed or waived and its earlier meeting recorded, so what is
 * missing can be filled in rather than skipped. Anything not in the table is refused. Beyond the table,
 * {@link EpaRecord} refuses a booking, a result and a completion without a passed gateway (docs/domain/gateway-and-epa.md).
 * A standard version on a reformed plan (docs/domain/assessment-reform.md) takes the component steps at the end:
 * each component's own steps are {@link ComponentTable}.
 * Drawn as docs/workflows/gateway-and-epa.md by EpaTableTest.
 */
public final class EpaTable {

    public enum Action {
        CONFIRM_ITEM("Confirm a checklist item"),
        WAIVE_ITEM("Waive a checklist item, with the reason"),
        HOLD_MEETING_NOT_READY("Hold the gateway meeting: not ready yet"),
        HOLD_MEETING_READY("Hold the gateway meeting: ready"),
        SIGN_MEETING("Sign the gateway meeting record"),
        RECORD_EARLIER_MEETING("Record the gateway meeting held before the record was kept here"),
        BOOK("Book an assessment method"),
        RECORD_RESULT("Record a result"),
        RECORD_PASSING_RESULT("Record the result that makes the overall grade a pass"),
        APPEAL("Record an appeal"),
        REVISE_GRADE("Record the EPAO's revised grade after an upheld appeal"),
        COMPLETE("Complete the apprenticeship"),
        CORRECT_COMPLETION("Correct the completion, with the reason"),
        TRACK_CERTIFICATE("Record the certificate request or receipt"),
        RECORD_PROGRESSION("Record the progression conversation"),
        BOOK_ON_PROGRAMME_COMPONENT("Book an on-programme component with the assessment organisation"),
        RECORD_ON_PROGRAMME_COMPONENT("Record an attempt at an on-programme component"),
        RECORD_COMPONENT("Record an attempt at a component after the gateway to completion"),
        RECORD_PASSING_COMPONENT("Record the attempt that makes the overall grade a pass");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One row: from a stage, by an action, to a stage. */
    public record Step(EpaStage from, Action action, EpaStage to) implements StateTable.Move<EpaStage, Action> {
    }

    public static final StateTable<EpaStage, Action, Step> TABLE = StateTable.ofMoves(List.of(
            new Step(PREPARING, Action.CONFIRM_ITEM, PREPARING),
            new Step(GATEWAY, Action.CONFIRM_ITEM, GATEWAY),
            new Step(ASSESSMENT, Action.CONFIRM_ITEM, ASSESSMENT),
            new Step(PREPARING, Action.WAIVE_ITEM, PREPARING),
            new Step(GATEWAY, Action.WAIVE_ITEM, GATEWAY),
            new Step(ASSESSMENT, Action.WAIVE_ITEM, ASSESSMENT),
            new Step(PREPARING, Action.HOLD_MEETING_NOT_READY, PREPARING),
            new Step(PREPARING, Action.HOLD_MEETING_READY, GATEWAY),
            new Step(GATEWAY, Action.RECORD_EARLIER_MEETING, GATEWAY),
            new Step(ASSESSMENT, Action.RECORD_EARLIER_MEETING, ASSESSMENT),
            new Step(GATEWAY, Action.SIGN_MEETING, GATEWAY),
            new Step(ASSESSMENT, Action.SIGN_MEETING, ASSESSMENT),
            new Step(GATEWAY, Action.BOOK, ASSESSMENT),
            new Step(ASSESSMENT, Action.BOOK, ASSESSMENT),
            new Step(ASSESSMENT, Action.RECORD_RESULT, ASSESSMENT),
            new Step(ASSESSMENT, Action.RECORD_PASSING_RESULT, PASSED),
            new Step(ASSESSMENT, Action.APPEAL, ASSESSMENT),
            new Step(PASSED, Action.APPEAL, PASSED),
            new Step(ASSESSMENT, Action.REVISE_GRADE, ASSESSMENT),
            new Step(PASSED, Action.REVISE_GRADE, PASSED),
            new Step(COMPLETED, Action.REVISE_GRADE, COMPLETED),
            new Step(PASSED, Action.COMPLETE, COMPLETED),
            new Step(COMPLETED, Action.CORRECT_COMPLETION, COMPLETED),
            new Step(COMPLETED, Action.TRACK_CERTIFICATE, COMPLETED),
            new Step(COMPLETED, Action.RECORD_PROGRESSION, COMPLETED),
            new Step(PASSED, Action.RECORD_PROGRESSION, PASSED),
            // a reformed plan's apprenticeship assessment (docs/domain/assessment-reform.md): on-programme components
            // are booked and recorded before the gateway too; a provider-marked component after the gateway moves to
            // the assessment without a booking
            new Step(PREPARING, Action.BOOK_ON_PROGRAMME_COMPONENT, PREPARING),
            new Step(GATEWAY, Action.BOOK_ON_PROGRAMME_COMPONENT, GATEWAY),
            new Step(ASSESSMENT, Action.BOOK_ON_PROGRAMME_COMPONENT, ASSESSMENT),
            new Step(PREPARING, Action.RECORD_ON_PROGRAMME_COMPONENT, PREPARING),
            new Step(GATEWAY, Action.RECORD_ON_PROGRAMME_COMPONENT, GATEWAY),
            new Step(ASSESSMENT, Action.RECORD_ON_PROGRAMME_COMPONENT, ASSESSMENT),
            new Step(GATEWAY, Action.RECORD_COMPONENT, ASSESSMENT),
            new Step(ASSESSMENT, Action.RECORD_COMPONENT, ASSESSMENT),
            new Step(GATEWAY, Action.RECORD_PASSING_COMPONENT, PASSED),
            new Step(ASSESSMENT, Action.RECORD_PASSING_COMPONENT, PASSED)));

    /** The rows, in the order written. */
    public static final List<Step> STEPS = TABLE.moves();

    private EpaTable() {
    }

    public static Optional<EpaStage> next(EpaStage from, Action action) {
        return TABLE.next(from, action);
    }

    public static boolean allows(EpaStage from, Action action) {
        return TABLE.allows(from, action);
    }

    /** The stage after the action, or a refusal saying why not. */
    public static EpaStage require(EpaStage from, Action action) {
        return TABLE.require(from, action, (stage, a) -> new EpaRefusedException("An apprenticeship that is “"
                + stage.words().toLowerCase() + "” cannot “" + a.words().toLowerCase() + "”" + hint(stage, a)));
    }

    private static String hint(EpaStage from, Action action) {
        if ((action == Action.RECORD_RESULT || action == Action.RECORD_PASSING_RESULT) && from == PREPARING) {
            return ": a result comes after the gateway meeting";
        }
        if ((action == Action.RECORD_RESULT || action == Action.RECORD_PASSING_RESULT) && from == GATEWAY) {
            return ": book the assessment with the EPAO first";
        }
        if (action == Action.COMPLETE && from != COMPLETED) {
            return ": a completion needs an overall pass";
        }
        if (action == Action.BOOK && from == PREPARING) {
            return ": the gateway meeting must decide the apprentice is ready first";
        }
        return "";
    }
}
