package waypoint.reporting.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.feedback.OwnSurveyResults;
import waypoint.identity.CurrentUser;
import waypoint.reporting.internal.accountability.AccountabilityReport;
import waypoint.reporting.internal.accountability.AccountabilitySnapshots;
import waypoint.reporting.internal.accountability.FeedbackRatings;
import waypoint.reporting.internal.accountability.Figure;
import waypoint.reporting.internal.accountability.Forecast;
import waypoint.reporting.internal.accountability.Indicator;
import waypoint.reporting.internal.accountability.IndicatorRules;
import waypoint.reporting.internal.accountability.Recalculation;
import waypoint.reporting.web.AccountabilityForms.RatingsForm;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.FormChecks;
import waypoint.shared.web.PageOf;

/**
 * The accountability figures over HTTP, with the same rules as the page (docs/domain/accountability.md): a filter
 * that is not one is a 400 problem naming the field; anyone but the provider-wide roles a 403. A figure with nobody
 * counted has {@code percent: null} and the band {@code NO_COHORT}, never 0.
 */
@RestController
@RequestMapping("/api/v1/accountability")
class AccountabilityApi {

    private final AccountabilityReport report;
    private final AccountabilitySnapshots snapshots;
    private final FeedbackRatings ratings;
    private final Validator validator;
    private final Clock clock;

    AccountabilityApi(AccountabilityReport report, AccountabilitySnapshots snapshots, FeedbackRatings ratings,
            Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
        this.report = report;
        this.snapshots = snapshots;
        this.ratings = ratings;
    }

    /**
     * When the figures were calculated, up to which day, and, when a scheduled calculation was due since and has
     * not replaced them, since when they are out of date ({@code null} otherwise).
     */
    record SnapshotView(Instant calculatedAt, LocalDate asAt, int apprenticeships, String calculatedBy,
            Instant overdueSince) {
    }

    private SnapshotView snapshot(AccountabilitySnapshots.Kept k) {
        return new SnapshotView(k.calculatedAt(), k.asAt(), k.apprenticeships(), k.calculatedBy(),
                snapshots.overdueSince(k).orElse(null));
    }

    /**
     * A press of "Recalculate now" and where it has got to: QUEUED, RUNNING, DONE (with the snapshot it kept) or
     * FAILED (with words to show, never a stack trace).
     */
    record RecalculationView(UUID id, String state, String stateWords, Instant requestedAt, Instant startedAt,
            Instant finishedAt, UUID snapshotId, String failure, String href) {

        static RecalculationView of(Recalculation r) {
            return new RecalculationView(r.id(), r.state().name(), r.state().words(), r.requestedAt(), r.startedAt(),
                    r.finishedAt(), r.snapshotId(), r.failure(), href(r.id()));
        }

        static String href(UUID id) {
            return "/api/v1/accountability/recalculations/" + id;
        }
    }

    /**
     * Recalculates the figures (the page's "Recalculate now"), in the audit trail: 202 Accepted at once with where to
     * poll (Location: the recalculation), which says DONE with the new snapshot or FAILED once it ends; 409 when a
     * calculation is already running (none more is started), naming the press under way when it is one.
     */
    @PostMapping("/recalculate")
    ResponseEntity<?> recalculate(CurrentUser user) {
        report.requireReader(user);
        AccountabilitySnapshots.Press press = snapshots.recalculate(user);
        if (!press.started()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    "The figures are already being recalculated: read them again in a minute");
            problem.setTitle("Already recalculating");
            press.recalculation().ifPresent(r -> problem.setProperty("recalculation", RecalculationView.href(r.id())));
            return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        Recalculation started = press.recalculation().orElseThrow();
        return ResponseEntity.accepted().location(URI.create(RecalculationView.href(started.id())))
                .body(RecalculationView.of(started));
    }

    /** Where a press has got to, for the roles that read the figures; an unknown one is a 404 problem. */
    @GetMapping("/recalculations/{id}")
    RecalculationView recalculation(CurrentUser user, @PathVariable UUID id) {
        report.requireReader(user);
        return snapshots.recalculation(user, id).map(RecalculationView::of)
                .orElseThrow(() -> new NotFoundException("The recalculation"));
    }

    record ThresholdView(BigDecimal atRisk, BigDecimal needsImprovement, String source, boolean example) {
    }

