package waypoint.shared.web;

import java.util.Set;

/**
 * A link in the role navigation. Each module declares its own as beans; people see the items any of whose
 * roles (authority names without the ROLE_ prefix) they hold, in order.
 */
public record NavigationItem(String label, String href, int order, Set<String> roles) {

    public boolean isActive(String path) {
        if (path == null) {
            return false;
        }
        return "/".equals(href) ? "/".equals(path) : path.equals(href) || path.startsWith(href + "/");
    }
}
