package waypoint.shared.web;

/**
 * What text the database can keep, and the words for text it cannot: no NUL character (PostgreSQL refuses it) and
 * no more characters than the answer's column holds. See docs/domain/api.md.
 */
public final class StoredText {

    public static final String NUL_MESSAGE = "Remove the hidden null character from this answer "
            + "(it sometimes comes with text pasted from another program)";

    private StoredText() {
    }

    public static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    public static String tooLong(int limit) {
        return "Enter " + limit + " characters or fewer";
    }
}
