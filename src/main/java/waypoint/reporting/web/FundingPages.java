package waypoint.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.NavigationItem;
import waypoint.shared.web.PageOf;

/** The funding forecast as a page and a CSV file, and one apprenticeship's money with its working. */
@Controller
class FundingPages {

    private final FundingForecast forecast;

    FundingPages(FundingForecast forecast) {
        this.forecast = forecast;
    }

    /**
     * The page: the year's totals by month and by standard, and one breakdown (by employer, tutor or apprentice, or
     * the apprenticeships whose earnings are not known) a page of 25 lines at a time: at 100,000 apprenticeships
     * every line at once would be a page of tens of megabytes (docs/performance.md, "Provider-wide reports (session
     * 12)"). The CSV file has every apprentice.
     */
    @GetMapping("/reports/funding")
    String page(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String by,
            @RequestParam(defaultValue = "0") int page, Model model) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        int starting = filters.year() == null ? forecast.currentYear() : filters.year();
        Breakdown breakdown = Breakdown.named(by);
        model.addAttribute("errors", filters.errors());
        FundingForecast.Forecast f = filters.errors().isEmpty() ? forecast.forecast(user, starting, filters.filter())
                : null;
        model.addAttribute("f", f);
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
            model.addAttribute("lines", breakdown == Breakdown.UNKNOWN ? null
                    : pageOf(breakdown.lines(f), page));
            model.addAttribute("unknown", pageOf(f.unknown(), breakdown == Breakdown.UNKNOWN ? page : 0));
            model.addAttribute("pagesUrl", UriComponentsBuilder.fromPath("/reports/funding")
                    .queryParam("year", f.yearStarting())
                    .queryParamIfPresent("standard", blankless(standard))
                    .queryParamIfPresent("employer", blankless(employer))
                    .queryParamIfPresent("tutor", blankless(tutor))
                    .queryParam("by", breakdown.name().toLowerCase(java.util.Locale.ROOT)).build().toUriString());
        }
        return "reporting/funding";
    }

    private static java.util.Optional<String> blankless(String typed) {
        return java.util.Optional.ofNullable(typed).map(String::strip).filter(t -> !t.isEmpty());
    }

    /** One page of a list held whole: the page asked for, or the last when it asks past the end. */
    private static <T> PageOf<T> pageOf(List<T> all, int page) {
        int size = PageOf.DEFAULT_SIZE;
        int last = Math.max(0, (all.size() - 1) / size);
        int number = Math.max(0, Math.min(page, last));
        return new PageOf<>(all.subList(Math.min(all.size(), number * size), Math.min(all.size(),
                (number + 1) * size)), number, size, all.size());
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

        List<FundingForecast.Line> lines(FundingForecast.Forecast f) {
            return switch (this) {
                case EMPLOYER -> f.byEmployer();
                case TUTOR -> f.byTutor();
                case APPRENTICE, UNKNOWN -> f.apprentices();
            };
        }
    }

    @GetMapping("/reports/funding.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        if (!filters.errors().isEmpty()) {
            throw new FieldValidationException(filters.errors());
        }
        FundingForecast.Forecast f = forecast.forecast(user, filters.year() == null ? forecast.currentYear()
                : filters.year(), filters.filter());
        List<String> columns = new ArrayList<>(List.of("apprenticeship_id", "apprentice"));
        f.months().forEach(m -> columns.add(m.toString()));
        columns.add("total");
        CsvTable csv = CsvTable.withColumns(columns);
        for (FundingForecast.Line line : f.apprentices()) {
            List<Object> cells = new ArrayList<>(List.of(line.key(), line.name()));
            line.months().forEach(a -> cells.add(a.toPlainString()));
            cells.add(line.total().toPlainString());
            csv.row(cells);
        }
        List<Object> totals = new ArrayList<>(List.of("", "Total"));
        f.totals().forEach(a -> totals.add(a.toPlainString()));
        totals.add(f.total().toPlainString());
        csv.row(totals);
        return CsvDownload.of("funding-forecast-" + f.yearStarting() + ".csv", csv);
    }

    @GetMapping("/apprenticeships/{id:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}/funding")
    String apprenticeship(CurrentUser user, @PathVariable UUID id, Model model) {
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
