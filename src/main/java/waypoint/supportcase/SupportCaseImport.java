package waypoint.supportcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.supportcase.internal.AtRiskIndicators;
import waypoint.supportcase.internal.StageTable;
import waypoint.supportcase.internal.SupportCaseStore;
import waypoint.supportcase.internal.FormalStages;
import waypoint.supportcase.internal.Outcome;
import waypoint.supportcase.internal.SupportCases;
import waypoint.supportcase.internal.SupportSettings;

/**
 * Support cases built step by step for demo data and tests, through the same service (and so the same stage table,
 * emails and audit) as the pages: each step is taken as the person given.
 */
@Service
public class SupportCaseImport {

    private final SupportCases cases;
    private final FormalStages formal;
    private final SupportCaseStore store;
    private final AtRiskIndicators indicators;
    private final SupportSettings settings;

    SupportCaseImport(SupportCases cases, FormalStages formal, SupportCaseStore store, AtRiskIndicators indicators,
            SupportSettings settings) {
        this.cases = cases;
        this.formal = formal;
        this.settings = settings;
        this.store = store;
        this.indicators = indicators;
    }

    /** The apprenticeship's open case, if it has one. */
    public Optional<UUID> openCase(ApprenticeshipId apprenticeshipId) {
        return store.openOf(apprenticeshipId).map(c -> c.id());
    }

    /** Whether the apprenticeship has ever had a case. */
    public boolean anyCase(ApprenticeshipId apprenticeshipId) {
        return !store.ofApprenticeship(apprenticeshipId).isEmpty();
    }

    public UUID open(CurrentUser by, ApprenticeshipId apprenticeshipId, int stage, String kind, String reason) {
        return cases.open(by, apprenticeshipId, String.valueOf(stage), kind, reason);
    }

    public void tellInPerson(CurrentUser by, UUID caseId, LocalDate on) {
        step(by, caseId, "RECORD_TOLD_IN_PERSON", new SupportCases.StepInput(on, null, null, null));
    }

    /** Stage 3, begun on the day given (today or earlier), with its time plan and one action for resolution. */
    public void startStage3(CurrentUser by, UUID caseId, LocalDate began, String supportSoFar, String reasons,
            String action, LocalDate actionDue, LocalDate planUntil) {
        formal.startStage3(by, caseId, null, began, supportSoFar, reasons,
                List.of(new FormalStages.ActionInput(action, actionDue)), planUntil);
    }

    /** Stage 4 or 5, begun on the day given, with its own time plan, set before it began. */
    public void startStage(CurrentUser by, UUID caseId, int stage, LocalDate began, LocalDate planUntil) {
        cases.step(by, caseId, StageTable.Action.valueOf("START_STAGE_" + stage), null,
                new SupportCases.StepInput(began, null, null, planUntil));
    }

    /** A stage 4 or 5 recommendation to extend stage 3 acted on, with the extended stage's time plan. */
    public void extendStage3(CurrentUser by, UUID caseId, LocalDate planUntil) {
        cases.step(by, caseId, StageTable.Action.EXTEND_STAGE_3, null,
                new SupportCases.StepInput(null, null, null, planUntil));
    }

    /** The provider's default client partner, copied in when an apprenticeship names none. */
    public void defaultClientPartner(String name, String email) {
        if (settings.defaultClientPartner().isEmpty()) {
            settings.changeDefaultClientPartner(name, email);
        }
    }

    /** A meeting with the agenda your support policy sets. */
    public void meeting(CurrentUser by, UUID caseId, LocalDate heldOn, String attendees, boolean employerAttended,
            String progress, String successes, String blockers, String amendments, String requests,
            String staffNotes) {
        formal.holdMeeting(by, caseId, null, new FormalStages.MeetingInput(heldOn, attendees,
                employerAttended, progress, successes, blockers, amendments, requests, staffNotes));
    }

    /** The recommendation by its outcome's name ({@code ESCALATE_TO_STAGE_4}, {@code END_APPRENTICESHIP}...). */
    public void recommend(CurrentUser by, UUID caseId, String outcome, String reasons) {
        formal.recommend(by, caseId, null, Outcome.valueOf(outcome), reasons, null);
    }

    /** A recommendation made before the end of the stage's time plan, with the reason for making it early. */
    public void recommend(CurrentUser by, UUID caseId, String outcome, String reasons, String earlyReason) {
        formal.recommend(by, caseId, null, Outcome.valueOf(outcome), reasons, earlyReason);
    }

    /** A step of the stage table by its action's name ({@code SEND_RECOMMENDATION_EMAIL}, {@code START_STAGE_4}...). */
    public void step(CurrentUser by, UUID caseId, String action) {
        step(by, caseId, action, SupportCases.StepInput.none());
    }

    /** A step with its note (the reasons for an appeal decision, an introduction email's message). */
    public void step(CurrentUser by, UUID caseId, String action, String note) {
        step(by, caseId, action, new SupportCases.StepInput(null, null, note, null));
    }

    private void step(CurrentUser by, UUID caseId, String action, SupportCases.StepInput input) {
        cases.step(by, caseId, StageTable.Action.valueOf(action), null, input);
    }

    /**
     * The demo's first start computes the at-risk list so it is there at once; later starts leave it to the nightly
     * job, since at 100,000 apprenticeships (the scale data set) computing it takes minutes.
     */
    @Transactional
    public int computeAtRiskUnlessComputed() {
        return indicators.anyComputed() ? 0 : indicators.computeAll();
    }

    /** Computes every apprenticeship's at-risk indicator now (the nightly job's work). */
    @Transactional
    public int computeAtRisk() {
        return indicators.computeAll();
    }
}
