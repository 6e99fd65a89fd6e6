package waypoint.enrolment;

/**
 * Why an apprentice was withdrawn, as the ILR codes it (LearningDelivery.WithdrawReason, ILR 2025-26 specification;
 * the OLASS, industry placement and higher-education-only codes are left out, since they never apply to an
 * apprenticeship).
 */
public enum WithdrawalReason {
    TRANSFERRED_TO_ANOTHER_PROVIDER(2, "Transferred to another provider"),
    INJURY_OR_ILLNESS(3, "Injury or illness"),
    TRANSFERRED_BY_INTERVENTION(7, "Transferred to another provider by intervention of, or with the written"
            + " agreement of, the funding body"),
    MADE_REDUNDANT(29, "Made redundant"),
    TRANSFERRED_AFTER_MERGER(40, "Transferred to a new provider after a merger"),
    TRANSFERRED_FOR_GOVERNMENT_STRATEGY(41, "Transferred to another provider for learning that meets a government"
            + " strategy"),
    FINANCIAL_REASONS(43, "Financial reasons"),
    OTHER_PERSONAL_REASONS(44, "Other personal reasons"),
    EXCLUSION(46, "Exclusion"),
    OTHER(97, "Other"),
    NOT_KNOWN(98, "Reason not known");

    private final int ilrCode;
    private final String words;

    WithdrawalReason(int ilrCode, String words) {
        this.ilrCode = ilrCode;
        this.words = words;
    }

    public int ilrCode() {
        return ilrCode;
    }

    public String words() {
        return words;
    }
}
