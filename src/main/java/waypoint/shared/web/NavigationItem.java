package waypoint.shared.web;

import java.util.List;
import java.util.Set;

/**
 * A link in the role navigation. Each module declares its own as beans; people see the items any of whose
 * roles (authority names without the ROLE_ prefix) they hold, in order.
 * <p>
 * A report ({@link #report(String, String, int, Set, String)}) is not a link of its own in the navigation: it is
 * listed, with its one-line description, on the Reports page, and one "Reports" item stands for all of them.
 * A {@link #footer(String, String, int, Set) footer} link is shown at the foot of every page instead.
 */
public record NavigationItem(String label, String href, int order, Set<String> roles, String description,
        Place place, List<String> alsoActiveUnder) {

    /** Where the link is shown. */
    public enum Place {
        /** A link of its own in the navigation. */
        MENU,
        /** Listed on the Reports page, behind the one "Reports" item. */
        REPORTS,
        /** A link in the page footer. */
        FOOTER
    }

    public NavigationItem {
        roles = Set.copyOf(roles);
        alsoActiveUnder = List.copyOf(alsoActiveUnder);
    }

    /** A link of its own in the navigation. */
    public NavigationItem(String label, String href, int order, Set<String> roles) {
        this(label, href, order, roles, null, Place.MENU, List.of());
    }

    /** A report: listed with its description on the Reports page, not in the navigation itself. */
    public static NavigationItem report(String label, String href, int order, Set<String> roles, String description) {
        return new NavigationItem(label, href, order, roles, description, Place.REPORTS, List.of());
    }

    /** A link in the footer of every page, for those holding one of the roles. */
    public static NavigationItem footer(String label, String href, int order, Set<String> roles) {
        return new NavigationItem(label, href, order, roles, null, Place.FOOTER, List.of());
    }

    public boolean isReport() {
        return place == Place.REPORTS;
    }

    /** Whether someone holding these roles (without the ROLE_ prefix) sees this item. */
    public boolean isVisibleTo(Set<String> heldRoles) {
        return roles.stream().anyMatch(heldRoles::contains);
    }

    public boolean isActive(String path) {
        if (path == null) {
            return false;
        }
        if ("/".equals(href)) {
            return "/".equals(path);
        }
        return under(path, href) || alsoActiveUnder.stream().anyMatch(prefix -> under(path, prefix));
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
