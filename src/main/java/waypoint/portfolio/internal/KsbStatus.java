package waypoint.portfolio.internal;

/** A KSB's place in the coverage matrix. */
public enum KsbStatus {
    NOT_STARTED("Not started", "govuk-tag--grey"),
    EVIDENCE_SUBMITTED("Evidence submitted", "govuk-tag--blue"),
    ACCEPTED("Accepted", "govuk-tag--turquoise"),
    SIGNED_OFF("Signed off", "govuk-tag--green");

    private final String words;
    private final String tagClass;

    KsbStatus(String words, String tagClass) {
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
