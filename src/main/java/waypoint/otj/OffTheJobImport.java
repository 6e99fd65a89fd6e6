package waypoint.otj;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.otj.internal.EntryAction;
import waypoint.otj.internal.EntryDraft;
import waypoint.otj.internal.EntryStore;
import waypoint.otj.internal.OtjEntries;
import waypoint.otj.internal.RejectionReason;

/**
 * Entries recorded by the system rather than a person (demo data, migrations), through the same rules as every
 * entry. Not for pages or the API, which authorise each person.
 */
@Service
public class OffTheJobImport {

    private final OtjEntries entries;
    private final EntryStore store;

    OffTheJobImport(OtjEntries entries, EntryStore store) {
        this.entries = entries;
        this.store = store;
    }

    /** Adds a waiting entry logged by the learner; empty when one with this reference is there already. */
    public Optional<UUID> log(ApprenticeshipId apprenticeshipId, String reference, LocalDate date, int minutes,
            String activityType, String description, List<String> ksbs) {
        return entries.record(apprenticeshipId, OtjEntries.LEARNER, reference,
                EntryDraft.lasting(date, minutes, activityType, description, ksbs));
    }

    /** The same, pointing to one of the apprenticeship's portfolio evidence items (checked to be its own). */
    public Optional<UUID> log(ApprenticeshipId apprenticeshipId, String reference, LocalDate date, int minutes,
            String activityType, String description, List<String> ksbs, UUID portfolioEvidenceId) {
        return entries.record(apprenticeshipId, OtjEntries.LEARNER, reference, new EntryDraft(date, null, null,
                java.math.BigDecimal.valueOf(minutes), activityType, description, ksbs, null, portfolioEvidenceId));
    }

    /**
     * An entry brought from another provider's record of the learner (their transfer pack,
     * docs/domain/transfer-pack.md), through the same checks as every entry: its source names that provider, so the
     * ledger says who recorded it; approved again here when it was approved there, through the state table.
     */
    public Optional<UUID> broughtIn(ApprenticeshipId apprenticeshipId, String provider, String reference, LocalDate date,
            int minutes, String activityType, String description, List<String> ksbs, boolean approved) {
        String source = provider.length() <= 40 ? provider : provider.substring(0, 39) + "…";
        Optional<UUID> id = entries.record(apprenticeshipId, source, reference,
                EntryDraft.lasting(date, minutes, activityType, description, ksbs));
        if (approved) {
            id.ifPresent(this::approve);
        }
        return id;
    }

    public void approve(UUID entryId) {
        entries.reviewAsSystem(entryId, EntryAction.APPROVE, null, null);
    }

    /** Reasons: NOT_OFF_THE_JOB, NOT_ENOUGH_DETAIL, DUPLICATE, OUTSIDE_WORKING_HOURS, OTHER. */
    public void reject(UUID entryId, String reason, String note) {
        entries.reviewAsSystem(entryId, EntryAction.REJECT, RejectionReason.valueOf(reason), note);
    }

    public boolean hasEntries(ApprenticeshipId apprenticeshipId) {
        return store.count(apprenticeshipId, null) > 0;
    }

    /** Planned hours and hours expected to date, for demo data that aims at a pace. */
    public record Targets(java.math.BigDecimal planned, java.math.BigDecimal expectedToDate) {
    }
}
