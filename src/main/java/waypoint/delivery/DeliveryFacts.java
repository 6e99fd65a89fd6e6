package waypoint.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.delivery.internal.CadenceGaps;
import waypoint.delivery.internal.DeliveryReads;
import waypoint.enrolment.ApprenticeshipId;

/**
 * Sessions as other modules read them (at-risk signals, gateway checks): when the apprentice last attended one,
 * whether the cadence has a gap now, and which agreed actions are overdue. These reads are not authorised here: a
 * module showing them to someone asks {@link waypoint.enrolment.ApprenticeshipAccess} first.
 */
@Service
public class DeliveryFacts {

    private final DeliveryReads reads;
    private final CadenceGaps gaps;
    private final Clock clock;

    DeliveryFacts(DeliveryReads reads, CadenceGaps gaps, Clock clock) {
        this.reads = reads;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** The date (Europe/London) of the last recorded session the apprentice attended, if any. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> lastSessionDate(ApprenticeshipId apprenticeshipId) {
        return reads.lastAttended(apprenticeshipId);
    }

    /** The same for many apprenticeships in one query: those who attended one, to its date. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, LocalDate> lastSessionDates(Collection<ApprenticeshipId> apprenticeshipIds) {
        return reads.lastAttended(apprenticeshipIds);
    }

    /** The next scheduled session's date, if any. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> nextSessionDate(ApprenticeshipId apprenticeshipId) {
        return reads.nextScheduled(apprenticeshipId, clock.instant());
    }

    /** The gap when an apprenticeship in learning has gone longer without a session than its cadence allows. */
    @Transactional(readOnly = true)
    public Optional<CadenceGap> cadenceGap(ApprenticeshipId apprenticeshipId) {
        return gaps.of(apprenticeshipId);
    }

    /** Agreed actions and assessment plans still open after their due date, the oldest first. */
    @Transactional(readOnly = true)
    public List<OverdueAction> overdueActions(ApprenticeshipId apprenticeshipId) {
        return reads.overdue(apprenticeshipId, LocalDate.now(clock));
    }

    /** The same for many apprenticeships in one query: those with any, to their overdue actions, the oldest first. */
    @Transactional(readOnly = true)
    public Map<ApprenticeshipId, List<OverdueAction>> overdueActions(Collection<ApprenticeshipId> apprenticeshipIds) {
        return reads.overdue(apprenticeshipIds, LocalDate.now(clock));
    }
}
