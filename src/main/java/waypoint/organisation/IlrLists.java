package waypoint.organisation;

/**
 * The ILR's own lists for a learner's facts, each answer in words with its ILR code behind it (docs/domain/ilr.md,
 * "The learner's facts"). Each list is named as the ILR specification 2025 to 2026 names it.
 */
public final class IlrLists {

    private IlrLists() {
    }

    /** ILR Sex: the ILR records female or male. */
    public enum IlrSex {
        F("Female"), M("Male");

        private final String label;

        IlrSex(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The ILR code. */
        public String code() {
            return name();
        }
    }

    /** ILR LLDDCat: the category of a learning difficulty, disability or health problem. */
    public enum LlddCategory {
        VISUAL_IMPAIRMENT(4, "Visual impairment"),
        HEARING_IMPAIRMENT(5, "Hearing impairment"),
        MOBILITY(6, "Disability affecting mobility"),
        PROFOUND_COMPLEX(7, "Profound complex disabilities"),
        SOCIAL_EMOTIONAL(8, "Social and emotional difficulties"),
        MENTAL_HEALTH(9, "Mental health difficulty"),
        MODERATE_LEARNING(10, "Moderate learning difficulty"),
        SEVERE_LEARNING(11, "Severe learning difficulty"),
        DYSLEXIA(12, "Dyslexia"),
        DYSCALCULIA(13, "Dyscalculia"),
        AUTISM(14, "Autism spectrum disorder"),
        ASPERGERS(15, "Asperger's syndrome"),
        TEMPORARY(16, "Temporary disability after illness (for example post-viral) or accident"),
        SPEECH_LANGUAGE(17, "Speech, language and communication needs"),
        OTHER_PHYSICAL(93, "Other physical disability"),
        OTHER_SPECIFIC_LEARNING(94, "Other specific learning difficulty (for example dyspraxia)"),
        OTHER_MEDICAL(95, "Other medical condition (for example epilepsy, asthma, diabetes)"),
        OTHER_LEARNING(96, "Other learning difficulty"),
        OTHER_DISABILITY(97, "Other disability"),
        NOT_PROVIDED(98, "Prefer not to say");

        private final int code;
        private final String label;

        LlddCategory(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** ILR PriorAttain PriorLevel: the learner's highest level of qualification when they start. */
    public enum PriorLevel {
        NO_QUALIFICATIONS(99, "No qualifications"),
        ENTRY_LEVEL(9, "Entry level"),
        BELOW_LEVEL_1(7, "Other qualifications below level 1"),
        LEVEL_1(1, "Level 1"),
        FULL_LEVEL_2(2, "Full level 2"),
        FULL_LEVEL_3(3, "Full level 3"),
        LEVEL_4(10, "Level 4"),
        LEVEL_5(11, "Level 5"),
        LEVEL_6(12, "Level 6"),
        LEVEL_7_AND_ABOVE(13, "Level 7 and above"),
        OTHER_LEVEL_NOT_KNOWN(97, "Other qualification, level not known"),
        NOT_KNOWN(98, "Not known");

        private final int code;
        private final String label;

        PriorLevel(int code, String label) {
            this.code = code;
            this.label = label;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /**
     * ILR ContPrefType and ContPrefCode: what the learner does not want to be contacted about (RUI) and how they do
     * not want to be contacted (PMC).
     */
    public enum ContactRestriction {
        NO_CONTACT_ABOUT_COURSES("RUI", 1, "Do not contact about courses or learning opportunities"),
        NO_CONTACT_FOR_SURVEYS("RUI", 2, "Do not contact for surveys and research"),
        NO_CONTACT_BY_POST("PMC", 1, "Do not contact by post"),
        NO_CONTACT_BY_PHONE("PMC", 2, "Do not contact by telephone"),
        NO_CONTACT_BY_EMAIL("PMC", 3, "Do not contact by email");

        private final String type;
        private final int code;
        private final String label;

        ContactRestriction(String type, int code, String label) {
            this.type = type;
            this.code = code;
            this.label = label;
        }

        /** The ILR contact preference type, RUI or PMC. */
        public String type() {
            return type;
        }

        public int code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /**
     * The ILR code of a declared answer, as the learner's declarations store it (the name of the answer), for those
     * who read the published declarations: {@code Ethnicity} (31 to 47, 98, 99), {@code Sex} (F or M; none where the
     * learner preferred not to say) and {@code LLDDHealthProb} (1 yes, 2 no, 9 not provided). Null for no answer.
     */
    public static Integer ethnicityCode(String answer) {
        return answer == null ? null
                : waypoint.organisation.internal.learner.Declarations.Ethnicity.valueOf(answer).code();
    }

    /** The ILR's {@code Sex} of a declared answer (see {@link #ethnicityCode}). */
    public static String sexCode(String answer) {
        if (answer == null) {
            return null;
        }
        IlrSex sex = waypoint.organisation.internal.learner.Declarations.Sex.valueOf(answer).ilr();
        return sex == null ? null : sex.code();
    }

    /** The ILR's {@code LLDDHealthProb} of the declared health answer (see {@link #ethnicityCode}). */
    public static Integer healthProblemCode(String answer) {
        if (answer == null) {
            return null;
        }
        return switch (waypoint.organisation.internal.learner.Declarations.HealthDeclaration.valueOf(answer)) {
            case YES -> 1;
            case NO -> 2;
            case NOT_PROVIDED -> 9;
        };
    }
}
