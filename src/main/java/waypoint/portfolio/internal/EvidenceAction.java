package waypoint.portfolio.internal;

/** What someone does to an item of evidence. */
public enum EvidenceAction {
    EDIT("change"),
    RESUBMIT("resubmit"),
    ACCEPT("accept"),
    REFER_BACK("refer back"),
    SIGN_OFF("sign off"),
    QUARANTINE("quarantine"),
    SHOWCASE("choose for the showcase");

    private final String words;

    EvidenceAction(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
