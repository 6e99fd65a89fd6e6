package waypoint.enrolment;

import java.util.ArrayList;
import java.util.List;
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
     * The two answers of a form or request, once checked with {@link FunctionalSkillsChoice}: blank or {@code NONE} is
     * nothing planned, a level's name ({@code LEVEL_2}) or words ({@code Level 2}) that level.
     */
    public static PlannedFunctionalSkills chosen(String english, String maths) {
        return new PlannedFunctionalSkills(level(english), level(maths));
    }

    private static FunctionalSkillsLevel level(String answer) {
        return FunctionalSkillsLevel.parse(answer).orElseThrow(() -> new IllegalArgumentException(
                "Not a functional skills choice, which the form checks first: " + answer)).orElse(null);
    }
}
