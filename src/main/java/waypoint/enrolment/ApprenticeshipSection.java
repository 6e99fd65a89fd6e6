package waypoint.enrolment;

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
    String path(ApprenticeshipId apprenticeshipId);

    /** Lower first. */
    int order();

    /** Whether to offer the link to this person, who can already see the apprenticeship. */
    default boolean shownTo(CurrentUser user) {
        return true;
    }

    /**
     * The usual section: the page {@code /apprenticeships/{id}/<segment>}, offered to everyone who can see the
     * apprenticeship.
     */
    static ApprenticeshipSection page(String label, String segment, int order) {
        return page(label, segment, order, user -> true);
    }

    /** The usual section, offered only to the people {@code shownTo} accepts. */
    static ApprenticeshipSection page(String label, String segment, int order,
            java.util.function.Predicate<CurrentUser> shownTo) {
        return new Page(label, segment, order, shownTo);
    }

    /** A section made by {@link #page}. */
    record Page(String label, String segment, int order, java.util.function.Predicate<CurrentUser> offeredTo)
            implements ApprenticeshipSection {

        @Override
        public String path(ApprenticeshipId apprenticeshipId) {
            return "/apprenticeships/" + apprenticeshipId + "/" + segment;
        }

        @Override
        public boolean shownTo(CurrentUser user) {
            return offeredTo.test(user);
        }
    }

    /** One section for the page: the label and where it goes. */
    record Link(String label, String href) {
    }
}
