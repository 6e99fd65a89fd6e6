package waypoint.rules;

/**
 * Whether the apprentice must achieve English and maths before the end-point assessment, at what level, and who
 * decided. British Sign Language qualifications are an alternative to English for those whose primary language it
 * is (the Learning and skills mentor course page, Entry requirements); a learner who already holds the level, with
 * certificates, is exempt (the learner handbook, English and Mathematics).
 */
public record EnglishAndMaths(boolean required, Level level, DecidedBy decidedBy) {

    public enum Level {
        LEVEL_2("Level 2"),
        /** For apprentices with an education, health and care plan or a legacy statement. */
        ENTRY_LEVEL_3("Entry Level 3");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum DecidedBy {
        FUNDING_RULES,
        /** An adult at the start: the employer decides, recorded in the initial assessment and training plan. */
        EMPLOYER,
        /** The programme type has no English and maths (an apprenticeship unit). */
        NOT_APPLICABLE
    }

    /** For a programme type without English and maths (docs/domain/programme-types.md). */
    public static EnglishAndMaths notApplicable() {
        return new EnglishAndMaths(false, Level.LEVEL_2, DecidedBy.NOT_APPLICABLE);
    }

    /** Whether English and maths is part of this programme at all (asked at onboarding, shown, checked). */
    public boolean applies() {
        return decidedBy != DecidedBy.NOT_APPLICABLE;
    }

    /** Words for a form or summary list: “Required: Level 2”, “Not required: the employer's decision”. */
    public String inWords() {
        if (required) {
            return "Required: " + level.label() + (decidedBy == DecidedBy.EMPLOYER ? " (the employer's choice)" : "");
        }
        if (!applies()) {
            return "Does not apply: an apprenticeship unit has no English and maths";
        }
        return "Not required: the employer's decision";
    }
}
