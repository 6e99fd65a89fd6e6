package waypoint.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The functional skills qualifications planned for an apprentice, English and maths each at a level or not at all:
 * written in the training plan and, when one is booked later, in a progress review. A qualification planned is needed
 * at the gateway even when the funding rules would not require English and maths (docs/domain/gateway-and-epa.md,
 * English and maths at the gateway).
 *
 * @param english the English qualification planned, or null for none
 * @param maths   the maths qualification planned, or null for none
 */
public record PlannedFunctionalSkills(FunctionalSkillsLevel english, FunctionalSkillsLevel maths) {

    public static final PlannedFunctionalSkills NONE = new PlannedFunctionalSkills(null, null);

    public boolean nothingPlanned() {
        return english == null && maths == null;
    }

    /** “Functional Skills English Level 1”, when English is planned. */
    public Optional<String> englishInWords() {
        return Optional.ofNullable(english).map(level -> "Functional Skills English " + level.label());
    }

    /** “Functional Skills maths Level 2”, when maths is planned. */
    public Optional<String> mathsInWords() {
        return Optional.ofNullable(maths).map(level -> "Functional Skills maths " + level.label());
    }

    /** Both in words, or “none”. */
    public String inWords() {
        List<String> planned = new ArrayList<>();
        englishInWords().ifPresent(planned::add);
        mathsInWords().ifPresent(planned::add);
        return planned.isEmpty() ? "none" : String.join("; ", planned);
    }

    /** The form's value of each subject: the level's name, or {@code NONE}. */
    public String englishChoice() {
        return english == null ? "NONE" : english.name();
    }

    public String mathsChoice() {
        return maths == null ? "NONE" : maths.name();
    }

    /**
     * Reads the two typed answers (blank or {@code NONE}: nothing planned; a level such as {@code LEVEL_2}); an answer
     * that is not one puts a message under its field and counts as nothing planned.
     */
    public static PlannedFunctionalSkills read(String english, String maths, String englishField, String mathsField,
            Map<String, String> errors) {
        return new PlannedFunctionalSkills(level(english, englishField, "English", errors),
                level(maths, mathsField, "maths", errors));
    }

    private static FunctionalSkillsLevel level(String typed, String field, String subject,
            Map<String, String> errors) {
        Optional<Optional<FunctionalSkillsLevel>> level = FunctionalSkillsLevel.parse(typed);
        if (level.isEmpty()) {
            errors.put(field, "Select the functional skills " + subject + " qualification planned: none, "
                    + FunctionalSkillsLevel.choices());
            return null;
        }
        return level.get().orElse(null);
    }
}
