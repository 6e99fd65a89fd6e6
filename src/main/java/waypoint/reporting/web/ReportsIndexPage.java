package waypoint.reporting.web;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import waypoint.shared.web.NavigationItem;
import waypoint.shared.web.RoleNavigation;

/** The Reports page: the reports the person signed in may open, each with what it shows. */
@Controller
class ReportsIndexPage {

    private final RoleNavigation navigation;

    ReportsIndexPage(RoleNavigation navigation) {
        this.navigation = navigation;
    }

    @GetMapping(RoleNavigation.REPORTS_HREF)
    String reports(Model model) {
        List<NavigationItem> reports = navigation.reportsFor(SecurityContextHolder.getContext().getAuthentication());
        if (reports.isEmpty()) {
            throw new AccessDeniedException("There is no report for this role");
        }
        model.addAttribute("reports", reports);
        return "reporting/reports";
    }
}
