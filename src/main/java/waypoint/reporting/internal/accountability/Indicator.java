package waypoint.reporting.internal.accountability;

/**
 * The indicators of the DfE's apprenticeship training provider accountability framework that Waypoint can work out
 * from its own record, in the framework's order (docs/domain/accountability.md). Each is a share of a cohort:
 * {@code higherIsBetter} says which way the thresholds face. The DfE suspended three of them from January 2026: they
 * are shown for information, never banded.
 */
public enum Indicator {
    ACHIEVEMENT("Achievement rate", true, false,
            "Of the apprentices who left in the year (by the later of their planned end, end of learning and"
                    + " achievement), those who achieved"),
    TIMELY_ACHIEVEMENT("Timely achievement rate", true, false,
            "Of the apprentices whose planned end fell in the year, those who achieved within 90 days of it"),
    RETENTION("Retention rate", true, false,
            "Of the apprentices who left in the year, those who finished their learning (achieved, or reached the"
                    + " gateway before leaving)"),
    WITHDRAWALS("Withdrawals", false, false,
            "Of the apprentices in learning at any time in the year, those withdrawn in it"),
    PAST_PLANNED_END("Apprentices past their planned end date", false, false,
            "Of the apprentices still learning at the end of the year (or today), those 180 days or more past their"
                    + " planned end date"),
    BREAKS("Breaks in learning", false, true,
            "Of the apprentices in learning or on a break at the end of the year (or today), those on a break"),
    OFF_THE_JOB("Off-the-job training planned below the minimum", false, true,
            "Of the apprentices still learning whose planned and minimum off-the-job hours are both known, those"
                    + " whose plan is below the minimum"),
    ASSESSMENT_ORGANISATION("Assessment organisation not recorded", false, true,
            "Of the apprentices within 3 months of their planned end (or past it) and not yet in assessment, those"
                    + " with no assessment organisation recorded");

    private final String title;
    private final boolean higherIsBetter;
    private final boolean suspended;
    private final String method;

    Indicator(String title, boolean higherIsBetter, boolean suspended, String method) {
        this.title = title;
        this.higherIsBetter = higherIsBetter;
        this.suspended = suspended;
        this.method = method;
    }

    public String title() {
        return title;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Suspended by the DfE since January 2026: shown for information only. */
    public boolean suspended() {
        return suspended;
    }

    public String method() {
        return method;
    }

    /** The name in an address: {@code timely-achievement}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static java.util.Optional<Indicator> fromSlug(String slug) {
        if (slug == null) {
            return java.util.Optional.empty();
        }
        for (Indicator i : values()) {
            if (i.slug().equals(slug.strip().toLowerCase(java.util.Locale.ROOT)) || i.name().equals(slug.strip())) {
                return java.util.Optional.of(i);
            }
        }
        return java.util.Optional.empty();
    }
}
