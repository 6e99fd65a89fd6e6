package waypoint.organisation.internal;

/** Free text as stored: surrounding spaces removed, and a blank answer to an optional question kept as nothing. */
public final class Text {

    private Text() {
    }

    public static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
