package waypoint.reporting.internal.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.PageOf;

/**
 * The accountability figures for the provider as a whole (docs/domain/accountability.md): each indicator for a year
 * against the provider's thresholds, broken down by standard, level, tutor, employer or age band, the trend over the
 * years before, the in-year forecast, and the apprentices behind every figure. Provider-wide figures: for the heads
 * of delivery, quality, directors, leads and administrators (the roles that see every apprenticeship); a tutor,
 * learner or employer is refused.
 */
@Service
public class AccountabilityReport {

    /** How many years the page offers: this one and the four before. */
    public static final int YEARS = 5;
    /** The indicators of the breakdown and the trend. */
    public static final List<Indicator> BREAKDOWN = List.of(Indicator.ACHIEVEMENT, Indicator.TIMELY_ACHIEVEMENT,
            Indicator.RETENTION, Indicator.WITHDRAWALS, Indicator.PAST_PLANNED_END);
    public static final List<Indicator> TREND = List.of(Indicator.ACHIEVEMENT, Indicator.TIMELY_ACHIEVEMENT,
            Indicator.RETENTION);

    private final AccountabilitySnapshots snapshots;
    private final SnapshotStore store;
    private final AccountabilityThresholds thresholds;
    private final ApprenticeshipAccess access;
    private final Clock clock;

    AccountabilityReport(AccountabilitySnapshots snapshots, SnapshotStore store, AccountabilityThresholds thresholds,
            ApprenticeshipAccess access, Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.thresholds = thresholds;
        this.access = access;
        this.clock = clock;
    }

    /** Who reads the accountability figures: the Reports page lists them for them. */
    public static final Set<Role> READERS = Set.of(Role.ADMINISTRATOR, Role.LEAD, Role.HEAD_OF_DELIVERY,
            Role.DIRECTOR, Role.QUALITY);

    public boolean canRead(CurrentUser user) {
        return READERS.stream().anyMatch(user::has);
    }

    public void requireReader(CurrentUser user) {
        requireReaderOf(user);
    }

    /**
     * Only the provider-wide roles: the kept figures are the whole provider's, so anyone whose view of the
     * apprenticeships is narrower is refused as well, whatever their role.
     */
    static void requireReaderOf(CurrentUser user) {
        if (READERS.stream().noneMatch(user::has)) {
            throw new AccessDeniedException("The accountability figures are for heads of delivery, quality,"
                    + " directors, leads and administrators");
        }
    }

    private void requireWholeProvider(CurrentUser user) {
        requireReaderOf(user);
        if (access.scopeOf(user).kind() != ApprenticeshipScope.Kind.EVERYONE) {
            throw new AccessDeniedException("The accountability figures are the whole provider's");
        }
    }

    /** The day the figures are counted up to: the kept snapshot's, or today before there is one. */
    public LocalDate today() {
        return snapshots.latest().map(AccountabilitySnapshots.Kept::asAt)
                .orElseGet(() -> LocalDate.now(clock.withZone(GovUkDates.LONDON)));
    }

    public AcademicYear currentYear() {
        return AcademicYear.of(today());
    }

    /** The years offered, newest first. */
    public List<AcademicYear> years() {
        return SnapshotCalculation.years(today());
    }

    /** The filters as typed: a year ("2025"), a breakdown ("standard") and a group's key; wrong ones are errors. */
    public record Filter(AcademicYear year, Dimension by, String group) {
    }

    /**
     * The filters as typed: a year of those offered (the last few, written as the year it starts), what to break the
     * figures down by, and a group of that breakdown. Each wrong one is refused as the field's error.
     */
    public Filter filter(String year, String by, String group) {
        List<AcademicYear> offered = years();
        AcademicYear current = offered.get(0);
        AcademicYear chosen = current;
        if (year != null && !year.isBlank()) {
            try {
                chosen = new AcademicYear(Integer.parseInt(year.strip()));
            } catch (NumberFormatException notAYear) {
                throw new FieldValidationException("year", "Enter the year as the year it starts, like "
                        + current.startYear());
            }
            if (!offered.contains(chosen)) {
                throw new FieldValidationException("year", "Choose a year from " + offered.get(YEARS - 1).words()
                        + " to " + current.words() + ", written as the year it starts, like " + current.startYear());
            }
        }
        Dimension dimension = null;
        if (by != null && !by.isBlank()) {
            dimension = Dimension.fromSlug(by).orElseThrow(() -> new FieldValidationException("by",
                    "Break the figures down by standard, level, tutor, employer or age"));
        } else if (group != null && !group.isBlank()) {
            throw new FieldValidationException("by", "Say what the group is of: standard, level, tutor, employer or age");
        }
        return new Filter(chosen, dimension == null ? Dimension.STANDARD : dimension,
                group == null || group.isBlank() ? null : group.strip());
    }

    public Indicator indicator(String typed) {
        return Indicator.fromSlug(typed).orElseThrow(() -> new FieldValidationException("indicator",
                "Choose an indicator: " + String.join(", ", java.util.Arrays.stream(Indicator.values())
                        .map(Indicator::slug).toList())));
    }

    /** One indicator's line: its figure and where it stands against its thresholds. */
    public record Line(Figure figure, Threshold threshold, Band band) {
    }

    public record Group(String key, String label, List<Line> lines) {
    }

    public record YearLines(AcademicYear year, List<Line> lines) {
    }

