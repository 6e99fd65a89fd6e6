package waypoint.portfolio.internal;

/** How the portfolio's forms read what people type: blank is absent, a code names one of an enum's values. */
public final class Texts {

    private Texts() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The enum value {@code text} names (any case), or null when it names none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase());
        } catch (IllegalArgumentException wrong) {
            return null;
        }
    }
}
