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
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
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

    private final ApprenticeshipFacts facts;
    private final AccountabilityThresholds thresholds;
    private final ApprenticeshipAccess access;
    private final Clock clock;

    AccountabilityReport(ApprenticeshipFacts facts, AccountabilityThresholds thresholds, ApprenticeshipAccess access,
            Clock clock) {
        this.facts = facts;
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
        if (!canRead(user)) {
            throw new AccessDeniedException("The accountability figures are for heads of delivery, quality,"
                    + " directors, leads and administrators");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public AcademicYear currentYear() {
        return AcademicYear.of(today());
    }

    /** The years offered, newest first. */
    public List<AcademicYear> years() {
        List<AcademicYear> years = new ArrayList<>();
        AcademicYear y = currentYear();
        for (int i = 0; i < YEARS; i++) {
            years.add(y);
            y = y.previous();
        }
        return years;
    }

    /** The filters as typed: a year ("2025"), a breakdown ("standard") and a group's key; wrong ones are errors. */
    public record Filter(AcademicYear year, Dimension by, String group) {
    }

    public Filter filter(String year, String by, String group) {
        Map<String, String> errors = new LinkedHashMap<>();
        AcademicYear chosen = currentYear();
        if (year != null && !year.isBlank()) {
            try {
                AcademicYear typed = new AcademicYear(Integer.parseInt(year.strip()));
                if (!years().contains(typed)) {
                    errors.put("year", "Choose a year from " + years().get(YEARS - 1).words() + " to "
                            + currentYear().words() + ", written as the year it starts, like "
                            + currentYear().startYear());
                } else {
                    chosen = typed;
                }
            } catch (NumberFormatException notAYear) {
                errors.put("year", "Enter the year as the year it starts, like " + currentYear().startYear());
            }
        }
        Dimension dimension = null;
        if (by != null && !by.isBlank()) {
            dimension = Dimension.fromSlug(by).orElse(null);
            if (dimension == null) {
                errors.put("by", "Break the figures down by standard, level, tutor, employer or age");
            }
        }
        if (group != null && !group.isBlank() && dimension == null && !errors.containsKey("by")) {
            errors.put("by", "Say what the group is of: standard, level, tutor, employer or age");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
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
            Forecast forecast) {
    }

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user, Filter filter) {
        requireReader(user);
        List<ApprenticeshipFact> all = facts.read(access.scopeOf(user));
        Map<Indicator, Threshold> t = thresholds.all();
        LocalDate today = today();
        List<Line> lines = lines(List.of(Indicator.values()), all, filter.year(), today, t);
        Map<String, List<ApprenticeshipFact>> byGroup = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ApprenticeshipFact f : all) {
            String key = filter.by().key(f);
            byGroup.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            labels.putIfAbsent(key, filter.by().label(f));
        }
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((key, members) -> {
            List<Line> groupLines = lines(BREAKDOWN, members, filter.year(), today, t);
            if (groupLines.stream().anyMatch(l -> l.figure().hasCohort())) {
                groups.add(new Group(key, labels.get(key), groupLines));
            }
        });
        groups.sort(Comparator.comparing(Group::label, String.CASE_INSENSITIVE_ORDER));
        List<YearLines> trend = new ArrayList<>();
        List<AcademicYear> oldestFirst = new ArrayList<>(years());
        java.util.Collections.reverse(oldestFirst);
        for (AcademicYear y : oldestFirst) {
            trend.add(new YearLines(y, lines(TREND, all, y, today, t)));
        }
        boolean current = filter.year().equals(currentYear());
        return new Overview(filter.year(), today, current, lines,
                IndicatorRules.pastPlannedEndBands(all, filter.year(), today), filter.by(), groups, trend,
                current ? Forecast.of(all, filter.year(), today) : null);
    }

    private static List<Line> lines(List<Indicator> indicators, List<ApprenticeshipFact> facts, AcademicYear year,
            LocalDate today, Map<Indicator, Threshold> thresholds) {
        List<Line> lines = new ArrayList<>();
        for (Indicator i : indicators) {
            Figure f = IndicatorRules.measure(i, facts, year, today);
            Threshold threshold = thresholds.get(i);
            lines.add(new Line(f, threshold, threshold.band(f)));
        }
        return lines;
    }

    /** The apprentices behind one figure, with the group's name when narrowed to one. */
    public record Drill(Line line, AcademicYear year, Dimension by, String group, String groupLabel,
            PageOf<Figure.Counted> page) {
    }

    /**
     * The apprentices counted in one figure (optionally one group's), those the indicator is about first, then by
     * name; a page at a time, or every one with {@code size} large.
     */
    @Transactional(readOnly = true)
    public Drill apprentices(CurrentUser user, Indicator indicator, Filter filter, int page, int size) {
        requireReader(user);
        List<ApprenticeshipFact> all = facts.read(access.scopeOf(user));
        String label = null;
        if (filter.group() != null) {
            List<ApprenticeshipFact> members = new ArrayList<>();
            for (ApprenticeshipFact f : all) {
                if (filter.by().key(f).equals(filter.group())) {
                    members.add(f);
                    label = filter.by().label(f);
                }
            }
            all = members;
        }
        Figure figure = IndicatorRules.measure(indicator, all, filter.year(), today());
        Threshold threshold = thresholds.all().get(indicator);
        List<Figure.Counted> sorted = new ArrayList<>(figure.counted());
        sorted.sort(Comparator.comparing((Figure.Counted c) -> !c.inNumerator())
                .thenComparing(c -> String.valueOf(c.fact().learnerName()), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(c -> c.fact().id()));
        int number = Math.max(0, page);
        int from = Math.min(sorted.size(), number * size);
        int to = Math.min(sorted.size(), from + size);
        return new Drill(new Line(figure, threshold, threshold.band(figure)), filter.year(), filter.by(),
                filter.group(), label, new PageOf<>(sorted.subList(from, to), number, size, sorted.size()));
    }
}
