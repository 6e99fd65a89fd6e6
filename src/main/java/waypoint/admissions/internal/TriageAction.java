package waypoint.admissions.internal;

/** What staff do on the triage board. */
public enum TriageAction {
    CONTACT("Record that we contacted them"),
    FIND_ELIGIBLE("Mark as eligible"),
    FIND_NOT_ELIGIBLE("Mark as not eligible"),
    WITHDRAW("Record that they withdrew"),
    REOPEN("Reopen"),
    ACCEPT("Accept onto the cohort");

    private final String label;

    TriageAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As in an address: {@code find-eligible}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public static java.util.Optional<TriageAction> ofSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(a -> a.slug().equals(slug)).findFirst();
    }
}
