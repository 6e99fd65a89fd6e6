package waypoint.otj.internal;

/** Red, amber or green against the hours expected to date, by the provider's thresholds. */
public enum RagStatus {
    GREEN("On track", "govuk-tag--green"),
    AMBER("Slightly behind", "govuk-tag--yellow"),
    RED("Behind", "govuk-tag--red");

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
