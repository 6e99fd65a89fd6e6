package waypoint.epa.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaTable.Action;
import waypoint.rules.ProgrammeType;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;

/**
 * One apprenticeship's gateway and end-point assessment: the aggregate that owns the EPA stage. Its intention-named
 * methods are the only way to change the stage, whatever the route (page, API, import, demo data): each asks
 * {@link EpaTable} first, and a booking, a result and a completion need a passed gateway as well (every checklist
 * item met or waived, a meeting that decided “ready”, signed by the mentor, the employer and the apprentice; see
 * docs/domain/gateway-and-epa.md). Each answers the {@link Change}: the record as it is after the step, with the audit
 * events the step causes; only {@link EpaRepository#save} writes a step and publishes its events, so no route forgets
 * them.
 */
public record EpaRecord(UUID apprenticeshipId, EpaStage stage, LocalDate meetingHeldOn, String meetingMentor,
        String meetingEmployer, String meetingApprentice, String meetingDecision, String meetingNotes,
        String meetingText, String overallGrade, LocalDate actualEndDate, LocalDate achievementDate,
        LocalDate certificateRequestedOn, LocalDate certificateReceivedOn, String progressionKind,
        String progressionNotes, LocalDate progressionHeldOn, int version, ProgrammeType programme) {

    public static final String READY = "READY";
    public static final String NOT_READY = "NOT_READY";
    private static final String MEETING = "gateway meeting";
    private static final String COMPLETION = "EPA completion";

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

    public EpaRecord {
        programme = programme == null ? ProgrammeType.APPRENTICESHIP_STANDARD : programme;
    }

    static EpaRecord preparing(ApprenticeshipId apprenticeshipId) {
        return preparing(apprenticeshipId, ProgrammeType.APPRENTICESHIP_STANDARD);
    }

    /** No record yet: preparing for the gateway, on a programme of the type the catalogue gives its standard. */
    static EpaRecord preparing(ApprenticeshipId apprenticeshipId, ProgrammeType programme) {
        return new EpaRecord(apprenticeshipId.value(), EpaStage.PREPARING, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, -1, programme);
    }

    /**
     * No record yet for an apprenticeship whose lifecycle moved on before this module knew it (migrated, imported):
     * it starts at the stage its status implies, and its gateway shows what is missing.
     */
    static EpaRecord asTheLifecycleImplies(ApprenticeshipId apprenticeshipId, EpaStage stage) {
        return preparing(apprenticeshipId).asTheLifecycleImplies(stage);
    }

    /** This record not stored yet, at the stage the apprenticeship's status implies. */
    EpaRecord asTheLifecycleImplies(EpaStage implied) {
        return new EpaRecord(apprenticeshipId, implied, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, -1, programme);
    }

    /**
     * Whether the programme has a gateway and an end-point assessment at all: an apprenticeship unit does not. It ends
     * with a test the provider sets and the employer validates (docs/domain/programme-types.md), so every step of
     * this record is refused for it, whatever the route.
     */
    public boolean applies() {
        return programme.hasEndPointAssessment();
    }

    /** Refuses any step for a programme without an end-point assessment, naming the funding rules that say so. */
    void requireEndPointAssessment() {
        if (!applies()) {
            throw new EpaRefusedException(NO_END_POINT_ASSESSMENT);
        }
    }

    /** The refusal's words: a unit completes on its own record instead. */
    public static final String NO_END_POINT_ASSESSMENT = "An apprenticeship unit has no gateway and no end-point"
            + " assessment: under the apprenticeship unit funding rules 2026 to 2027 it ends with a test the provider"
            + " sets and the employer validates. Record that on the apprenticeship's page instead.";

    public boolean stored() {
        return version >= 0;
    }

    public boolean meetingDecidedReady() {
        return READY.equals(meetingDecision);
    }

    /**
     * One checked step: the record before and after it, whether the record itself is written ({@code save}; a step
     * such as a confirmation or a signature keeps it as it is), and the audit events the step causes, which
     * {@link EpaRepository#save} publishes once it has written the step.
     */
    public record Change(EpaRecord before, EpaRecord after, boolean save, List<RecordChanged> events) {

        public Change {
            events = List.copyOf(events);
        }

        /** The same step taken by an import from the previous system: the audit trail says so. */
        Change imported() {
            return new Change(before, after, save, events.stream().map(e -> new RecordChanged(e.recordType(),
                    e.recordId(), e.action(), e.before(), e.after() + " (imported)")).toList());
        }

        /** The step also keeps a record not stored yet, though the step does not change it (an import's first row). */
        Change storingANewRecord() {
            return new Change(before, after, save || !after.stored(), events);
        }

        /** This step, then the next one taken on the record as this one leaves it. */
        Change then(java.util.function.Function<EpaRecord, Change> next) {
            Change second = next.apply(after);
            List<RecordChanged> both = new ArrayList<>(events);
            both.addAll(second.events());
            return new Change(before, second.after(), save || second.save(), both);
        }
    }

    private Change step(EpaRecord after, boolean save, RecordChanged event) {
        return new Change(this, after, save, List.of(event));
    }

    /** The table allows the step from the current stage (checked before a step's other work begins). */
    void check(Action action) {
        require(action);
    }

    /** The stage after the step, once the programme has an end-point assessment and the table allows the step. */
    private EpaStage require(Action action) {
        requireEndPointAssessment();
        return EpaTable.require(stage, action);
    }

    /** A checklist item confirmed (by staff, the employer or the apprentice, as the item says). */
    Change confirmItem(String key, String evidence) {
        check(Action.CONFIRM_ITEM);
        return step(this, false, RecordChanged.created("gateway confirmation", apprenticeshipId, key + ": "
                + evidence));
    }

    /**
     * An item that is not met waived by the person named, with the reason: it then counts as met. The funding rules'
     * minimum duration cannot be waived.
     */
    Change waiveItem(GatewayChecklist.Item item, String reason, String byName) {
        check(Action.WAIVE_ITEM);
        if (item.met()) {
            throw new EpaRefusedException("“" + item.description() + "” is met already, so there is nothing to waive");
        }
        if (!GatewayChecklist.mayBeWaived(item)) {
            throw new EpaRefusedException("“" + item.description() + "” is " + (item.key().equals(GatewayChecklist
                    .ON_PROGRAMME) ? "the assessment plan's rule" : "a funding rule") + " and cannot be waived");
        }
        return step(this, false, RecordChanged.created("gateway waiver", apprenticeshipId, item.key()
                + ": waived by " + byName + ": " + reason));
    }

    /** A party's signature on the gateway meeting record. */
    Change signMeeting(Party party) {
        requireEndPointAssessment();
        if (meetingText == null) {
            throw new EpaRefusedException("There is no gateway meeting record to sign yet");
        }
        check(Action.SIGN_MEETING);
        return step(this, false, RecordChanged.updated(MEETING, apprenticeshipId, "", "signed by " + party.words()));
    }

    /** An appeal to the EPAO against a method's latest result, raised as feedback case {@code reference}. */
    Change appeal(UUID appealId, String component, String grade, LocalDate lodgedOn, String reference) {
        check(Action.APPEAL);
        return step(this, false, RecordChanged.created("EPA appeal", appealId, component + " (" + grade + ") on "
                + lodgedOn + ", feedback " + reference));
    }

    /** The gateway meeting: “ready” needs every checklist item met or waived, and moves to the gateway. */
    Change holdMeeting(boolean ready, LocalDate heldOn, String mentor, String employer, String apprentice,
            String notes, String text, List<GatewayChecklist.Item> checklist) {
        EpaStage next = require(ready ? Action.HOLD_MEETING_READY : Action.HOLD_MEETING_NOT_READY);
        if (ready && !GatewayChecklist.allMet(checklist)) {
            throw new EpaRefusedException("The gateway checklist is not complete: " + String.join("; ",
                    GatewayChecklist.missing(checklist).stream().map(GatewayChecklist.Item::description).toList()));
        }
        return step(meeting(next, heldOn, mentor, employer, apprentice, ready ? READY : NOT_READY, notes, text), true,
                RecordChanged.updated(MEETING, apprenticeshipId, stage.name(), next.name() + " on " + heldOn));
    }

    /**
     * The “ready” meeting of an apprenticeship that reached the gateway or the assessment before it was recorded
     * here; the stage stays, and the gateway still needs its checklist and signatures.
     */
    Change recordEarlierMeeting(LocalDate heldOn, String mentor, String employer, String apprentice,
            String notes, String text) {
        EpaStage next = require(Action.RECORD_EARLIER_MEETING);
        if (meetingDecidedReady()) {
            throw new EpaRefusedException("The gateway meeting of " + meetingHeldOn + " is recorded already");
        }
        return step(meeting(next, heldOn, mentor, employer, apprentice, READY, notes, text), true,
                RecordChanged.updated(MEETING, apprenticeshipId, stage.name(), next.name() + " on " + heldOn
                        + " (recorded afterwards)"));
    }

    /** A sitting of a method booked with the EPAO: the first moves the apprenticeship into the assessment. */
    Change book(Gateway gateway, UUID bookingId, String method, java.time.Instant startsAt) {
        EpaStage next = require(Action.BOOK);
        requirePassed(gateway, "booking an assessment");
        java.time.ZonedDateTime at = startsAt.atZone(GovUkDates.LONDON);
        return step(new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, version, programme), next != stage || !stored(), RecordChanged.created("EPA booking",
                        bookingId, method + " on " + at.toLocalDate() + " " + at.toLocalTime()));
    }

    /**
     * A method's result ({@code grade} at {@code attempt}, at the sitting starting {@code sitting}), with the overall
     * grade it makes (none yet): a pass moves to passed.
     */
    Change recordResult(String overall, Gateway gateway, String component, String grade, int attempt,
            java.time.Instant sitting) {
        EpaStage next = checkResult(overall, gateway);
        return step(graded(next, overall), true, RecordChanged.created("EPA result", apprenticeshipId, component
                + ": " + grade + " (attempt " + attempt + ", sitting of " + GovUkDates.time(sitting) + ")"
                + (overall == null ? "" : "; overall " + overall)));
    }

    /**
     * A sitting of an on-programme component of a reformed plan booked with the assessment organisation: allowed before
     * the gateway, and the stage stays (docs/domain/assessment-reform.md).
     */
    Change bookOnProgrammeComponent(UUID bookingId, String component, java.time.Instant startsAt) {
        EpaStage next = require(Action.BOOK_ON_PROGRAMME_COMPONENT);
        java.time.ZonedDateTime at = startsAt.atZone(GovUkDates.LONDON);
        return step(new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, version, programme), !stored(), RecordChanged.created("assessment booking", bookingId,
                        component + " on " + at.toLocalDate() + " " + at.toLocalTime()));
    }

    /**
     * An attempt at a component of a reformed apprenticeship assessment (docs/domain/assessment-reform.md), checked by
     * the component's own table ({@link ComponentTable}: not while it waits for the gateway to completion, not beyond
     * the attempts allowed, not after its pass) and by the EPA table: an on-programme component is recorded at any
     * stage before the pass; a component after the gateway needs a passed gateway and moves to the assessment. The
     * overall grade is set only once every component has a final grade; a pass then moves to passed.
     */
    Change recordComponentAttempt(ReformedAssessment assessment, Gateway gateway, EpaStore.Result attempt) {
        requireEndPointAssessment();
        ComponentProgress component = assessment.component(attempt.component()).orElseThrow(
                () -> new EpaRefusedException("The apprenticeship assessment has no component " + attempt.component()));
        if (!component.grades().contains(attempt.grade())) {
            throw new EpaRefusedException(component.name() + " can give only: " + String.join(", ",
                    component.grades()));
        }
        ComponentTable.require(component.name(), component.state(), component.actionFor(attempt.grade()));
        ReformedAssessment after = assessment.with(component.name(), attempt);
        String overall = after.overall().orElse(null);
        Action action;
        if (overall != null && OverallGrade.isPass(overall)) {
            action = Action.RECORD_PASSING_COMPONENT;
        } else if (component.component().onProgramme()) {
            action = Action.RECORD_ON_PROGRAMME_COMPONENT;
        } else {
            action = Action.RECORD_COMPONENT;
        }
        EpaStage next = require(action);
        if (action != Action.RECORD_ON_PROGRAMME_COMPONENT) {
            requirePassed(gateway, "recording " + component.name());
        }
        String marker = attempt.markedByProvider() ? "marked by the training provider ("
                + attempt.markerName() + ")" : "marked by the assessment organisation";
        return step(graded(next, overall), true, RecordChanged.created("assessment component result",
                apprenticeshipId, component.name() + ": " + attempt.grade() + " (attempt " + attempt.attempt()
                        + " of " + component.component().attemptsAllowed() + ", "
                        + GovUkDates.date(attempt.assessedOn())
                        + ", " + marker + ")" + (overall == null ? "" : "; overall " + overall)));
    }

    /** Whether a result making the overall grade {@code overall} may be recorded: the stage it leads to, or why not. */
    EpaStage checkResult(String overall, Gateway gateway) {
        EpaStage next = require(OverallGrade.isPass(overall) ? Action.RECORD_PASSING_RESULT
                : Action.RECORD_RESULT);
        requirePassed(gateway, "recording a result");
        return next;
    }

    /**
     * The EPAO's revised grade of {@code component} ({@code was} before) after an upheld appeal; a pass in the
     * assessment moves to passed.
     */
    Change reviseGrade(String overall, String component, String was, String grade) {
        require(Action.REVISE_GRADE);
        EpaRecord after;
        if (OverallGrade.isPass(overall) && stage == EpaStage.ASSESSMENT) {
            after = graded(require(Action.RECORD_PASSING_RESULT), overall);
        } else if (!OverallGrade.isPass(overall) && stage != EpaStage.ASSESSMENT) {
            throw new EpaRefusedException("The revised grade would take away the overall pass; ask the EPAO to"
                    + " confirm it before recording it");
        } else {
            after = graded(stage, overall);
        }
        return step(after, true, RecordChanged.updated("EPA result", apprenticeshipId, component + ": " + was,
                component + ": " + grade + " (revised on appeal)" + (overall == null ? "" : "; overall " + overall)));
    }

    /**
     * The completion with the overall grade {@code overall}: needs a passed gateway and an overall pass; the
     * achievement date is on or after the actual end date and the last graded method ({@code lastGraded}).
     */
    Change complete(LocalDate actualEnd, LocalDate achieved, LocalDate lastGraded, Gateway gateway, String overall) {
        EpaStage next = require(Action.COMPLETE);
        requirePassed(gateway, "completing");
        requireDates(actualEnd, achieved, lastGraded);
        return step(completion(next, actualEnd, achieved), true, RecordChanged.updated(COMPLETION, apprenticeshipId,
                stage.name(), next.name() + ": " + overall + ", achieved " + achieved));
    }

    /** A wrong completion corrected by the person named, for the reason given; the audit trail keeps both. */
    Change correctCompletion(LocalDate actualEnd, LocalDate achieved, LocalDate lastGraded, String byName,
            String reason) {
        EpaStage next = require(Action.CORRECT_COMPLETION);
        requireDates(actualEnd, achieved, lastGraded);
        return step(completion(next, actualEnd, achieved), true, RecordChanged.updated(COMPLETION, apprenticeshipId,
                "actual end " + actualEndDate + ", achieved " + achievementDate, "actual end " + actualEnd
                        + ", achieved " + achieved + "; corrected by " + byName + ": " + reason));
    }

    Change trackCertificate(LocalDate requested, LocalDate received) {
        EpaStage next = require(Action.TRACK_CERTIFICATE);
        return step(new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, requested, received, progressionKind, progressionNotes, progressionHeldOn, version, programme),
                true, RecordChanged.updated("EPA certificate", apprenticeshipId, String.valueOf(certificateReceivedOn),
                        "requested " + requested + (received == null ? "" : ", received " + received)));
    }

    Change recordProgression(String kind, String notes, LocalDate heldOn) {
        EpaStage next = require(Action.RECORD_PROGRESSION);
        return step(new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, kind, notes, heldOn, version, programme), true,
                RecordChanged.updated("EPA progression", apprenticeshipId, String.valueOf(progressionKind), kind));
    }

    /** The record as the store read it back after an insert (its version). */
    EpaRecord storedAs(int storedVersion) {
        return new EpaRecord(apprenticeshipId, stage, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, storedVersion, programme);
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
                    + " on " + GovUkDates.date(lastGraded));
        }
    }

    private EpaRecord meeting(EpaStage next, LocalDate heldOn, String mentor, String employer, String apprentice,
            String decision, String notes, String text) {
        return new EpaRecord(apprenticeshipId, next, heldOn, mentor, employer, apprentice, decision, notes, text,
                overallGrade, actualEndDate, achievementDate, certificateRequestedOn, certificateReceivedOn,
                progressionKind, progressionNotes, progressionHeldOn, version, programme);
    }

    private EpaRecord graded(EpaStage next, String grade) {
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, grade, actualEndDate,
                achievementDate, certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes,
                progressionHeldOn, version, programme);
    }

    private EpaRecord completion(EpaStage next, LocalDate actualEnd, LocalDate achieved) {
        return new EpaRecord(apprenticeshipId, next, meetingHeldOn, meetingMentor, meetingEmployer,
                meetingApprentice, meetingDecision, meetingNotes, meetingText, overallGrade, actualEnd, achieved,
                certificateRequestedOn, certificateReceivedOn, progressionKind, progressionNotes, progressionHeldOn,
                version, programme);
    }
}
