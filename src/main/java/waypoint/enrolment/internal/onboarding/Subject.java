package waypoint.enrolment.internal.onboarding;

import java.util.Locale;
import java.util.Optional;

/** English and maths (the learner handbook, “English and Mathematics”). */
public enum Subject {
    ENGLISH("English"),
    MATHS("Maths");

    private final String words;

    Subject(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** As diagnostic tools write it: “English”, “Maths”, “Mathematics”. */
    public static Optional<Subject> parse(String text) {
        String clean = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (clean) {
            case "english" -> Optional.of(ENGLISH);
            case "maths", "math", "mathematics" -> Optional.of(MATHS);
            default -> Optional.empty();
        };
    }
}
