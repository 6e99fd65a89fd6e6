package waypoint.enrolment;

/** How the training is delivered: remote sessions need a meeting link. */
public enum DeliveryModel {
    REMOTE("Remote (Zoom or Teams)"),
    WORKPLACE("At the workplace"),
    CLASSROOM("In a classroom"),
    BLENDED("Blended");

    private final String words;

    DeliveryModel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
