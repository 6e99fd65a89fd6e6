package waypoint.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The navigation a signed-in person sees: the links of their roles, with every report they may open gathered
 * behind one "Reports" item, and the reports themselves for the Reports page.
 */
@Component
public class RoleNavigation {

    public static final String REPORTS_HREF = "/reports";
    /** Where "Reports" stands in the navigation: where the first report's own link used to be. */
    static final int REPORTS_ORDER = 82;

    private final List<NavigationItem> items;

    RoleNavigation(List<NavigationItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    /** The navigation of whoever is signed in: their own links and, if they may open a report, "Reports". */
    public List<NavigationItem> itemsFor(Authentication authentication) {
        Set<String> held = heldRoles(authentication);
        List<NavigationItem> reports = reportsFor(held);
        List<NavigationItem> shown = new ArrayList<>(items.stream()
                .filter(item -> item.place() == NavigationItem.Place.MENU && item.isVisibleTo(held)).toList());
        if (!reports.isEmpty()) {
            shown.add(new NavigationItem("Reports", REPORTS_HREF, REPORTS_ORDER, held, null, NavigationItem.Place.MENU,
                    reports.stream().map(NavigationItem::href).toList()));
            shown.sort(Comparator.comparingInt(NavigationItem::order));
        }
        return List.copyOf(shown);
    }

    /** The reports whoever is signed in may open, in order; empty if none. */
    public List<NavigationItem> reportsFor(Authentication authentication) {
        return reportsFor(heldRoles(authentication));
    }

    /** The footer links of whoever is signed in. */
    public List<NavigationItem> footerFor(Authentication authentication) {
        Set<String> held = heldRoles(authentication);
        return items.stream().filter(item -> item.place() == NavigationItem.Place.FOOTER && item.isVisibleTo(held))
                .toList();
    }

    private List<NavigationItem> reportsFor(Set<String> held) {
        return items.stream().filter(item -> item.isReport() && item.isVisibleTo(held)).toList();
    }

    private static Set<String> heldRoles(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
    }
}