    record IndicatorView(String indicator, String title, boolean suspended, BigDecimal percent, long numerator,
            long denominator, long notKnown, String band, String bandWords, ThresholdView threshold) {

        static IndicatorView of(AccountabilityReport.Line line) {
            Figure f = line.figure();
            Indicator i = f.indicator();
            return new IndicatorView(i.slug(), i.title(), i.suspended(), f.percent(), f.numerator(), f.denominator(),
                    f.unknown(), line.band().name(), line.band().words(), new ThresholdView(line.threshold().atRisk(),
                    line.threshold().needsImprovement(), line.threshold().source(), line.threshold().example()));
        }
    }

    record GroupView(String key, String label, List<IndicatorView> indicators) {
    }

    record YearView(int year, String words, List<IndicatorView> indicators) {
    }

    record ForecastView(long left, long achieved, long due, long dueExpectedToAchieve, BigDecimal lowest,
            BigDecimal expected, BigDecimal highest) {

        static ForecastView of(Forecast f) {
            return f == null ? null : new ForecastView(f.left(), f.achieved(), f.due(), f.dueExpectedToAchieve(),
                    f.lowest(), f.expected(), f.highest());
        }
    }

    record OverviewView(int year, String words, LocalDate asAt, List<IndicatorView> indicators,
            IndicatorRules.PastPlannedEnd pastPlannedEnd, String by, List<GroupView> groups, List<YearView> trend,
            ForecastView forecast, SnapshotView snapshot) {
    }

    @GetMapping
    OverviewView overview(CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String by) {
        report.requireReader(user);
        AccountabilityReport.Overview o = report.overview(user, report.filter(year, by, null));
        return new OverviewView(o.year().startYear(), o.year().words(), o.year().asAt(o.today()),
                o.lines().stream().map(IndicatorView::of).toList(), o.pastPlannedEnd(), o.by().slug(),
                o.groups().stream().map(g -> new GroupView(g.key(), g.label(),
                        g.lines().stream().map(IndicatorView::of).toList())).toList(),
                o.trend().stream().map(y -> new YearView(y.year().startYear(), y.year().words(),
                        y.lines().stream().map(IndicatorView::of).toList())).toList(),
                ForecastView.of(o.forecast()), snapshot(o.snapshot()));
    }

    record ApprenticeView(ApprenticeshipId apprenticeshipId, String apprentice, String standard, String tutor,
            String employer, LocalDate start, LocalDate plannedEnd, String status, boolean inFigure, String why) {
    }

    record DrillView(IndicatorView figure, int year, String by, String group, int page, long total,
            List<ApprenticeView> items, SnapshotView snapshot) {
    }

    @GetMapping("/apprentices")
    DrillView apprentices(CurrentUser user, @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String year, @RequestParam(required = false) String by,
            @RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page) {
        report.requireReader(user);
        AccountabilityReport.Filter filter = report.filter(year, by, group);
        AccountabilityReport.Drill d = report.apprentices(user, report.indicator(indicator), filter, page, 100);
        return new DrillView(IndicatorView.of(d.line()), d.year().startYear(), d.by().slug(), d.group(),
                d.page().number(), d.page().total(), d.page().items().stream().map(c -> new ApprenticeView(
                c.fact().id(), c.fact().learnerName(), c.fact().standardReference(), c.fact().tutorName(),
                c.fact().employerName(), c.fact().start(), c.fact().plannedEnd(), c.fact().status().name(),
                c.inNumerator(), c.why())).toList(), snapshot(d.snapshot()));
    }

    /**
     * The published feedback ratings recorded, newest publication first, a page at a time ("recorded": false and no
     * ratings when none is, which is not known, never a rating of 0; no threshold is judged: Waypoint does not hold
     * the DfE's), with the provider's own survey results of the last 12 months beside them, labelled as its own.
     */
    record RatingsView(boolean recorded, List<FeedbackRatings.Rating> ratings, int page, int size, long total,
            List<OwnSurveyResults.Results> ownSurveys) {
    }

    @GetMapping("/feedback-ratings")
    RatingsView feedbackRatings(CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        report.requireReader(user);
        PageOf<FeedbackRatings.Rating> history = ratings.history(page);
        return new RatingsView(history.total() > 0, history.items(), history.number(), history.size(),
                history.total(), ratings.ownSurveys());
    }

    /** Records the ratings as published: every field as text, as on the page; a field that is not one is a 400. */
    @PostMapping("/feedback-ratings")
    ResponseEntity<FeedbackRatings.Rating> recordFeedbackRatings(CurrentUser user,
            @RequestBody RatingsForm typed) {
        ratings.requireRecorder(user);
        RatingsForm form = typed.on(LocalDate.now(clock));
        FormChecks.require(validator, form);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(ratings.record(user, form.published()));
    }
}