    public record Overview(AcademicYear year, LocalDate today, boolean currentYear, List<Line> lines,
            IndicatorRules.PastPlannedEnd pastPlannedEnd, Dimension by, List<Group> groups, List<YearLines> trend,
            Forecast forecast, AccountabilitySnapshots.Kept snapshot) {
    }

    /**
     * The figures of a year from the kept snapshot (docs/domain/accountability.md, "When the figures are
     * calculated"), against the thresholds as they stand now; when none is kept yet, one is calculated first.
     */
    public Overview overview(CurrentUser user, Filter filter) {
        requireWholeProvider(user);
        snapshots.latestOrCalculate();
        Map<Indicator, Threshold> t = thresholds.all();
        return snapshots.read(() -> {
            AccountabilitySnapshots.Kept kept = store.latest().orElseThrow();
            List<AcademicYear> years = kept.years();
            AcademicYear year = years.contains(filter.year()) ? filter.year() : years.get(0);
            Map<AcademicYear, SnapshotCalculation.Group> provider = new LinkedHashMap<>();
            for (SnapshotCalculation.Group g : store.providerYears(kept.id(), years)) {
                provider.put(g.year(), g);
            }
            List<Line> lines = lines(List.of(Indicator.values()), provider.get(year), t);
            List<Group> groups = new ArrayList<>();
            for (SnapshotCalculation.Group g : store.groups(kept.id(), year, filter.by().name())) {
                if (g.hasCohort(BREAKDOWN)) {
                    groups.add(new Group(g.key(), g.label(), lines(BREAKDOWN, g, t)));
                }
            }
            groups.sort(Comparator.comparing(Group::label, String.CASE_INSENSITIVE_ORDER));
            List<YearLines> trend = new ArrayList<>();
            List<AcademicYear> oldestFirst = new ArrayList<>(years);
            java.util.Collections.reverse(oldestFirst);
            for (AcademicYear y : oldestFirst) {
                trend.add(new YearLines(y, lines(TREND, provider.get(y), t)));
            }
            SnapshotCalculation.Year figures = store.year(kept.id(), year).orElse(null);
            boolean current = year.equals(years.get(0));
            return new Overview(year, kept.asAt(), current, lines, figures == null
                    ? new IndicatorRules.PastPlannedEnd(0, 0, 0) : figures.pastPlannedEnd(), filter.by(), groups,
                    trend, current && figures != null ? figures.forecast() : null, kept);
        });
    }

    private static List<Line> lines(List<Indicator> indicators, SnapshotCalculation.Group group,
            Map<Indicator, Threshold> thresholds) {
        List<Line> lines = new ArrayList<>();
        for (Indicator i : indicators) {
            Figure f = group == null ? new Figure(i, 0, 0, List.of(), 0) : group.figure(i);
            Threshold threshold = thresholds.get(i);
            lines.add(new Line(f, threshold, threshold.band(f)));
        }
        return lines;
    }

    /** The apprentices behind one figure, with the group's name when narrowed to one. */
    public record Drill(Line line, AcademicYear year, Dimension by, String group, String groupLabel,
            PageOf<Figure.Counted> page, AccountabilitySnapshots.Kept snapshot) {
    }

    /**
     * The apprentices counted in one figure (optionally one group's) in the kept snapshot, those the indicator is
     * about first, then by name; a page at a time, or every one with {@code size} large. The count and the list come
     * from the same snapshot, so they always agree; each reason is written from the apprenticeship as the snapshot
     * kept it, by the same rules.
     */
    public Drill apprentices(CurrentUser user, Indicator indicator, Filter filter, int page, int size) {
        requireWholeProvider(user);
        snapshots.latestOrCalculate();
        Threshold threshold = thresholds.all().get(indicator);
        return snapshots.read(() -> {
            AccountabilitySnapshots.Kept kept = store.latest().orElseThrow();
            List<AcademicYear> years = kept.years();
            AcademicYear year = years.contains(filter.year()) ? filter.year() : years.get(0);
            SnapshotCalculation.Group group = store.group(kept.id(), year,
                    filter.group() == null ? SnapshotCalculation.PROVIDER : filter.by().name(),
                    filter.group() == null ? "" : filter.group()).orElse(null);
            Figure figure = group == null ? new Figure(indicator, 0, 0, List.of(), 0) : group.figure(indicator);
            int number = Math.max(0, page);
            long bit = SnapshotCalculation.bit(years.indexOf(year), indicator);
            List<SnapshotCalculation.Member> members = figure.hasCohort()
                    ? store.counted(kept.id(), bit, filter.by(), filter.group(), (long) number * size, size)
                    : List.of();
            Map<ApprenticeshipId, Figure.Counted> why = new java.util.HashMap<>();
            IndicatorRules.measure(indicator, members.stream().map(SnapshotCalculation.Member::fact).toList(), year,
                    kept.asAt()).counted().forEach(c -> why.put(c.fact().id(), c));
            List<Figure.Counted> items = new ArrayList<>();
            for (SnapshotCalculation.Member m : members) {
                Figure.Counted c = why.get(m.fact().id());
                boolean in = (m.inFigure() & bit) != 0;
                items.add(c != null && c.inNumerator() == in ? c
                        : new Figure.Counted(m.fact(), in, in ? "In the figure" : "Counted"));
            }
            String label = group == null || filter.group() == null ? null : group.label();
            return new Drill(new Line(figure, threshold, threshold.band(figure)), year, filter.by(), filter.group(),
                    label, new PageOf<>(items, number, size, figure.denominator()), kept);
        });
    }
}
