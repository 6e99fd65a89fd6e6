package waypoint.supportcase.internal;

/** Where a support case is (docs/domain/support-policy.md, The five stages): stages 1 and 2 are informal, 3 to 5 formal; the rest are endings. */
public enum SupportStage {
    NONE("No case", 0),
    STAGE_1("Stage 1 (informal)", 1),
    STAGE_2("Stage 2 (informal)", 2),
    STAGE_3("Stage 3 (formal)", 3),
    STAGE_4("Stage 4 (formal)", 4),
    STAGE_5("Stage 5 (formal)", 5),
    OFF_SUPPORT("Off support", 0),
    BREAK_IN_LEARNING("Break in learning", 0),
    ENDED("Apprenticeship ended", 0),
    ENDED_BY_OTHER_POLICY("Ended under another policy", 0);

    private final String words;
    private final int number;

    SupportStage(String words, int number) {
        this.words = words;
        this.number = number;
    }

    public String words() {
        return words;
    }

    /** 1 to 5 for a stage, 0 otherwise. */
    public int number() {
        return number;
    }

    public boolean isOpen() {
        return number > 0;
    }

    public boolean isFormal() {
        return number >= 3;
    }

    public static SupportStage of(int number) {
        return switch (number) {
            case 1 -> STAGE_1;
            case 2 -> STAGE_2;
            case 3 -> STAGE_3;
            case 4 -> STAGE_4;
            case 5 -> STAGE_5;
            default -> throw new IllegalArgumentException("No stage " + number);
        };
    }
}
