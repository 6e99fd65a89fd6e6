package waypoint.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.funding.FoundationIncentiveSettings;
import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.rules.FoundationIncentive;
import waypoint.rules.Earnings;
import waypoint.rules.Incentives;
import waypoint.shared.web.FieldValidationException;

/**
 * The funding forecast and one apprenticeship's money over HTTP, with the same rules as the pages: for heads of
 * delivery, directors, the data officer and administrators; a filter that is not one is refused as a problem detail.
 */
@RestController
@RequestMapping("/api/v1")
class FundingApi {

    private final FundingForecast forecast;
    private final FoundationIncentiveSettings foundationIncentives;

    FundingApi(FundingForecast forecast, FoundationIncentiveSettings foundationIncentives) {
        this.forecast = forecast;
        this.foundationIncentives = foundationIncentives;
    }

    @GetMapping("/funding/foundation-payments")
    @Operation(summary = "The foundation apprenticeship payment as the provider recorded it, by first start date",
            description = "For the readers of the forecast. Empty while none is recorded: the payment is then not"
                    + " known, never 0.")
    List<FoundationIncentive> foundationPayments(CurrentUser user) {
        return foundationIncentives.all(user);
    }

    @PostMapping("/funding/foundation-payments")
    @Operation(summary = "Records the foundation apprenticeship payment for the starts from a date (administrators)",
            description = "startsFrom (a date from 1 August 2025), amount (pounds), paidTo (EMPLOYER or PROVIDER), "
                    + "afterDays (days in learning, 1 to 730), source (the document) and sourceAddress (https://). "
                    + "A record for the same date is replaced; each is in the audit trail.")
    FoundationIncentive recordFoundationPayment(CurrentUser user,
            @RequestBody FoundationIncentiveSettings.Change change) {
        return foundationIncentives.record(user, change);
    }

    record MonthAmount(String month, BigDecimal amount) {
    }

    record Line(String key, String name, List<MonthAmount> months, BigDecimal total) {
    }

    record ForecastResponse(String fundingYear, List<MonthAmount> totals, BigDecimal total,
            BigDecimal employerIncentives, List<Line> apprentices, List<Line> byStandard, List<Line> byEmployer,
            List<Line> byTutor, List<UUID> earningsNotKnown) {
    }

    @GetMapping("/funding/forecast")
    @Operation(summary = "The provider's funding forecast for a funding year, by month, standard, employer and tutor",
            description = "year: the year the funding year starts in (August), by default the current one; standard, "
                    + "employer and tutor narrow it. Amounts are the provider's earnings and its incentive payments; "
                    + "apprenticeships whose earnings are not known (no price or funding band maximum) are listed, "
                    + "never counted as 0.")
    ForecastResponse forecast(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor) {
        forecast.requireReader(user);
        FundingFilters filters = FundingFilters.of(year, standard, employer, tutor);
        if (!filters.errors().isEmpty()) {
            throw new FieldValidationException(filters.errors());
        }
        FundingForecast.Forecast f = forecast.forecast(user, Optional.ofNullable(filters.year())
                .orElseGet(forecast::currentYear), filters.filter());
        return new ForecastResponse(f.yearWords(), amounts(f, f.totals()), f.total(), f.employerIncentives(),
                lines(f, f.apprentices()), lines(f, f.byStandard()), lines(f, f.byEmployer()), lines(f, f.byTutor()),
                f.unknown().stream().map(FundingForecast.Apprentice::apprenticeshipId).toList());
    }

    private static List<MonthAmount> amounts(FundingForecast.Forecast f, List<BigDecimal> amounts) {
        return java.util.stream.IntStream.range(0, f.months().size())
                .mapToObj(i -> new MonthAmount(f.months().get(i).toString(), amounts.get(i))).toList();
    }

    private static List<Line> lines(FundingForecast.Forecast f, List<FundingForecast.Line> lines) {
        return lines.stream().map(l -> new Line(l.key(), l.name(), amounts(f, l.months()), l.total())).toList();
    }

    record Instalment(LocalDate on, String kind, BigDecimal amount, String state) {
    }

    record Payment(String kind, String recipient, int day, LocalDate dueOn, BigDecimal amount, String state) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record ApprenticeFunding(UUID apprenticeshipId, String learnerName, String employerName, String tutorName,
            String standard, String status, boolean earningsKnown, BigDecimal earningsTotal, BigDecimal earnedToDate,
            List<Instalment> earnings, List<Payment> incentives, BigDecimal employerContribution,
            BigDecimal aboveBand, List<String> working, List<String> warnings) {
    }

    @GetMapping("/apprenticeships/{id}/funding")
    @Operation(summary = "One apprenticeship's money: earnings month by month, incentives, the employer's share",
            description = "With the working (“how this is worked out”), each sentence naming the rule it follows. "
                    + "A figure that is not known is null with a warning, never 0.")
    ApprenticeFunding apprenticeship(CurrentUser user, @PathVariable UUID id) {
        FundingForecast.Apprentice a = forecast.of(user, id);
        Earnings e = a.earnings();
        List<String> working = new java.util.ArrayList<>(e.explanations());
        a.incentives().ifPresent(i -> working.addAll(i.explanations()));
        a.price().ifPresent(p -> working.addAll(p.explanations()));
        return new ApprenticeFunding(a.apprenticeshipId(), a.learnerName(), a.employerName(), a.tutorName(),
                a.standard(), a.status(), e.known(), e.known() ? e.total() : null, e.known() ? e.earned() : null,
                e.instalments().stream().map(i -> new Instalment(i.on(), i.kind().name(), i.amount(),
                        i.state().name())).toList(),
                a.incentives().map(Incentives::payments).orElse(List.of()).stream().map(p -> new Payment(
                        p.kind().name(), p.recipient().name(), p.day(), p.dueOn().orElse(null), p.amount(),
                        p.state().name())).toList(),
                a.price().flatMap(p -> p.employerContribution()).orElse(null),
                a.price().flatMap(p -> p.aboveBand()).orElse(null), working, a.warnings());
    }
}
