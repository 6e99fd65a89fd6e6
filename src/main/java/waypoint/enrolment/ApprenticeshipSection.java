package waypoint.enrolment;

import java.util.UUID;

import waypoint.identity.CurrentUser;

/**
 * A part of an apprenticeship's record that another module keeps (off-the-job hours, reviews, the portfolio, the
 * gateway, a support case): declare one as a bean and the apprenticeship's page links to it, so people move between
 * the records of one apprenticeship without going back to the lists. The module's own page still authorises every
 * read; {@link #shownTo} only keeps links away from people the page would refuse.
 */
public interface ApprenticeshipSection {

    /** “Off-the-job hours”. */
    String label();

    /** The page, such as {@code /apprenticeships/{id}/off-the-job}. */
    String path(UUID apprenticeshipId);

    /** Lower first. */
    int order();

    /** Whether to offer the link to this person, who can already see the apprenticeship. */
    default boolean shownTo(CurrentUser user) {
        return true;
    }

    /** One section for the page: the label and where it goes. */
    record Link(String label, String href) {
    }
}
