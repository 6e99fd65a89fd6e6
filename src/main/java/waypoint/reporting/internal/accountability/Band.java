package waypoint.reporting.internal.accountability;

/**
 * Where a figure stands against its thresholds, in words (the page adds colour, never colour alone).
 */
public enum Band {
    AT_RISK("At risk"),
    NEEDS_IMPROVEMENT("Needs improvement"),
    MEETS("Meets the thresholds"),
    NO_THRESHOLD("No threshold recorded"),
    NO_COHORT("No apprenticeships counted"),
    FOR_INFORMATION("For information: suspended by the DfE");

    private final String words;

    Band(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The GOV.UK tag colour that goes with the words. */
    public String tagClass() {
        return switch (this) {
            case AT_RISK -> "govuk-tag--red";
            case NEEDS_IMPROVEMENT -> "govuk-tag--yellow";
            case MEETS -> "govuk-tag--green";
            default -> "govuk-tag--grey";
        };
    }
}
