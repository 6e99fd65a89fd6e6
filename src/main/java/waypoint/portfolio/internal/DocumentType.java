package waypoint.portfolio.internal;

/** Documents a portfolio keeps beside the evidence; some expire. */
public enum DocumentType {
    CV("CV", false),
    JOB_DESCRIPTION("Job description", false),
    CERTIFICATE("Certificate", true),
    CONTRACT("Contract", true),
    PRIOR_LEARNING_EVIDENCE("Recognised prior learning evidence", false),
    OTHER("Other", true);

    private final String words;
    private final boolean mayExpire;

    DocumentType(String words, boolean mayExpire) {
        this.words = words;
        this.mayExpire = mayExpire;
    }

    public String words() {
        return words;
    }

    public boolean mayExpire() {
        return mayExpire;
    }
}
