package waypoint.organisation;

import java.util.Optional;

import waypoint.identity.CurrentUser;

/**
 * A part of someone's home page that another module contributes (a learner's next steps, an employer's signatures
 * to give, who to tell about a concern). The organisation module owns the page and shows every panel that has
 * something for the signed-in person, in order, after its own sections. A panel decides for itself, by role and
 * relationship, what the person may see.
 */
public interface HomePanel {

    /** Lower first. */
    int order();

    /** What this panel shows the person, or empty when it has nothing for them. */
    Optional<HomePanelView> viewFor(CurrentUser user);
}
