package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import waypoint.enrolment.internal.onboarding.PlanDraft;
import waypoint.support.FormsUnderTest;

/**
 * The functional skills planned in each subject, as the training plan and a progress review ask it: none (blank or
 * {@code NONE}) or a level by its name or in words; any other answer is refused on its own field, naming the choices.
 */
class FunctionalSkillsChoiceTest {

    static final String ENGLISH = "Select the functional skills English qualification planned: none, Entry Level 3,"
            + " Level 1 or Level 2";
    static final String MATHS = "Select the functional skills maths qualification planned: none, Entry Level 3,"
            + " Level 1 or Level 2";

    static PlanDraft planned(String english, String maths) {
        return new PlanDraft(0, "500", "Zoom", "Wednesday", List.of(), "All", "None", "Maths", english, maths);
    }

    @ParameterizedTest(name = "English \"{0}\" and maths \"{1}\" plan {2}")
    @CsvSource(delimiter = '|', emptyValue = "", nullValues = "null", textBlock = """
            NONE          | LEVEL_2 | Functional Skills maths Level 2
            ''            | null    | none
            none          | Level 1 | Functional Skills maths Level 1
            entry_level_3 | NONE    | Functional Skills English Entry Level 3
            """)
    void an_answer_that_is_a_choice_passes_and_is_read_as_planned(String english, String maths, String inWords) {
        assertThat(FormsUnderTest.problems(planned(english, maths))).isEmpty();
        assertThat(PlannedFunctionalSkills.chosen(english, maths).inWords()).isEqualTo(inWords);
    }

    @ParameterizedTest(name = "English \"{0}\" and maths \"{1}\" are refused")
    @CsvSource(delimiter = '|', textBlock = """
            GCSE | NONE    | functionalSkillsEnglish
            NONE | LEVEL_7 | functionalSkillsMaths
            """)
    void an_answer_that_is_none_of_the_choices_is_refused_on_its_field_naming_the_choices(String english,
            String maths, String field) {
        assertThat(FormsUnderTest.problems(planned(english, maths)))
                .isEqualTo(Map.of(field, field.endsWith("English") ? ENGLISH : MATHS));
    }
}
