package waypoint.portfolio.internal;

/** Where an item of evidence is in its assessment (the table is {@link EvidenceStateTable}). */
public enum EvidenceState {
    SUBMITTED("Waiting for assessment", "govuk-tag--blue"),
    REFERRED_BACK("Referred back", "govuk-tag--orange"),
    ACCEPTED("Accepted", "govuk-tag--turquoise"),
    SIGNED_OFF("Signed off", "govuk-tag--green"),
    QUARANTINED("Quarantined", "govuk-tag--red");

    private final String words;
    private final String tagClass;

    EvidenceState(String words, String tagClass) {
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
