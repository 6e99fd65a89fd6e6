package waypoint.enrolment;

/** Who pays: a levy-paying employer through the apprenticeship service, or co-investment (ILR ACT FAM 1 or 2). */
public enum FundingType {
    LEVY("Levy"),
    NON_LEVY("Non-levy");

    private final String words;

    FundingType(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
