package waypoint.otj;

/**
 * Red, amber or green against the hours expected to date, by the provider's thresholds; {@code UNKNOWN} instead of
 * green while a figure the rules need is missing (the funding minimum, or any planned hours): see
 * docs/domain/off-the-job-hours.md.
 */
public enum RagStatus {
    GREEN("On track", "govuk-tag--green"),
    AMBER("Slightly behind", "govuk-tag--yellow"),
    RED("Behind", "govuk-tag--red"),
    UNKNOWN("Not known", "govuk-tag--grey");

    private final String words;
    private final String tagClass;

    RagStatus(String words, String tagClass) {
        this.words = words;
        this.tagClass = tagClass;
    }

    public String words() {
        return words;
    }

    public String tagClass() {
        return tagClass;
    }
}
