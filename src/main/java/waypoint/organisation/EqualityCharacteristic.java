package waypoint.organisation;

import waypoint.organisation.internal.learner.Declarations;

/**
 * The characteristics learners may declare for equality monitoring, with the words for each stored answer, so another
 * module's anonymised report (the safeguarding module's equality monitoring) names answers as the declaration form
 * does. Answers are stored by their names.
 */
public enum EqualityCharacteristic {
    DISABILITY("Learning difficulty, disability or health problem", Declarations.HealthDeclaration.class),
    ETHNICITY("Ethnicity", Declarations.Ethnicity.class),
    SEX("Sex", Declarations.Sex.class),
    RELIGION("Religion or belief", Declarations.Religion.class),
    SEXUAL_ORIENTATION("Sexual orientation", Declarations.SexualOrientation.class);

    private final String label;
    private final Class<? extends Enum<?>> answers;

    EqualityCharacteristic(String label, Class<? extends Enum<?>> answers) {
        this.label = label;
        this.answers = answers;
    }

    public String label() {
        return label;
    }

    /** The words for a stored answer; "Not declared" when there is none. */
    public String wordsFor(String storedAnswer) {
        if (storedAnswer == null) {
            return "Not declared";
        }
        for (Enum<?> answer : answers.getEnumConstants()) {
            if (answer.name().equals(storedAnswer)) {
                if (answer instanceof Declarations.HealthDeclaration h) {
                    return h.label();
                } else if (answer instanceof Declarations.Ethnicity e) {
                    return e.label();
                } else if (answer instanceof Declarations.Sex s) {
                    return s.label();
                } else if (answer instanceof Declarations.Religion r) {
                    return r.label();
                } else if (answer instanceof Declarations.SexualOrientation o) {
                    return o.label();
                }
                return answer.name();
            }
        }
        return storedAnswer;
    }
}
