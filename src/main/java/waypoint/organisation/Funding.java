package waypoint.organisation;

/**
 * How an employer pays for apprenticeship training: from its levy account, or co-investment as a non-levy employer. The
 * ILR records it as the ACT FAM (1 levy / apprenticeship service, 2 non-levy; the ILR specification).
 */
public enum Funding {
    LEVY("Levy-paying"),
    NON_LEVY("Non-levy");

    private final String label;

    Funding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
