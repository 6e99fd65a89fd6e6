package waypoint.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.identity.CurrentUser;
import waypoint.shared.time.GovUkDates;
import waypoint.reporting.internal.accountability.AccountabilityReport;
import waypoint.reporting.internal.accountability.AccountabilitySnapshots;
import waypoint.reporting.internal.accountability.AccountabilityThresholds;
import waypoint.reporting.internal.accountability.FeedbackRatings;
import waypoint.reporting.internal.accountability.Figure;
import waypoint.reporting.internal.accountability.Indicator;
import waypoint.reporting.internal.accountability.Threshold;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.reporting.web.AccountabilityForms.RatingsForm;
import waypoint.reporting.web.AccountabilityForms.ThresholdForm;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.FormErrors;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;

/**
 * The accountability figures (docs/domain/accountability.md): the indicators for a year against the provider's
 * thresholds, the breakdown, the trend, the forecast; the apprentices behind each figure as a page and a CSV file;
 * and the administrators' thresholds form. The report authorises every request.
 */
@Controller
class AccountabilityPages {

    private final AccountabilityReport report;
    private final AccountabilitySnapshots snapshots;
    private final AccountabilityThresholds thresholds;
    private final FeedbackRatings ratings;
    private final Validator validator;
    private final Clock clock;

    AccountabilityPages(AccountabilityReport report, AccountabilitySnapshots snapshots,
            AccountabilityThresholds thresholds, FeedbackRatings ratings, Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
        this.report = report;
        this.snapshots = snapshots;
        this.thresholds = thresholds;
        this.ratings = ratings;
    }

    @GetMapping("/accountability")
    String page(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String by, Model model) {
        report.requireReader(user);
        model.addAttribute("years", report.years());
        model.addAttribute("dimensions", waypoint.reporting.internal.accountability.Dimension.values());
        model.addAttribute("canChange", thresholds.canChange(user));
        model.addAttribute("ratings", ratings.latest().orElse(null));
        model.addAttribute("canRecordRatings", ratings.canRecord(user));
        try {
            AccountabilityReport.Overview overview = report.overview(user, report.filter(year, by, null));
            model.addAttribute("overview", overview);
            model.addAttribute("chart", TrendChart.of(overview.trend()));
            model.addAttribute("errors", Map.of());
            asAt(model, overview.snapshot());
        } catch (FieldValidationException invalid) {
            model.addAttribute("errors", invalid.errors());
        }
        model.addAttribute("year", year == null ? "" : year);
        model.addAttribute("by", by == null ? "" : by);
        return "reporting/accountability";
    }

    /**
     * When the figures shown were calculated, whether a scheduled calculation is overdue since, whether a press of
     * "Recalculate now" is under way, and whether the last one failed after they were calculated.
     */
    private void asAt(Model model, AccountabilitySnapshots.Kept snapshot) {
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("overdueSince", snapshots.overdueSince(snapshot).orElse(null));
        model.addAttribute("recalculating", snapshots.underway().orElse(null));
        model.addAttribute("recalculationFailed", snapshots.failedSince(snapshot).orElse(null));
    }

    /**
     * "Recalculate now": for everyone who reads the figures; in the audit trail. The calculation runs in the
     * background: the page says it is recalculating until it ends. A calculation already running (here or on another
     * node) is left to finish and the page says so.
     */
    @PostMapping("/accountability/recalculate")
    String recalculate(CurrentUser user, RedirectAttributes redirect) {
        report.requireReader(user);
        AccountabilitySnapshots.Press press = snapshots.recalculate(user);
        if (press.started()) {
            redirect.addFlashAttribute("saved", "Recalculating the figures: refresh this page in a minute to see the"
                    + " new ones");
        } else {
            redirect.addFlashAttribute("running", "The figures are already being recalculated, so nothing more was"
                    + " started. Refresh this page in a minute to see them.");
        }
        return "redirect:/accountability";
    }

    @GetMapping("/accountability/apprentices")
    String apprentices(CurrentUser user, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String year, @RequestParam(required = false) String by,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page, Model model) {
        report.requireReader(user);
        AccountabilityReport.Filter filter = report.filter(year, by, group);
        Indicator chosen = report.indicator(indicator);
        AccountabilityReport.Drill drill = report.apprentices(user, chosen, filter, page, PageOf.DEFAULT_SIZE);
        model.addAttribute("drill", drill);
        asAt(model, drill.snapshot());
        String base = UriComponentsBuilder.fromPath("/accountability/apprentices")
                .queryParam("indicator", chosen.slug()).queryParam("year", filter.year().startYear())
                .queryParam("by", filter.by().slug())
                .queryParamIfPresent("group", java.util.Optional.ofNullable(filter.group()))
                .encode().build().toUriString();
        model.addAttribute("pagesUrl", base);
        model.addAttribute("csvUrl", base.replaceFirst("/accountability/apprentices", "/accountability/apprentices.csv"));
        return "reporting/accountability-apprentices";
    }

