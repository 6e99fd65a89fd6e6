package waypoint.organisation.internal.learner;

import waypoint.organisation.IlrLists;

/**
 * The answers of a learner's sensitive declarations, each with the words shown for it. Codes follow the ILR
 * specification where it has the field (LLDDHealthProb; Ethnicity, codes 31 to 47, 98 and 99); the other equality
 * questions use the Office for National Statistics census categories, each with "Prefer not to say".
 */
public final class Declarations {

    private Declarations() {
    }

    /** The answer to: do you consider yourself to have a learning difficulty, disability or health problem? (ILR LLDDHealthProb) */
    public enum HealthDeclaration {
        YES("Yes"), NO("No"), NOT_PROVIDED("Prefer not to say");

        private final String label;

        HealthDeclaration(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Ethnicity {
        E31("English, Welsh, Scottish, Northern Irish or British"),
        E32("Irish"),
        E33("Gypsy or Irish Traveller"),
        E34("Any other White background"),
        E35("White and Black Caribbean"),
        E36("White and Black African"),
        E37("White and Asian"),
        E38("Any other Mixed or multiple ethnic background"),
        E39("Indian"),
        E40("Pakistani"),
        E41("Bangladeshi"),
        E42("Chinese"),
        E43("Any other Asian background"),
        E44("African"),
        E45("Caribbean"),
        E46("Any other Black, African or Caribbean background"),
        E47("Arab"),
        E98("Any other ethnic group"),
        E99("Prefer not to say");

        private final String label;

        Ethnicity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The ILR code. */
        public int code() {
            return Integer.parseInt(name().substring(1));
        }
    }

    public enum Sex {
        FEMALE("Female"), MALE("Male"), NOT_PROVIDED("Prefer not to say");

        private final String label;

        Sex(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The sex as the ILR records it: none where the learner preferred not to say. */
        public IlrLists.IlrSex ilr() {
            return switch (this) {
                case FEMALE -> IlrLists.IlrSex.F;
                case MALE -> IlrLists.IlrSex.M;
                case NOT_PROVIDED -> null;
            };
        }
    }

    public enum Religion {
        NO_RELIGION("No religion"), BUDDHIST("Buddhist"), CHRISTIAN("Christian"), HINDU("Hindu"), JEWISH("Jewish"),
        MUSLIM("Muslim"), SIKH("Sikh"), OTHER("Any other religion"), NOT_PROVIDED("Prefer not to say");

        private final String label;

        Religion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum SexualOrientation {
        HETEROSEXUAL("Straight or heterosexual"), GAY_OR_LESBIAN("Gay or lesbian"), BISEXUAL("Bisexual"),
        OTHER("Another sexual orientation"), NOT_PROVIDED("Prefer not to say");

        private final String label;

        SexualOrientation(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
