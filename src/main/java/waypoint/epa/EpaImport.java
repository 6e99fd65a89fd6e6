package waypoint.epa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.epa.internal.AssessmentService;
import waypoint.epa.internal.EpaAppeals;
import waypoint.epa.internal.CompletionService;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaService;
import waypoint.epa.internal.EpaStore;
import waypoint.epa.internal.GatewayChecklist;
import waypoint.epa.internal.GatewayService;
import waypoint.shared.NotFoundException;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * Gateway and EPA records written by the system rather than a person (demo data, a migration from another system).
 * The apprenticeship's lifecycle has moved already, so nothing here moves it; but every step goes through the same
 * guards as a person's (docs/domain/gateway-and-epa.md): the gateway meeting needs the checklist met or waived, a
 * booking, a result and a completion need a passed gateway, a result needs its booked sitting, and so on. A refused
 * step throws, saying what is missing. Not for pages or the API, which authorise each person.
 */
@Service
public class EpaImport {

    private final EpaStore store;
    private final EpaService epa;
    private final GatewayService gateway;
    private final AssessmentService assessment;
    private final EpaAppeals appeals;
    private final CompletionService completion;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;

    EpaImport(EpaStore store, EpaService epa, GatewayService gateway, AssessmentService assessment,
            EpaAppeals appeals, CompletionService completion, Apprenticeships apprenticeships,
            UserAccounts accounts) {
        this.store = store;
        this.epa = epa;
        this.gateway = gateway;
        this.assessment = assessment;
        this.appeals = appeals;
        this.completion = completion;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
    }

    /**
     * An appeal to the EPAO against the method's result, recorded by the apprenticeship's tutor through the same
     * service as the page (so raised as an assessment appeal in feedback); nothing when it has an appeal already.
     */
    @Transactional
    public void appealAsTutor(ApprenticeshipId apprenticeshipId, String method, LocalDate lodgedOn, String grounds) {
        appealAsTutor(apprenticeshipId, method, lodgedOn, grounds, false);
    }

    /** The same, lodged by the employer (the apprenticeship's line manager) when {@code byEmployer}. */
    @Transactional
    public void appealAsTutor(ApprenticeshipId apprenticeshipId, String method, LocalDate lodgedOn, String grounds,
            boolean byEmployer) {
        if (store.appeals(apprenticeshipId).isEmpty()) {
            tutorOf(apprenticeshipId).ifPresent(tutor -> appeals.appeal(tutor, apprenticeshipId, method,
                    lodgedOn, grounds, null, byEmployer));
        }
    }

    /** Added to the readiness dashboard early by its tutor, unless it is there already. */
    @Transactional
    public void requestReadinessAsTutor(ApprenticeshipId apprenticeshipId, String reason) {
        if (store.readinessRequest(apprenticeshipId).isEmpty()) {
            tutorOf(apprenticeshipId).ifPresent(tutor -> epa.requestReadiness(tutor, apprenticeshipId, reason));
        }
    }

    private Optional<CurrentUser> tutorOf(ApprenticeshipId apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(a -> a.tutorAccountId())
                .flatMap(accounts::find)
                .map(t -> new CurrentUser(t.id(), t.email(), t.displayName(), t.roles()));
    }

    private ApprenticeshipSummary apprenticeship(ApprenticeshipId id) {
        return apprenticeships.find(id)
                .orElseThrow(() -> new NotFoundException("No apprenticeship " + id));
    }

    @Transactional(readOnly = true)
    public boolean hasRecord(ApprenticeshipId apprenticeshipId) {
        return store.find(apprenticeshipId).stored();
    }

    /** A checklist item still needed: its key, its words, and whether a person confirms it (or only its figures). */
    public record OpenItem(String key, String description, boolean confirmable, boolean waivable) {
    }

    /** The checklist items not met yet (neither met nor waived). */
    @Transactional(readOnly = true)
    public List<OpenItem> openItems(ApprenticeshipId apprenticeshipId) {
        ApprenticeshipSummary a = apprenticeship(apprenticeshipId);
        return gateway.checklistOf(a).stream().filter(i -> !i.met())
                .map(i -> new OpenItem(i.key(), i.description(),
                        i.confirmedBy() != GatewayChecklist.ConfirmedBy.NOBODY, GatewayChecklist.mayBeWaived(i)))
                .toList();
    }

    /** A checklist item confirmed (keys as the checklist names them: “portfolio”, “employer-confirmation”, …). */
    @Transactional
    public void confirm(ApprenticeshipId apprenticeshipId, String key, String evidence, String byName, String as) {
        gateway.importConfirmation(apprenticeship(apprenticeshipId), key, evidence, byName, as);
    }

    /** A checklist item waived by the person named, with their reason. */
    @Transactional
    public void waive(ApprenticeshipId apprenticeshipId, String key, String reason, String byName) {
        gateway.importWaiver(apprenticeship(apprenticeshipId), key, reason, byName);
    }

    /** The gateway meeting that decided the apprentice was ready (the checklist must be met or waived first). */
    @Transactional
    public void gatewayMeeting(ApprenticeshipId apprenticeshipId, LocalDate heldOn, String mentor, String employer,
            String apprentice, String notes) {
        gateway.importMeeting(apprenticeship(apprenticeshipId), heldOn, mentor, employer, apprentice, notes);
    }

    /**
     * The meeting record signed by the mentor, the employer and the apprentice, with the names they signed with. A
     * party whose name is null has not signed yet: the record waits for them (the caseload board shows it).
     */
    @Transactional
    public void meetingSigned(ApprenticeshipId apprenticeshipId, String mentor, String employer, String apprentice,
            Instant signedAt) {
        ApprenticeshipSummary a = apprenticeship(apprenticeshipId);
        if (mentor != null) {
            gateway.importSignature(a, Party.MENTOR, mentor, signedAt);
        }
        if (employer != null) {
            gateway.importSignature(a, Party.EMPLOYER, employer, signedAt);
        }
        if (apprentice != null) {
            gateway.importSignature(a, Party.APPRENTICE, apprentice, signedAt);
        }
    }

    @Transactional
    public void booking(ApprenticeshipId apprenticeshipId, String method, UUID epaoId, Instant startsAt, String place,
            String assessor, String adjustments) {
        assessment.importBooking(apprenticeship(apprenticeshipId), method, epaoId, startsAt, place, assessor,
                adjustments);
    }

    /** A method's grade; importing the same grade of the same method on the same day again adds nothing. */
    @Transactional
    public void result(ApprenticeshipId apprenticeshipId, String method, String grade, LocalDate assessedOn) {
        assessment.importResult(apprenticeship(apprenticeshipId), method, grade, assessedOn);
    }

    /**
     * An attempt at a component of a reformed apprenticeship assessment (docs/domain/assessment-reform.md), marked by
     * the provider's {@code marker} when the provider marks it; the same attempt again adds nothing.
     */
    @Transactional
    public void componentAttempt(ApprenticeshipId apprenticeshipId, String component, String grade,
            LocalDate assessedOn,
            String marker) {
        assessment.importComponentAttempt(apprenticeship(apprenticeshipId), component, grade, assessedOn, marker);
    }

    @Transactional
    public void completed(ApprenticeshipId apprenticeshipId, LocalDate actualEnd, LocalDate achieved,
            LocalDate certificateRequested, LocalDate certificateReceived, String progression, String notes,
            LocalDate progressionHeldOn) {
        completion.importCompletion(apprenticeship(apprenticeshipId), actualEnd, achieved, certificateRequested,
                certificateReceived, progression, notes, progressionHeldOn);
    }
}
