package waypoint.otj;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;

/**
 * The apprentice's portfolio evidence an off-the-job entry may point to (optionally evidence: a file, or a link to
 * portfolio evidence). The portfolio module implements it: it already depends on this module (it publishes
 * {@link OffTheJobActivityRecorded}), so this module asks through this interface and never reads the portfolio's
 * tables. The reads are not authorised here: the off-the-job service decides who logs an entry, and {@link #mayOpen}
 * says who may follow the link.
 */
public interface PortfolioEvidenceOptions {

    /** One item of evidence, as a choice in the entry form and on the entry. */
    record Option(UUID id, String title, LocalDate date, String path) {
    }

    /** The apprenticeship's evidence, newest first, at most {@code limit} items. */
    List<Option> of(ApprenticeshipId apprenticeshipId, int limit);

    /** The items among {@code ids} that belong to this apprenticeship (others are left out), by id: one query. */
    Map<UUID, Option> find(ApprenticeshipId apprenticeshipId, Collection<UUID> ids);

    /** Whether this person may open the evidence of the apprenticeship (an employer may not). */
    boolean mayOpen(CurrentUser user, ApprenticeshipId apprenticeshipId);
}
