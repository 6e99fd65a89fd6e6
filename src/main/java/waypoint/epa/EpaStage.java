package waypoint.epa;

/**
 * Where an apprenticeship is in the steps from the gateway to the certificate (docs/domain/gateway-and-epa.md). The allowed moves are the
 * EPA table (docs/workflows/gateway-and-epa.md).
 */
public enum EpaStage {
    PREPARING("Preparing for the gateway"),
    GATEWAY("Through the gateway"),
    ASSESSMENT("End-point assessment"),
    PASSED("Passed"),
    COMPLETED("Completed");

    private final String words;

    EpaStage(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
