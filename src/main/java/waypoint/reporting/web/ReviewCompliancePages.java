package waypoint.reporting.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.reviewcompliance.ReviewComplianceReport;
import waypoint.reporting.internal.reviewcompliance.ReviewComplianceReport.Filter;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.CsvDownload;

/**
 * Review compliance as a page and a CSV file, for staff (a tutor their caseload). Staff reach it from "Reviews"
 * (the review module sends them on here); the CSV's old address still finds it.
 */
@Controller
class ReviewCompliancePages {

    private final ReviewComplianceReport report;

    ReviewCompliancePages(ReviewComplianceReport report) {
        this.report = report;
    }

    @GetMapping("/reports/review-compliance")
    String page(CurrentUser user, @RequestParam(defaultValue = "OVERDUE") String filter,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Filter chosen = Filter.named(filter);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", Filter.values());
        ReviewComplianceReport.Compliance compliance = report.compliance(user, chosen, page);
        model.addAttribute("page", compliance.page());
        model.addAttribute("summary", compliance.summary());
        model.addAttribute("mayChangeSettings", user.has(Role.ADMINISTRATOR));
        return "reporting/review-compliance";
    }

    @GetMapping("/reports/review-compliance.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(defaultValue = "OVERDUE") String filter) {
        Filter chosen = Filter.named(filter);
        CsvTable csv = CsvTable.withColumns("Apprentice", "Employer", "Tutor", "Review", "State", "Due date",
                "Meeting");
        for (ReviewComplianceReport.Line line : report.all(user, chosen)) {
            csv.row(line.learnerName(), line.employerName(), line.tutorName(), line.number(), line.state().words(),
                    line.dueDate(), line.meetingAt() == null ? null : GovUkDates.time(line.meetingAt()));
        }
        return CsvDownload.of("reviews-" + chosen.name().toLowerCase().replace('_', '-') + ".csv", csv);
    }

    /** Where the CSV file was before the report moved here: a bookmark (with its filter) still finds it. */
    @GetMapping("/reviews/compliance.csv")
    RedirectView csvWhereItWas(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/review-compliance.csv", request);
    }
}
