package waypoint.portfolio.internal;

/** How the evidence is held: an uploaded file, a link to where it lives, or text written here. */
public enum EvidenceForm {
    FILE("File"), LINK("Link"), TEXT("Written text");

    private final String words;

    EvidenceForm(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
