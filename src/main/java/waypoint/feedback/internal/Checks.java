package waypoint.feedback.internal;

/** The small checks every feedback command makes on what was typed. */
final class Checks {

    private Checks() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
