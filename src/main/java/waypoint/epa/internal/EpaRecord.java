package waypoint.epa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaTable.Action;

/**
 * One apprenticeship's gateway and end-point assessment: the aggregate that owns the EPA stage. Its intention-named
 * methods are the only way to change the stage, whatever the route (page, API, import, demo data): each asks
 * {@link EpaTable} first, and a booking, a result and a completion need a passed gateway as well (every checklist
 * item met or waived, a meeting that decided “ready”, signed by the mentor, the employer and the apprentice; see
 * docs/domain/gateway-and-epa.md). Each answers the record as it is after the step; the store saves it.
 */
public record EpaRecord(UUID apprenticeshipId, EpaStage stage, LocalDate meetingHeldOn, String meetingMentor,
        String meetingEmployer, String meetingApprentice, String meetingDecision, String meetingNotes,
        String meetingText, String overallGrade, LocalDate actualEndDate, LocalDate achievementDate,
        LocalDate certificateRequestedOn, LocalDate certificateReceivedOn, String progressionKind,
        String progressionNotes, LocalDate progressionHeldOn, int version) {

    public static final String READY = "READY";
    public static final String NOT_READY = "NOT_READY";

    /** The parties who sign the gateway meeting record. */
    public static final List<Party> SIGNING_PARTIES = List.of(Party.MENTOR, Party.EMPLOYER, Party.APPRENTICE);

    /** Whether the gateway is passed, and if not, what is missing, in words a person can act on. */
    public record Gateway(List<String> missing) {

        public Gateway {
            missing = List.copyOf(missing);
        }

        public boolean passed() {
            return missing.isEmpty();
        }

        /**
         * The gateway of a record: every checklist item met or waived, a meeting that decided “ready”, and its
         * record signed by each party.
         */
        public static Gateway of(EpaRecord record, List<GatewayChecklist.Item> checklist,
                Collection<String> signedParties) {
            List<String> missing = new ArrayList<>();
            GatewayChecklist.missing(checklist).forEach(item -> missing.add(item.description()));
            if (!READY.equals(record.meetingDecision())) {
                missing.add("A gateway meeting that decided the apprentice is ready");
            } else {
                for (Party party : SIGNING_PARTIES) {
                    if (!signedParties.contains(party.name())) {
                        missing.add("The " + party.words().toLowerCase() + "'s signature on the gateway meeting record");
                    }
                }
            }
            return new Gateway(missing);
        }
    }

    static EpaRecord preparing(UUID apprenticeshipId) {
        return new EpaRecord(apprenticeshipId, EpaStage.PREPARING, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, -1);
    }

    /**
     * No record yet for an apprenticeship whose lifecycle moved on before this module knew it (migrated, imported):
     * it starts at the stage its status implies, and its gateway shows what is missing.
     */
    static EpaRecord asTheLifecycleImplies(UUID apprenticeshipId, EpaStage stage) {
        EpaRecord r = preparing(apprenticeshipId);
        return new EpaRecord(apprenticeshipId, stage, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, r.version());
    }

    public boolean stored() {
        return version >= 0;
    }

    public boolean meetingDecidedReady() {
        return READY.equals(meetingDecision);
    }

    /** The table allows the step from the current stage (a step that does not change the record). */
    void check(Action action) {
        EpaTable.require(stage, action);
    }

    /** The gateway meeting: “ready” needs every checklist item met or waived, and moves to the gateway. */
    EpaRecord holdMeeting(boolean ready, LocalDate heldOn, String mentor, String employer, String apprentice,
            String notes, String text, List<GatewayChecklist.Item> checklist) {
        EpaStage next = EpaTable.require(stage, ready ? Action.HOLD_MEETING_READY : Action.HOLD_MEETING_NOT_READY);
        if (ready && !GatewayChecklist.allMet(checklist)) {
            throw new EpaRefusedException("The gateway checklist is not complete: " + String.join("; ",
                    GatewayChecklist.missing(checklist).stream().map(GatewayChecklist.Item::description).toList()));
        }
        return meeting(next, heldOn, mentor, employer, apprentice, ready ? READY : NOT_READY, notes, text);
    }

    /**
     * The “ready” meeting of an apprenticeship that reached the gateway or the assessment before it was recorded
     * here; the stage stays, and the gateway still needs its checklist and signatures.
     */
    EpaRecord recordEarlierMeeting(LocalDate heldOn, String mentor, String employer, String apprentice,
            String notes, String text) {
        EpaStage next = EpaTable.require(stage, Action.RECORD_EARLIER_MEETING);
        if (meetingDecidedReady()) {
            throw new EpaRefusedException("The gateway meeting of " + meetingHeldOn + " is recorded already");
        }
        return meeting(next, heldOn, mentor, employer, apprentice, READY, notes, text);
    }

    /** A sitting of a method booked with the EPAO: the first moves the apprenticeship into the assessment. */
    EpaRecord book(Gateway gateway) {
        EpaStage next = EpaTable.require(stage, Action.BOOK);
        requirePassed(gateway, "booking an assessment");
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, version);
    }

    /** A method's result, with the overall grade it makes (none yet): a pass moves to passed. */
    EpaRecord recordResult(String overall, Gateway gateway) {
        EpaStage next = EpaTable.require(stage, OverallGrade.isPass(overall) ? Action.RECORD_PASSING_RESULT
                : Action.RECORD_RESULT);
        requirePassed(gateway, "recording a result");
        return graded(next, overall);
    }

    /** The EPAO's revised grade after an upheld appeal; a pass in the assessment moves to passed. */
    EpaRecord reviseGrade(String overall) {
        EpaTable.require(stage, Action.REVISE_GRADE);
        if (OverallGrade.isPass(overall) && stage == EpaStage.ASSESSMENT) {
            return graded(EpaTable.require(stage, Action.RECORD_PASSING_RESULT), overall);
        }
        if (!OverallGrade.isPass(overall) && stage != EpaStage.ASSESSMENT) {
            throw new EpaRefusedException("The revised grade would take away the overall pass; ask the EPAO to"
                    + " confirm it before recording it");
        }
        return graded(stage, overall);
    }

    /**
     * The completion: needs a passed gateway and an overall pass; the achievement date is on or after the actual end
     * date and the last graded method ({@code lastGraded}).
     */
    EpaRecord complete(LocalDate actualEnd, LocalDate achieved, LocalDate lastGraded, Gateway gateway) {
        EpaStage next = EpaTable.require(stage, Action.COMPLETE);
        requirePassed(gateway, "completing");
        requireDates(actualEnd, achieved, lastGraded);
        return completion(next, actualEnd, achieved);
    }

    /** A wrong completion corrected (the caller names the person and the reason in the audit trail). */
    EpaRecord correctCompletion(LocalDate actualEnd, LocalDate achieved, LocalDate lastGraded) {
        EpaStage next = EpaTable.require(stage, Action.CORRECT_COMPLETION);
        requireDates(actualEnd, achieved, lastGraded);
        return completion(next, actualEnd, achieved);
    }

    EpaRecord trackCertificate(LocalDate requested, LocalDate received) {
        EpaStage next = EpaTable.require(stage, Action.TRACK_CERTIFICATE);
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, requested, received, progressionKind, progressionNotes, progressionHeldOn, version);
    }

    EpaRecord recordProgression(String kind, String notes, LocalDate heldOn) {
        EpaStage next = EpaTable.require(stage, Action.RECORD_PROGRESSION);
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, kind, notes, heldOn, version);
    }

    /** The record as the store read it back after an insert (its version). */
    EpaRecord storedAs(int storedVersion) {
        return new EpaRecord(apprenticeshipId, stage, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, storedVersion);
    }

    private static void requirePassed(Gateway gateway, String what) {
        if (!gateway.passed()) {
            throw new EpaRefusedException("The gateway is not passed, so " + what + " must wait. Still needed: "
                    + String.join("; ", gateway.missing()));
        }
    }

    private static void requireDates(LocalDate actualEnd, LocalDate achieved, LocalDate lastGraded) {
        if (achieved.isBefore(actualEnd)) {
            throw new EpaRefusedException("The achievement date must be on or after the actual end date");
        }
        if (lastGraded != null && achieved.isBefore(lastGraded)) {
            throw new EpaRefusedException("The achievement date must be on or after the last graded method, assessed"
                    + " on " + Dates.day(lastGraded));
        }
    }

    private EpaRecord meeting(EpaStage next, LocalDate heldOn, String mentor, String employer, String apprentice,
            String decision, String notes, String text) {
        return new EpaRecord(apprenticeshipId, next, heldOn, mentor, employer, apprentice, decision, notes, text,
                overallGrade, actualEndDate, achievementDate, certificateRequestedOn, certificateReceivedOn,
                progressionKind, progressionNotes, progressionHeldOn, version);
    }

    private EpaRecord graded(EpaStage next, String grade) {
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, grade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, version);
    }

    private EpaRecord completion(EpaStage next, LocalDate actualEnd, LocalDate achieved) {
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEnd, achieved,
                certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes, progressionHeldOn,
                version);
    }
}
