package waypoint.reporting.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.behindpace.BehindPaceReport;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.web.PageOf;

/** The behind-pace report as a page and a CSV file; its old address under off-the-job still finds it. */
@Controller
class BehindPacePages {

    /** An id as pages show it, or nothing. */
    private static final String ID_OR_NOTHING = "\\s*(\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-"
            + "\\p{XDigit}{12})?\\s*";

    private final BehindPaceReport report;
    private final Validator validator;

    BehindPacePages(BehindPaceReport report, Validator validator) {
        this.report = report;
        this.validator = validator;
    }

    /** The filters as typed: a tutor's and an employer's id as their pages show them, and a standard. */
    record Filters(
            @Pattern(regexp = ID_OR_NOTHING, message = "Enter the tutor's staff id as it is shown on their staff"
                    + " page, or leave it empty") String tutor,
            @Pattern(regexp = ID_OR_NOTHING, message = "Enter the employer's id as it is shown on the employer's"
                    + " page, or leave it empty") String employer,
            String standard) {

        BehindPaceReport.Filter filter() {
            return new BehindPaceReport.Filter(id(tutor), id(employer), standard);
        }

        private static UUID id(String typed) {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        }
    }

    @GetMapping("/reports/behind-pace")
    String page(CurrentUser user, @ModelAttribute("filters") Filters filters, BindingResult result,
            @RequestParam(defaultValue = "0") int page, Model model) {
        String tutor = filters.tutor();
        String employer = filters.employer();
        String standard = filters.standard();
        // a report with a filter that is not an id would list what was not asked for: the errors, and no list
        if (FormChecks.check(validator, result)) {
            model.addAttribute("rows", report.page(user, filters.filter(), Math.max(0, page), PageOf.DEFAULT_SIZE));
        } else {
            report.requireReader(user);
            model.addAttribute("rows", new PageOf<BehindPaceReport.Row>(List.of(), 0, PageOf.DEFAULT_SIZE, 0));
        }
        model.addAttribute("errors", FormErrors.messages(result));
        model.addAttribute("tutor", tutor == null ? "" : tutor);
        model.addAttribute("employer", employer == null ? "" : employer);
        model.addAttribute("standard", standard == null ? "" : standard);
        // every filter carried from page to page
        model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/reports/behind-pace")
                .queryParamIfPresent("tutor", Optional.ofNullable(result.hasErrors() ? null : filters.filter().tutorId()))
                .queryParamIfPresent("employer", Optional.ofNullable(result.hasErrors() ? null
                        : filters.filter().employerId()))
                .queryParamIfPresent("standard", Optional.ofNullable(standard).filter(s -> !s.isBlank()))
                .encode().build().toUriString());
        return "reporting/behind-pace";
    }

    @GetMapping("/reports/behind-pace.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String tutor,
            @RequestParam(required = false) String employer, @RequestParam(required = false) String standard) {
        Filters filters = new Filters(tutor, employer, standard);
        report.requireReader(user);
        FormChecks.require(validator, filters);
        CsvTable csv = CsvTable.withColumns("apprenticeship_id", "learner", "employer", "tutor", "standard",
                "planned_hours", "expected_to_date_hours", "approved_hours", "pending_hours", "shortfall_hours",
                "status");
        report.each(user, filters.filter(), r -> csv.row(r.apprenticeshipId(), r.learnerName(), r.employerName(),
                r.tutorName(), r.standard(), r.planned().toPlainString(), r.expected().toPlainString(),
                r.approved().toPlainString(), r.pending().toPlainString(), r.shortfall().toPlainString(),
                r.status().name()));
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
