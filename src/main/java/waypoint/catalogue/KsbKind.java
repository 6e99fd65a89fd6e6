package waypoint.catalogue;

/** Knowledge, skill or behaviour: the letter of a KSB's code (K1, S1, B1). */
public enum KsbKind {
    KNOWLEDGE('K', "Knowledge"),
    SKILL('S', "Skills"),
    BEHAVIOUR('B', "Behaviours");

    private final char letter;
    private final String heading;

    KsbKind(char letter, String heading) {
        this.letter = letter;
        this.heading = heading;
    }

    public char letter() {
        return letter;
    }

    public String heading() {
        return heading;
    }

    public String code(int position) {
        return String.valueOf(letter) + position;
    }

    public static KsbKind ofLetter(char letter) {
        for (KsbKind kind : values()) {
            if (kind.letter == Character.toUpperCase(letter)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No KSB kind " + letter);
    }
}
