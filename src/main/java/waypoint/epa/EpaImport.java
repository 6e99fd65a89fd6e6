package waypoint.epa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.Apprenticeships;
import waypoint.epa.internal.EpaService;
import waypoint.epa.internal.EpaStore;
import waypoint.epa.internal.EpaStore.EpaRecord;
import waypoint.epa.internal.EpaStoreAccess;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * Gateway and EPA records written by the system rather than a person (demo data, a migration from another system):
 * they follow an apprenticeship whose lifecycle has already moved, so nothing here moves it. Not for pages or the
 * API, which authorise each person and check each step.
 */
@Service
public class EpaImport {

    /** Who the system is, on the rows that name who recorded them. */
    static final UUID SYSTEM = new UUID(0, 0);

    private final EpaStore store;
    private final Clock clock;
    private final EpaService epa;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;

    EpaImport(EpaStore store, Clock clock, EpaService epa, Apprenticeships apprenticeships, UserAccounts accounts) {
        this.store = store;
        this.clock = clock;
        this.epa = epa;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
    }

    /**
     * An appeal to the EPAO against the method's result, recorded by the apprenticeship's tutor through the same
     * service as the page (so raised as an assessment appeal in feedback); nothing when it has an appeal already.
     */
    @Transactional
    public void appealAsTutor(UUID apprenticeshipId, String method, LocalDate lodgedOn, String grounds) {
        if (store.appeals(apprenticeshipId).isEmpty()) {
            tutorOf(apprenticeshipId).ifPresent(tutor -> epa.appeal(tutor, apprenticeshipId, method,
                    lodgedOn.toString(), grounds, null));
        }
    }

    /** Added to the readiness dashboard early by its tutor, unless it is there already. */
    @Transactional
    public void requestReadinessAsTutor(UUID apprenticeshipId, String reason) {
        if (store.readinessRequest(apprenticeshipId).isEmpty()) {
            tutorOf(apprenticeshipId).ifPresent(tutor -> epa.requestReadiness(tutor, apprenticeshipId, reason));
        }
    }

    private Optional<CurrentUser> tutorOf(UUID apprenticeshipId) {
        return apprenticeships.find(apprenticeshipId).map(a -> a.tutorAccountId()).flatMap(accounts::find)
                .map(t -> new CurrentUser(t.id(), t.email(), t.displayName(), t.roles()));
    }

    @Transactional(readOnly = true)
    public boolean hasRecord(UUID apprenticeshipId) {
        return store.find(apprenticeshipId).stored();
    }

    /** A checklist item confirmed (keys as the checklist names them: “portfolio”, “employer-confirmation”, …). */
    @Transactional
    public void confirm(UUID apprenticeshipId, String key, String evidence, String byName, String as) {
        store.confirm(apprenticeshipId, key, evidence, SYSTEM, byName, as, clock.instant());
        if (!hasRecord(apprenticeshipId)) {
            store.save(store.find(apprenticeshipId), clock.instant());
        }
    }

    /** The gateway meeting decided the apprentice was ready; the stage is set to match the apprenticeship. */
    @Transactional
    public void gatewayMeeting(UUID apprenticeshipId, EpaStage stage, LocalDate heldOn, String mentor,
            String employer, String apprentice, String notes) {
        EpaRecord record = store.find(apprenticeshipId);
        String text = "Gateway meeting record (imported)\nHeld on: " + heldOn + "\nMentor: " + mentor
                + "\nFor the employer: " + employer + "\nApprentice present: " + apprentice
                + "\nDecision: Ready for the end-point assessment\nNotes: " + notes + "\n";
        store.save(EpaStoreAccess.meeting(record, heldOn, mentor, employer, apprentice, notes, text, stage),
                clock.instant());
    }

    @Transactional
    public void booking(UUID apprenticeshipId, String method, UUID epaoId, Instant startsAt, String place,
            String assessor, String adjustments) {
        store.book(new EpaStore.Booking(UUID.randomUUID(), apprenticeshipId, method, epaoId, null, startsAt, place,
                assessor, adjustments, 1), SYSTEM, clock.instant());
    }

    @Transactional
    public void result(UUID apprenticeshipId, String component, String grade, int attempt, LocalDate assessedOn,
            String overallGrade, EpaStage stage) {
        store.result(apprenticeshipId, component, grade, attempt, assessedOn, SYSTEM, clock.instant());
        store.save(EpaStoreAccess.graded(store.find(apprenticeshipId), overallGrade, stage), clock.instant());
    }

    @Transactional
    public void completed(UUID apprenticeshipId, LocalDate actualEnd, LocalDate achieved,
            LocalDate certificateRequested, LocalDate certificateReceived, String progression, String notes,
            LocalDate progressionHeldOn) {
        store.save(EpaStoreAccess.completed(store.find(apprenticeshipId), actualEnd, achieved, certificateRequested,
                certificateReceived, progression, notes, progressionHeldOn), clock.instant());
    }
}
