package waypoint.reporting.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.KeptInBackground;
import waypoint.reporting.internal.funding.FoundationIncentiveSettings;
import waypoint.reporting.internal.funding.FundingForecast;
import waypoint.rules.FoundationIncentive;
import waypoint.rules.Earnings;
import waypoint.rules.Incentives;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;
import waypoint.shared.money.Money;

/**
 * The funding forecast and one apprenticeship's money over HTTP, with the same rules as the pages: for heads of
 * delivery, directors, the data officer and administrators; a filter that is not one is refused as a problem detail.
 */
@RestController
@RequestMapping("/api/v1")
class FundingApi {

    private final FundingForecast forecast;
    private final FoundationIncentiveSettings foundationIncentives;
    private final Validator validator;

    FundingApi(FundingForecast forecast, FoundationIncentiveSettings foundationIncentives, Validator validator) {
        this.forecast = forecast;
        this.foundationIncentives = foundationIncentives;
        this.validator = validator;
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
    FoundationIncentive recordFoundationPayment(CurrentUser user, @RequestBody FoundationPaymentForm payment) {
        if (!FoundationIncentiveSettings.canRecord(user)) {
            throw new AccessDeniedException("Only an administrator records the foundation apprenticeship payment");
        }
        FormChecks.require(validator, payment);
        return foundationIncentives.record(user, payment.payment());
    }

    record MonthAmount(String month, Money amount) {
    }

    record Line(String key, String name, List<MonthAmount> months, Money total) {
    }

    /** Where the other pages of the apprentice lines are: null where there is none. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record Links(String self, String first, String previous, String next, String last) {
    }

    /**
     * The year's forecast as kept: {@code workedOut} false (with {@code message}, and no figures: not £0) before it
     * has ever been worked out. The totals and the lines by standard whole; the lines by employer and by tutor, the
     * apprentice lines and the apprenticeships whose earnings are not known a page at a time ({@code page},
     * {@code size}), with their counts.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record ForecastResponse(String fundingYear, boolean workedOut, Instant asAt, String message,
            List<MonthAmount> totals, Money total, Money employerIncentives, List<Line> byStandard, int page,
            int size, long totalEmployers, List<Line> byEmployer, long totalTutors, List<Line> byTutor,
            long totalApprentices, List<Line> apprentices, long totalEarningsNotKnown,
            List<ApprenticeshipId> earningsNotKnown, Links links) {
    }

    @GetMapping("/funding/forecast")
    @Operation(summary = "The provider's funding forecast for a funding year, by month, standard, employer and tutor, "
            + "with a page of its apprentices",
            description = "year: the year the funding year starts in (August), by default the current one; standard, "
                    + "employer and tutor narrow it. Amounts are the provider's earnings and its incentive payments. "
                    + "The forecast is kept: worked out each night, when a reader asks (POST "
                    + "/api/v1/funding/forecast/work-out) and for an apprenticeship whose price, dates or status "
                    + "change; asAt says when it was last worked out whole, and workedOut is false (with no figures, "
                    + "never 0) before the first time. The totals and the lines by standard are whole; the lines by "
                    + "employer (byEmployer, with totalEmployers), by tutor (byTutor, with totalTutors) and by "
                    + "apprentice (apprentices, with totalApprentices) come a page at a time, each by name (page from "
                    + "0, size 1 to 100, by default 25), with links to the other pages (as many as the longest of the "
                    + "lists needs; a list shorter than the page asked is empty there); earningsNotKnown lists the "
                    + "apprenticeships whose earnings are not known (no price or funding band maximum), never counted "
                    + "as 0, a page at a time by the same page and size, with totalEarningsNotKnown.")
    ForecastResponse forecast(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String standard, @RequestParam(required = false) String employer,
            @RequestParam(required = false) String tutor, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        forecast.requireReader(user);
        FundingFilters filters = new FundingFilters(year, standard, employer, tutor, page, size);
        FormChecks.require(validator, filters);
        int number = filters.pageNumber();
        int perPage = filters.pageSize();
        int starting = Optional.ofNullable(filters.startingYear()).orElseGet(forecast::currentYear);
        String yearWords = "August " + starting + " to July " + (starting + 1);
        Optional<FundingForecast.Forecast> found = forecast.forecast(user, starting, filters.filter(), number,
                perPage);
        if (found.isEmpty()) {
            return new ForecastResponse(yearWords, false, null, FundingPages.NOT_WORKED_OUT, null, null, null,
                    List.of(), number, perPage, 0, List.of(), 0, List.of(), 0, List.of(), 0, List.of(), null);
        }
        FundingForecast.Forecast f = found.get();
        PageOf<FundingForecast.Line> employers = f.byEmployer();
        PageOf<FundingForecast.Line> tutors = f.byTutor();
        PageOf<FundingForecast.Line> lines = forecast.apprentices(user, starting, filters.filter(), number, perPage);
        PageOf<FundingForecast.NotKnown> notKnown = forecast.notKnown(user, starting, filters.filter(), number,
                perPage);
        // the pages asked past the end are empty, not the last page again
        List<ApprenticeshipId> unknown = asked(notKnown, number).stream()
                .map(FundingForecast.NotKnown::apprenticeshipId).toList();
        int pages = java.util.stream.IntStream.of(employers.totalPages(), tutors.totalPages(), lines.totalPages(),
                notKnown.totalPages()).max().orElse(1);
        UriComponentsBuilder self = UriComponentsBuilder.fromPath("/api/v1/funding/forecast")
                .queryParam("year", starting)
                .queryParamIfPresent("standard", Optional.ofNullable(filters.filter().standardReference()))
                .queryParamIfPresent("employer", Optional.ofNullable(filters.filter().employerId()))
                .queryParamIfPresent("tutor", Optional.ofNullable(filters.filter().tutorId()))
                .queryParam("size", perPage);
        Links links = new Links(at(self, number), at(self, 0), number > 0 ? at(self, Math.min(number, pages) - 1)
                : null, number + 1 < pages ? at(self, number + 1) : null, at(self, pages - 1));
        List<String> months = f.months().stream().map(Object::toString).toList();
        return new ForecastResponse(f.yearWords(), true, f.kept().workedOutAt(), null, amounts(months, f.totals()),
                f.total(), f.employerIncentives(), lines(months, f.byStandard()), number, perPage, employers.total(),
                lines(months, asked(employers, number)), tutors.total(), lines(months, asked(tutors, number)),
                lines.total(), lines(months, asked(lines, number)), notKnown.total(), unknown, links);
    }

    /** The page's items when it is the page asked for; none when the list ends before it (not its last page again). */
    private static <T> List<T> asked(PageOf<T> page, int number) {
        return page.number() == number ? page.items() : List.of();
    }

    private static String at(UriComponentsBuilder self, int page) {
        return self.cloneBuilder().queryParam("page", page).build().toUriString();
    }

    record WorkOut(Instant askedAt, Instant asAt, String message) {
    }

    @PostMapping("/funding/forecast/work-out")
    @Operation(summary = "Works the whole funding forecast out again now, in the background (its readers)",
            description = "202 Accepted at once with askedAt; the forecast's asAt reaches askedAt once it is done "
                    + "(a minute or so for a large provider). While one is under way already nothing more is started: askedAt "
                    + "is then when that one began.")
    ResponseEntity<WorkOut> workOut(CurrentUser user) {
        KeptInBackground.Press press = forecast.workOutNow(user);
        return ResponseEntity.accepted().location(URI.create("/api/v1/funding/forecast")).body(new WorkOut(
                press.since(), forecast.kept().map(FundingForecast.Kept::workedOutAt).orElse(null),
                (press.started() ? "Working the forecast out" : "The forecast was being worked out already, since"
                        + " askedAt: nothing more was started") + ": read it again once its asAt is at or after askedAt"));
    }

    /** Each month's amount beside the month's name (2026-08), the names made once for all the lines. */
    private static List<MonthAmount> amounts(List<String> months, List<Money> amounts) {
        return java.util.stream.IntStream.range(0, months.size())
                .mapToObj(i -> new MonthAmount(months.get(i), amounts.get(i))).toList();
    }

    private static List<Line> lines(List<String> months, List<FundingForecast.Line> lines) {
        return lines.stream().map(l -> new Line(l.key(), l.name(), amounts(months, l.months()), l.total())).toList();
    }

    record Instalment(LocalDate on, String kind, Money amount, String state) {
    }

    record Payment(String kind, String recipient, int day, LocalDate dueOn, Money amount, String state) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record ApprenticeFunding(ApprenticeshipId apprenticeshipId, String learnerName, String employerName,
            String tutorName, String standard, String status, boolean earningsKnown, Money earningsTotal,
            Money earnedToDate, List<Instalment> earnings, List<Payment> incentives, Money employerContribution,
            Money aboveBand, List<String> working, List<String> warnings) {
    }

    @GetMapping("/apprenticeships/{id}/funding")
    @Operation(summary = "One apprenticeship's money: earnings month by month, incentives, the employer's share",
            description = "With the working (“how this is worked out”), each sentence naming the rule it follows. "
                    + "A figure that is not known is null with a warning, never 0.")
    ApprenticeFunding apprenticeship(CurrentUser user, @PathVariable ApprenticeshipId id) {
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
