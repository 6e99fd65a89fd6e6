package waypoint.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.NotFoundException;
import waypoint.shared.audit.RecordChanged;

/**
 * Reads an {@link EvidenceItem} with what its rules need (the KSBs of the apprenticeship already signed off) and
 * saves what it changed: the item itself (refused as a concurrent change when someone changed it since it was read),
 * its new versions, its claims and the decisions made on them; then publishes its events. The only writer of evidence.
 */
@Component
class EvidenceRepository {

    private final EvidenceStore store;
    private final Apprenticeships apprenticeships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceRepository(EvidenceStore store, Apprenticeships apprenticeships, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.apprenticeships = apprenticeships;
        this.events = events;
        this.clock = clock;
    }

    /** The item of the apprenticeship, for a step taken now; 404 when the apprenticeship has no such item. */
    EvidenceItem get(ApprenticeshipSummary a, UUID id) {
        Evidence e = store.find(a.id(), id).orElseThrow(() -> new NotFoundException("evidence"));
        return EvidenceItem.of(e, EvidenceItem.Owner.of(a), store.signedOffCodes(a.id()), clock.instant());
    }

    /** The item, for a step the system takes (no person is authorised): 404 when there is no such item. */
    EvidenceItem get(ApprenticeshipId apprenticeshipId, UUID id) {
        return get(apprenticeships.find(apprenticeshipId)
                .orElseThrow(() -> new NotFoundException("evidence")), id);
    }

    /** Accepted items with an accepted claim on the KSB, each for a step taken now. */
    List<EvidenceItem> acceptedClaiming(ApprenticeshipSummary a, String ksbCode) {
        Instant now = clock.instant();
        var signedOff = store.signedOffCodes(a.id());
        return store.acceptedClaiming(a.id(), ksbCode).stream()
                .map(e -> EvidenceItem.of(e, EvidenceItem.Owner.of(a), signedOff, now)).toList();
    }

    /** New evidence of the apprenticeship starts from what is signed off now. */
    java.util.Set<String> signedOffCodes(ApprenticeshipSummary a) {
        return store.signedOffCodes(a.id());
    }

    /**
     * Records the tutor's sign-off of a KSB of the apprenticeship: the claims on it lock (read back as
     * {@link Evidence.Claim#signedOff()}); the items it locks whole are saved by {@link #save}.
     */
    void recordSignOff(ApprenticeshipSummary a, String ksbCode, UUID by) {
        store.recordSignOff(a.id(), ksbCode, by, clock.instant());
        events.publishEvent(new RecordChanged("PortfolioKsbSignOff", a.id() + "/" + ksbCode,
                RecordChanged.Action.CREATED, null, ksbCode + " signed off"));
    }

    void save(EvidenceItem item) {
        Evidence e = item.snapshot();
        if (item.isNew()) {
            store.insert(e);
        } else if (!store.update(e, item.expectedLock(), item.touched())) {
            throw new OptimisticLockingFailureException("evidence " + e.id());
        }
        item.newVersions().forEach(store::insertVersion);
        if (item.currentQuarantined()) {
            store.writeScan(e.id(), e.currentNumber(), Scan.QUARANTINED);
        }
        if (item.claimsChanged()) {
            store.writeClaims(e.id(), e.apprenticeshipId(), e.claims());
        }
        item.assessments().forEach(d -> store.recordAssessment(e.id(), e.apprenticeshipId(), d.number(), d.ksbCode(),
                d.decision(), d.feedback(), d.assessor(), d.at()));
        item.events().forEach(events::publishEvent);
    }
}
