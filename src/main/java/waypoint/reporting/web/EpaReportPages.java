package waypoint.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.epa.EpaReport;

/**
 * The end-point assessment bookings and results, for staff (a tutor their caseload), reached from the gateway
 * readiness dashboard; their old addresses under the gateway still find them.
 */
@Controller
class EpaReportPages {

    private final EpaReport report;

    EpaReportPages(EpaReport report) {
        this.report = report;
    }

    @GetMapping("/reports/epa-bookings")
    String bookings(CurrentUser user, @RequestParam(defaultValue = "false") boolean past,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", report.bookings(user, past, page));
        model.addAttribute("past", past);
        return "reporting/epa-bookings";
    }

    @GetMapping("/reports/epa-results")
    String results(CurrentUser user, Model model) {
        EpaReport.Results results = report.results(user);
        model.addAttribute("results", results);
        model.addAttribute("chart", new GradeChart(results.grades()));
        return "reporting/epa-results";
    }

    /** Where the bookings were before they moved here: a bookmark still finds them. */
    @GetMapping("/gateway/bookings")
    RedirectView bookingsWhereTheyWere(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/epa-bookings", request);
    }

    @GetMapping("/gateway/results")
    RedirectView resultsWhereTheyWere(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/epa-results", request);
    }
}
