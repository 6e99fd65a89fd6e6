package waypoint.reporting.internal.evidence;

/**
 * The funding rules' known risks a funding audit looks for (docs/domain/audit-and-inspection.md, "Known risks"), each
 * in the words a provider reads on the risk list.
 */
public enum FundingRisk {
    LATE_WITHDRAWAL("Withdrawn more than 4 weeks after the last active learning, with no replan or break"),
    OTJ_BELOW_MINIMUM("Planned off-the-job hours below the minimum"),
    PRICE_NOT_REDUCED("Price not reduced for prior learning"),
    REVIEWS_TOO_FAR_APART("Progress reviews more than 12 weeks apart");

    private final String words;

    FundingRisk(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** The risk named, or none for anything else. */
    public static java.util.Optional<FundingRisk> named(String name) {
        for (FundingRisk risk : values()) {
            if (risk.name().equals(name)) {
                return java.util.Optional.of(risk);
            }
        }
        return java.util.Optional.empty();
    }
}