    @GetMapping("/accountability/apprentices.csv")
    ResponseEntity<byte[]> apprenticesCsv(CurrentUser user, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String year, @RequestParam(required = false) String by,
            @RequestParam(required = false) String group) {
        report.requireReader(user);
        AccountabilityReport.Filter filter = report.filter(year, by, group);
        Indicator chosen = report.indicator(indicator);
        AccountabilityReport.Drill drill = report.apprentices(user, chosen, filter, 0, Integer.MAX_VALUE / 2);
        CsvTable csv = CsvTable.withColumns("apprenticeship_id", "apprentice", "standard", "tutor", "employer",
                "start", "planned_end", "status", "counted_in_figure", "why");
        for (Figure.Counted c : drill.page().items()) {
            csv.row(c.fact().id(), c.fact().learnerName(), c.fact().standardReference(), c.fact().tutorName(),
                    c.fact().employerName(), c.fact().start(), c.fact().plannedEnd(), c.fact().status().words(),
                    c.inNumerator() ? "yes" : "no", c.why());
        }
        return CsvDownload.of("accountability-" + chosen.slug() + "-" + filter.year().startYear() + ".csv", csv);
    }

    /** The form for the ratings the Apprenticeship Service publishes, for quality and administrators. */
    @GetMapping("/accountability/feedback-ratings")
    String ratingsForm(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        ratings.requireRecorder(user);
        model.addAttribute("ratings", RatingsForm.empty());
        return ratingsPage(model, page);
    }

    @PostMapping("/accountability/feedback-ratings")
    String recordRatings(CurrentUser user, @ModelAttribute("ratings") RatingsForm typed,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ratings.requireRecorder(user);
        try {
            RatingsForm form = typed.on(LocalDate.now(clock));
            FormChecks.require(validator, form);
            ratings.record(user, form.published());
        } catch (FieldValidationException invalid) {
            FormErrors.reject(result, invalid);
            return ratingsPage(model, 0);
        }
        redirect.addFlashAttribute("saved", "Feedback ratings saved");
        return "redirect:/accountability#feedback-ratings";
    }

    /** The form, the newest published ratings beside the provider's own surveys, and the history ten at a time. */
    private String ratingsPage(Model model, int page) {
        model.addAttribute("latest", ratings.latest().orElse(null));
        model.addAttribute("ownSurveys", ratings.ownSurveys());
        model.addAttribute("history", ratings.history(page));
        return "reporting/accountability-feedback-ratings";
    }

    @GetMapping("/accountability/thresholds/{indicator}")
    String thresholdForm(CurrentUser user, @PathVariable String indicator, Model model) {
        Indicator chosen = changeable(user, indicator);
        Threshold t = thresholds.all().get(chosen);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("atRisk", t.atRisk() == null ? "" : t.atRisk().stripTrailingZeros().toPlainString());
        typed.put("needsImprovement", t.needsImprovement() == null ? ""
                : t.needsImprovement().stripTrailingZeros().toPlainString());
        typed.put("source", t.example() || t.source() == null ? "" : t.source());
        return thresholdPage(model, chosen, t, Map.of(), typed);
    }

    private String thresholdPage(Model model, Indicator indicator, Threshold current, Map<String, String> errors,
            Map<String, String> typed) {
        model.addAttribute("indicator", indicator);
        model.addAttribute("current", current);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "reporting/accountability-threshold";
    }

    @PostMapping("/accountability/thresholds/{indicator}")
    String changeThreshold(CurrentUser user, @PathVariable String indicator, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Indicator chosen = changeable(user, indicator);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {"atRisk", "needsImprovement", "source"}) {
            String value = request.getParameter(field);
            typed.put(field, value == null ? "" : value);
        }
        try {
            ThresholdForm form = new ThresholdForm(typed.get("atRisk"), typed.get("needsImprovement"),
                    typed.get("source"), chosen.higherIsBetter());
            FormChecks.require(validator, form);
            thresholds.change(user, chosen, form.change());
        } catch (FieldValidationException invalid) {
            return thresholdPage(model, chosen, thresholds.all().get(chosen), invalid.errors(), typed);
        }
        redirect.addFlashAttribute("saved", "Thresholds saved for " + chosen.title().toLowerCase());
        return "redirect:/accountability";
    }

    private Indicator changeable(CurrentUser user, String slug) {
        if (!thresholds.canChange(user)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only an administrator may change the accountability thresholds");
        }
        Indicator chosen = Indicator.fromSlug(slug).orElseThrow(() -> new NotFoundException("The indicator"));
        if (chosen.suspended()) {
            throw new NotFoundException("The thresholds of a suspended indicator");
        }
        return chosen;
    }
}
