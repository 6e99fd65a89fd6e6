package waypoint.reporting.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.behindpace.BehindPaceReport;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.PageOf;

/** The behind-pace report as a page and a CSV file; its old address under off-the-job still finds it. */
@Controller
class BehindPacePages {

    private final BehindPaceReport report;

    BehindPacePages(BehindPaceReport report) {
        this.report = report;
    }

    @GetMapping("/reports/behind-pace")
    String page(CurrentUser user, @RequestParam(required = false) UUID tutor,
            @RequestParam(required = false) UUID employer, @RequestParam(required = false) String standard,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("rows", report.page(user, new BehindPaceReport.Filter(tutor, employer, standard),
                Math.max(0, page), PageOf.DEFAULT_SIZE));
        model.addAttribute("tutor", tutor);
        model.addAttribute("employer", employer);
        model.addAttribute("standard", standard == null ? "" : standard);
        // every filter carried from page to page
        model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/reports/behind-pace")
                .queryParamIfPresent("tutor", java.util.Optional.ofNullable(tutor))
                .queryParamIfPresent("employer", java.util.Optional.ofNullable(employer))
                .queryParamIfPresent("standard", java.util.Optional.ofNullable(standard).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "reporting/behind-pace";
    }

    @GetMapping("/reports/behind-pace.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) UUID tutor,
            @RequestParam(required = false) UUID employer, @RequestParam(required = false) String standard) {
        CsvTable csv = CsvTable.withColumns("apprenticeship_id", "learner", "employer", "tutor", "standard",
                "planned_hours", "expected_to_date_hours", "approved_hours", "pending_hours", "shortfall_hours",
                "status");
        BehindPaceReport.Filter filter = new BehindPaceReport.Filter(tutor, employer, standard);
        int page = 0;
        PageOf<BehindPaceReport.Row> rows;
        do {
            rows = report.page(user, filter, page++, 1000);
            for (BehindPaceReport.Row r : rows.items()) {
                csv.row(r.apprenticeshipId(), r.learnerName(), r.employerName(), r.tutorName(), r.standard(),
                        r.planned().toPlainString(), r.expected().toPlainString(), r.approved().toPlainString(),
                        r.pending().toPlainString(), r.shortfall().toPlainString(), r.status().name());
            }
        } while (rows.hasNext());
        return CsvDownload.of("behind-pace.csv", csv);
    }

    /** Where the report was before it moved here: a bookmark (with its filters) still finds it. */
    @GetMapping("/off-the-job/behind-pace")
    String pageWhereItWas(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/behind-pace", request);
    }

    @GetMapping("/off-the-job/behind-pace.csv")
    String csvWhereItWas(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/behind-pace.csv", request);
    }
}
