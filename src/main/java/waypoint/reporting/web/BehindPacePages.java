package waypoint.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.behindpace.BehindPaceReport;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/** The behind-pace report as a page and a CSV file; its old address under off-the-job still finds it. */
@Controller
class BehindPacePages {

    private final BehindPaceReport report;

    BehindPacePages(BehindPaceReport report) {
        this.report = report;
    }

    /** The filters as typed, and what is wrong with them (field name to message). */
    private record Filters(BehindPaceReport.Filter filter, Map<String, String> errors) {

        static Filters of(String tutor, String employer, String standard) {
            Map<String, String> errors = new LinkedHashMap<>();
            UUID tutorId = id(tutor, "tutor", "Enter the tutor's staff id as it is shown on their staff page, or leave"
                    + " it empty", errors);
            UUID employerId = id(employer, "employer", "Enter the employer's id as it is shown on the employer's page,"
                    + " or leave it empty", errors);
            return new Filters(new BehindPaceReport.Filter(tutorId, employerId, standard), errors);
        }

        private static UUID id(String typed, String field, String message, Map<String, String> errors) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(typed.strip());
            } catch (IllegalArgumentException notAnId) {
                errors.put(field, message);
                return null;
            }
        }
    }

    @GetMapping("/reports/behind-pace")
    String page(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String employer, @RequestParam(required = false) String standard,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Filters filters = Filters.of(tutor, employer, standard);
        // a report with a filter that is not an id would list what was not asked for: the errors, and no list
        if (filters.errors().isEmpty()) {
            model.addAttribute("rows", report.page(user, filters.filter(), Math.max(0, page), PageOf.DEFAULT_SIZE));
        } else {
            report.requireReader(user);
            model.addAttribute("rows", new PageOf<BehindPaceReport.Row>(List.of(), 0, PageOf.DEFAULT_SIZE, 0));
        }
        model.addAttribute("errors", filters.errors());
        model.addAttribute("tutor", tutor == null ? "" : tutor);
        model.addAttribute("employer", employer == null ? "" : employer);
        model.addAttribute("standard", standard == null ? "" : standard);
        // every filter carried from page to page
        model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/reports/behind-pace")
                .queryParamIfPresent("tutor", Optional.ofNullable(filters.filter().tutorId()))
                .queryParamIfPresent("employer", Optional.ofNullable(filters.filter().employerId()))
                .queryParamIfPresent("standard", Optional.ofNullable(standard).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "reporting/behind-pace";
    }

    @GetMapping("/reports/behind-pace.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String employer, @RequestParam(required = false) String standard) {
        Filters filters = Filters.of(tutor, employer, standard);
        report.requireReader(user);
        if (!filters.errors().isEmpty()) {
            throw new FieldValidationException(filters.errors());
        }
        CsvTable csv = CsvTable.withColumns("apprenticeship_id", "learner", "employer", "tutor", "standard",
                "planned_hours", "expected_to_date_hours", "approved_hours", "pending_hours", "shortfall_hours",
                "status");
        int page = 0;
        PageOf<BehindPaceReport.Row> rows;
        do {
            rows = report.page(user, filters.filter(), page++, 1000);
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
    RedirectView pageWhereItWas(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/behind-pace", request);
    }

    @GetMapping("/off-the-job/behind-pace.csv")
    RedirectView csvWhereItWas(HttpServletRequest request) {
        return OldAddresses.redirect("/reports/behind-pace.csv", request);
    }
}
