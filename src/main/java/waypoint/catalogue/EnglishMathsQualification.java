package waypoint.catalogue;

import java.util.Locale;
import java.util.UUID;

/**
 * An English or maths qualification the provider delivers: its name, awarding organisation, subject, level and kind,
 * and its learning aim reference ({@code LearnAimRef}) in the department's learning aims database, which the ILR
 * return writes as an apprentice's English or maths aim (docs/domain/english-and-maths-aims.md).
 */
public record EnglishMathsQualification(UUID id, String learnAimRef, String title, String awardingOrganisation,
                                        Subject subject, Level level, Kind kind) {

    public enum Subject {
        ENGLISH("English"), MATHS("maths");

        private final String label;

        Subject(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The levels an apprentice's English and maths are planned at (the same names as the training plan's). */
    public enum Level {
        ENTRY_LEVEL_3("Entry Level 3"), LEVEL_1("Level 1"), LEVEL_2("Level 2");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Kind {
        FUNCTIONAL_SKILLS("Functional Skills"), GCSE("GCSE");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** “Functional Skills maths Level 2 (Pearson Edexcel, 60347248)”. */
    public String inWords() {
        return title + " (" + awardingOrganisation + ", " + learnAimRef + ")";
    }

    /** A learning aim reference as the ILR takes it: capitals, no spaces. */
    static String normalised(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
