package waypoint.enrolment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The level of a functional skills qualification in English or maths that the training plan or a progress review
 * plans (the learner handbook, “English and Mathematics”; docs/domain/gateway-and-epa.md, English and maths at the
 * gateway).
 */
public enum FunctionalSkillsLevel {
    ENTRY_LEVEL_3("Entry Level 3"),
    LEVEL_1("Level 1"),
    LEVEL_2("Level 2");

    private final String label;

    FunctionalSkillsLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A level as stored (its name), or null for none. */
    public static FunctionalSkillsLevel ofStored(String name) {
        return name == null ? null : valueOf(name);
    }

    /** The levels in words, for a message: “Entry Level 3, Level 1 or Level 2”. */
    static String choices() {
        String[] labels = Arrays.stream(values()).map(FunctionalSkillsLevel::label).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(labels, labels.length - 1)) + " or " + labels[labels.length - 1];
    }

    /**
     * A typed answer: blank or {@code NONE} is nothing planned; a level's name (“LEVEL_2”) or its words (“Level 2”) is
     * that level; anything else is empty (not an answer).
     */
    static Optional<Optional<FunctionalSkillsLevel>> parse(String typed) {
        String clean = typed == null ? "" : typed.strip();
        if (clean.isEmpty() || clean.equalsIgnoreCase("NONE")) {
            return Optional.of(Optional.empty());
        }
        return Arrays.stream(values()).filter(level -> level.name().equalsIgnoreCase(clean)
                        || level.label().equalsIgnoreCase(clean))
                .findFirst().map(Optional::of);
    }
}
