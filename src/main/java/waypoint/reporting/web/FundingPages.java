package waypoint.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.money.Money;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.NavigationItem;
import waypoint.shared.web.PageOf;

/** The funding forecast as a page and a CSV file, and one apprenticeship's money with its working. */
@Controller
class FundingPages {

    private final FundingForecast forecast;
    private final Validator validator;

    FundingPages(FundingForecast forecast, Validator validator) {
        this.forecast = forecast;
        this.validator = validator;
    }

    /** What is wrong with the filters typed: field name to message, in the order they are asked. */
    private Map<String, String> problems(FundingFilters filters) {
        return FormChecks.problems(validator, filters);
    }

    /**
     * The page: the kept forecast's "as at", the year's totals by month and by standard, and one breakdown (by
     * employer, tutor or apprentice, or the apprenticeships whose earnings are not known) a page of 25 lines at a time:
     * at 100,000 apprenticeships every line at once would be a page of tens of megabytes (docs/performance.md,
     * "Provider-wide reports"). Before the forecast has ever been worked out it says so, with "Work out now", and shows
     * no figures. The CSV file has every apprentice.
     */
    @GetMapping("/reports/funding")
    String page(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String by,
            @RequestParam(defaultValue = "0") int page, Model model) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        Map<String, String> errors = problems(filters);
        Integer typedYear = errors.containsKey("year") ? null : filters.startingYear();
        int starting = typedYear == null ? forecast.currentYear() : typedYear;
        Breakdown breakdown = Breakdown.named(by);
        model.addAttribute("errors", errors);
        Optional<FundingForecast.Forecast> found = errors.isEmpty()
                ? forecast.forecast(user, starting, filters.filter(), page, PageOf.DEFAULT_SIZE) : Optional.empty();
        FundingForecast.Forecast f = found.orElse(null);
        model.addAttribute("f", f);
        model.addAttribute("notWorkedOut", errors.isEmpty() && f == null);
        model.addAllAttributes(forecast.standing().attributes());
        model.addAttribute("workedOutAt", forecast.kept().map(FundingForecast.Kept::workedOutAt).orElse(null));
        model.addAttribute("year", year == null ? String.valueOf(starting) : year);
        model.addAttribute("standard", standard == null ? "" : standard);
        model.addAttribute("employer", employer == null ? "" : employer);
        model.addAttribute("tutor", tutor == null ? "" : tutor);
        model.addAttribute("by", breakdown);
        model.addAttribute("breakdowns", List.of(Breakdown.EMPLOYER, Breakdown.TUTOR, Breakdown.APPRENTICE));
        if (f != null) {
            model.addAttribute("tables", List.of(
                    new Table("By month", List.of(new FundingForecast.Line("all", "All", f.totals(), f.total())),
                            false),
                    new Table("By standard", f.byStandard(), false)));
            model.addAttribute("lines", switch (breakdown) {
                case EMPLOYER -> f.byEmployer();
                case TUTOR -> f.byTutor();
                case APPRENTICE -> forecast.apprentices(user, starting, filters.filter(), page, PageOf.DEFAULT_SIZE);
                case UNKNOWN -> null;
            });
            model.addAttribute("unknown", breakdown == Breakdown.UNKNOWN
                    ? forecast.notKnown(user, starting, filters.filter(), page, PageOf.DEFAULT_SIZE) : null);
            model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/reports/funding")
                    .queryParam("year", f.yearStarting())
                    .queryParamIfPresent("standard", blankless(standard))
                    .queryParamIfPresent("employer", blankless(employer))
                    .queryParamIfPresent("tutor", blankless(tutor))
                    .queryParam("by", breakdown.name().toLowerCase(java.util.Locale.ROOT)).build().toUriString());
        }
        return "reporting/funding";
    }

    /**
     * "Work out now": the whole forecast is worked out again in the background; the page says so, since when, and
     * shows the forecast kept until then. While one is under way a press starts nothing more.
     */
    @PostMapping("/reports/funding/work-out")
    String workOut(CurrentUser user, RedirectAttributes redirect) {
        redirect.addFlashAttribute(forecast.workOutNow(user).flash(), true);
        return "redirect:/reports/funding";
    }

    private static Optional<String> blankless(String typed) {
        return Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** What the year is broken down by below its totals. */
    enum Breakdown {
        EMPLOYER("By employer"), TUTOR("By tutor"), APPRENTICE("By apprentice"),
        UNKNOWN("Earnings not known");

        private final String words;

        Breakdown(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The breakdown named in the address; by apprentice for anything else. */
        static Breakdown named(String by) {
            for (Breakdown b : values()) {
                if (b.name().equalsIgnoreCase(by == null ? "" : by.strip())) {
                    return b;
                }
            }
            return APPRENTICE;
        }

    }

    /**
     * Every apprentice's line of the year and the totals, written as the lines are read (the whole provider's file is
     * never held at once). Before the forecast has ever been worked out there is no file: the page says so.
     */
    @GetMapping("/reports/funding.csv")
    void csv(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, HttpServletResponse response) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        FormChecks.require(validator, filters);
        int starting = filters.startingYear() == null ? forecast.currentYear() : filters.startingYear();
        if (forecast.kept().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, NOT_WORKED_OUT);
        }
        List<String> columns = new ArrayList<>(List.of("apprenticeship_id", "apprentice"));
        FundingForecast.months(starting).forEach(m -> columns.add(m.toString()));
        columns.add("total");
        CsvTable csv = CsvDownload.writingTo(response, "funding-forecast-" + starting + ".csv", columns);
        Optional<Money[]> totals = forecast.eachApprentice(user, starting, filters.filter(), line -> {
            List<Object> cells = new ArrayList<>(List.of(line.key(), line.name()));
            line.months().forEach(a -> cells.add(a.toString()));
            cells.add(line.total().toString());
            csv.row(cells);
        });
        List<Object> last = new ArrayList<>(List.of("", "Total"));
        Money all = Money.ZERO;
        for (Money month : totals.orElseGet(() -> new Money[0])) {
            last.add(month.toString());
            all = all.plus(month);
        }
        last.add(all.toString());
        csv.row(last);
        csv.flush();
    }

    /** What the file and the API say before the forecast has ever been worked out. */
    static final String NOT_WORKED_OUT = "The funding forecast has not been worked out yet. It is worked out each"
            + " night; a reader can also press \"Work out now\" on the funding forecast page.";

    // any id but "new", whose funding question (/apprenticeships/new/funding) this longer address would otherwise take;
    // a malformed id is bound like any other and answers the not-found page
    @GetMapping("/apprenticeships/{id:(?!new$).+}/funding")
    String apprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id, Model model) {
        FundingForecast.Apprentice a = forecast.of(user, id);
        model.addAttribute("a", a);
        model.addAttribute("earned", a.earnings().known() ? a.earnings().earned() : null);
        model.addAttribute("total", a.earnings().known() ? a.earnings().total() : null);
        return "reporting/apprenticeship-funding";
    }

    /** One table of the page: its caption, its lines, and whether they are apprentices (linked to their page). */
    record Table(String caption, List<FundingForecast.Line> lines, boolean apprentices) {
    }

    @Configuration(proxyBeanMethods = false)
    static class FundingLinks {

        private static final Set<String> READERS = ReportingNavigation.names(FundingForecast.READERS);

        @Bean
        NavigationItem fundingNavigation() {
            return NavigationItem.report("Funding forecast", "/reports/funding", 85, READERS,
                    "What the provider earns each month of a funding year (August to July).");
        }

        @Bean
        ApprenticeshipSection fundingSection() {
            return ApprenticeshipSection.page("Funding and earnings", "funding", 90,
                    user -> READERS.stream().anyMatch(role -> user.has(Role.valueOf(role))));
        }
    }
}
