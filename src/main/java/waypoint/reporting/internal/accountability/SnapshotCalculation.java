package waypoint.reporting.internal.accountability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out the kept accountability figures from the facts of every apprenticeship (docs/domain/accountability.md,
 * "When the figures are calculated"): for each year offered and each indicator, whether each apprenticeship is counted
 * and whether it is in the figure, by the same {@link IndicatorRules} the figures have always used, one apprenticeship
 * at a time (each rule looks at one apprenticeship alone, so a cohort's figure is the sum of its apprenticeships').
 * The figures of the whole provider and of every group of every breakdown are then sums, and the drill-down lists the
 * apprenticeships whose bit is set: the counts and the lists cannot disagree. Pure: no database.
 */
final class SnapshotCalculation {

    /** The whole provider: the breakdown of the figures read without one. */
    static final String PROVIDER = "PROVIDER";
    private static final Indicator[] INDICATORS = Indicator.values();

    static {
        if (INDICATORS.length * AccountabilityReport.YEARS > Long.SIZE - 1) {
            throw new IllegalStateException("One bit per year and indicator no longer fits a long");
        }
    }

    private SnapshotCalculation() {
    }

    /** One year's figures for one group: numerators, denominators and unknowns in the order of the indicators. */
    record Group(AcademicYear year, String breakdown, String key, String label, int[] numerators, int[] denominators,
            int[] unknowns) {

        Figure figure(Indicator indicator) {
            int i = indicator.ordinal();
            return new Figure(indicator, numerators[i], denominators[i], List.of(), unknowns[i]);
        }

        boolean hasCohort(List<Indicator> indicators) {
            return indicators.stream().anyMatch(i -> denominators[i.ordinal()] > 0);
        }

        boolean anyone() {
            for (int i = 0; i < denominators.length; i++) {
                if (denominators[i] > 0 || unknowns[i] > 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A year's past-planned-end bands and, for the year still running, the forecast. */
    record Year(AcademicYear year, IndicatorRules.PastPlannedEnd pastPlannedEnd, Forecast forecast) {
    }

    /** An apprenticeship as the figures read it, with one bit per year and indicator (see {@link #bit}). */
    record Member(ApprenticeshipFact fact, long counted, long inFigure) {
    }

    record Result(LocalDate asAt, List<AcademicYear> years, List<Group> groups, List<Year> yearFigures,
            List<Member> members) {
    }

    /** The years offered on the day, newest first. */
    static List<AcademicYear> years(LocalDate day) {
        List<AcademicYear> years = new ArrayList<>();
        AcademicYear y = AcademicYear.of(day);
        for (int i = 0; i < AccountabilityReport.YEARS; i++) {
            years.add(y);
            y = y.previous();
        }
        return years;
    }

    /** The bit of a year (its place among the years offered, newest first) and an indicator. */
    static long bit(int yearIndex, Indicator indicator) {
        return 1L << (yearIndex * INDICATORS.length + indicator.ordinal());
    }

    static Result of(List<ApprenticeshipFact> facts, LocalDate asAt) {
        List<AcademicYear> years = years(asAt);
        List<Member> members = new ArrayList<>(facts.size());
        // year -> breakdown -> key -> sums
        List<Map<String, Map<String, Sums>>> sums = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            Map<String, Map<String, Sums>> byBreakdown = new LinkedHashMap<>();
            byBreakdown.put(PROVIDER, new LinkedHashMap<>());
            for (Dimension d : Dimension.values()) {
                byBreakdown.put(d.name(), new LinkedHashMap<>());
            }
            sums.add(byBreakdown);
        }
        // each year and indicator in one pass over every apprenticeship, as the rules count a cohort; the rules look
        // at one apprenticeship at a time, so each one's part in a figure is read from the apprenticeships counted
        int size = facts.size();
        java.util.IdentityHashMap<ApprenticeshipFact, Integer> index = new java.util.IdentityHashMap<>(size * 2);
        for (int k = 0; k < size; k++) {
            index.put(facts.get(k), k);
        }
        long[] counted = new long[size];
        long[] inFigure = new long[size];
        long[] unknown = new long[size];
        for (int y = 0; y < years.size(); y++) {
            AcademicYear year = years.get(y);
            for (Indicator i : INDICATORS) {
                long bit = bit(y, i);
                for (Figure.Counted c : IndicatorRules.measure(i, facts, year, asAt).counted()) {
                    int k = index.get(c.fact());
                    counted[k] |= bit;
                    if (c.inNumerator()) {
                        inFigure[k] |= bit;
                    }
                }
            }
            long bit = bit(y, Indicator.OFF_THE_JOB);
            for (int k = 0; k < size; k++) {
                if (IndicatorRules.offTheJobNotKnown(facts.get(k), year, asAt)) {
                    unknown[k] |= bit;
                }
            }
        }
        for (int k = 0; k < size; k++) {
            ApprenticeshipFact f = facts.get(k);
            for (int y = 0; y < years.size(); y++) {
                int[] n = new int[INDICATORS.length];
                int[] d = new int[INDICATORS.length];
                int[] u = new int[INDICATORS.length];
                boolean any = false;
                for (Indicator i : INDICATORS) {
                    long bit = bit(y, i);
                    if ((counted[k] & bit) != 0) {
                        d[i.ordinal()] = 1;
                        any = true;
                    }
                    if ((inFigure[k] & bit) != 0) {
                        n[i.ordinal()] = 1;
                    }
                    if ((unknown[k] & bit) != 0) {
                        u[i.ordinal()] = 1;
                        any = true;
                    }
                }
                if (!any) {
                    continue;
                }
                Map<String, Map<String, Sums>> byBreakdown = sums.get(y);
                byBreakdown.get(PROVIDER).computeIfAbsent("", key -> new Sums("")).add(n, d, u);
                for (Dimension dimension : Dimension.values()) {
                    byBreakdown.get(dimension.name()).computeIfAbsent(dimension.key(f),
                            key -> new Sums(dimension.label(f))).add(n, d, u);
                }
            }
            members.add(new Member(f, counted[k], inFigure[k]));
        }
        List<Group> groups = new ArrayList<>();
        List<Year> yearFigures = new ArrayList<>();
        for (int y = 0; y < years.size(); y++) {
            AcademicYear year = years.get(y);
            Map<String, Sums> provider = sums.get(y).get(PROVIDER);
            provider.computeIfAbsent("", k -> new Sums(""));
            sums.get(y).forEach((breakdown, byKey) -> byKey.forEach((key, s) -> groups.add(
                    new Group(year, breakdown, key, s.label, s.numerators, s.denominators, s.unknowns))));
            yearFigures.add(new Year(year, IndicatorRules.pastPlannedEndBands(facts, year, asAt),
                    y == 0 ? Forecast.of(facts, year, asAt) : null));
        }
        return new Result(asAt, years, groups, yearFigures, members);
    }

    private static final class Sums {
        final String label;
        final int[] numerators = new int[INDICATORS.length];
        final int[] denominators = new int[INDICATORS.length];
        final int[] unknowns = new int[INDICATORS.length];

        Sums(String label) {
            this.label = label;
        }

        void add(int[] n, int[] d, int[] u) {
            for (int i = 0; i < n.length; i++) {
                numerators[i] += n[i];
                denominators[i] += d[i];
                unknowns[i] += u[i];
            }
        }
    }
}
