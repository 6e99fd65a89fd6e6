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

import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.shared.csv.CsvTable;
import waypoint.shared.web.CsvDownload;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.NavigationItem;

/** The funding forecast as a page and a CSV file, and one apprenticeship's money with its working. */
@Controller
class FundingPages {

    private final FundingForecast forecast;

    FundingPages(FundingForecast forecast) {
        this.forecast = forecast;
    }

    @GetMapping("/reports/funding")
    String page(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, Model model) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        int starting = filters.year() == null ? forecast.currentYear() : filters.year();
        model.addAttribute("errors", filters.errors());
        FundingForecast.Forecast f = filters.errors().isEmpty() ? forecast.forecast(user, starting, filters.filter())
                : null;
        model.addAttribute("f", f);
        if (f != null) {
            model.addAttribute("tables", List.of(
                    new Table("By month", List.of(new FundingForecast.Line("all", "All", f.totals(), f.total())),
                            false),
                    new Table("By standard", f.byStandard(), false), new Table("By employer", f.byEmployer(), false),
                    new Table("By tutor", f.byTutor(), false), new Table("By apprentice", f.apprentices(), true)));
        }
        model.addAttribute("year", year == null ? String.valueOf(starting) : year);
        model.addAttribute("standard", standard == null ? "" : standard);
        model.addAttribute("employer", employer == null ? "" : employer);
        model.addAttribute("tutor", tutor == null ? "" : tutor);
        return "reporting/funding";
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
