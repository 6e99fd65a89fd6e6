package waypoint.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import waypoint.support.FormsUnderTest;

/**
 * The constraints for what a form offers and asks: one of the choices, a date typed in one box, and a field needed only
 * for some answers to another. Each says the form's own words, on the field they concern; a blank field passes unless
 * the form says it is needed.
 */
class ChoicesAndTypedDatesTest {

    private static final Validator validator = FormsUnderTest.validator();

    enum Kind { NOTE, REFERRAL }

    @RequiredWhen(field = "agency", when = "kind", is = "REFERRAL", message = "Select the agency")
    @RequiredWhen(field = "place", when = "link", is = "", message = "Enter the place, or the link")
    record Action(@OneOf(value = Kind.class, message = "Select what you did") String kind, String agency,
            @TypedDate(message = "Enter the date, like 27/3/2026") String on, String place, String link) {
    }

    @RequiredWhen(field = "agency", when = "kind", is = "REFERRAL", message = "Select the agency")
    record TypedAction(Kind kind, String agency) {
    }

    private List<String> problems(Record form) {
        return validator.validate(form).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .sorted(Comparator.naturalOrder()).toList();
    }

    @Test
    void a_choice_is_the_name_of_one_of_the_values_and_blank_is_left_to_the_form() {
        assertThat(problems(new Action("NOTE", null, null, "Office", null))).isEmpty();
        assertThat(problems(new Action(" REFERRAL ", "Police", null, "Office", null))).isEmpty();
        assertThat(problems(new Action("", null, null, "Office", null))).isEmpty();
        assertThat(problems(new Action("GOSSIP", null, null, "Office", null)))
                .containsExactly("kind: Select what you did");
        assertThat(OneOf.Choices.named(Kind.class, " REFERRAL ")).isEqualTo(Kind.REFERRAL);
        assertThat(OneOf.Choices.named(Kind.class, "GOSSIP")).isNull();
    }

    @Test
    void a_date_typed_in_one_box_is_a_real_date_in_the_ways_people_write_it() {
        for (String date : List.of("27/3/2026", "27 3 2026", "2026-03-27", "  ")) {
            assertThat(problems(new Action("NOTE", null, date, "Office", null))).as(date).isEmpty();
        }
        for (String date : List.of("31/2/2026", "tomorrow", "27/3/26")) {
            assertThat(problems(new Action("NOTE", null, date, "Office", null))).as(date)
                    .containsExactly("on: Enter the date, like 27/3/2026");
        }
    }

    @Test
    void a_field_needed_for_some_answers_is_refused_on_that_field_only_then() {
        assertThat(problems(new Action("REFERRAL", " ", null, "Office", null)))
                .containsExactly("agency: Select the agency");
        assertThat(problems(new Action("NOTE", null, null, "Office", null))).isEmpty();
        assertThat(problems(new TypedAction(Kind.REFERRAL, null))).containsExactly("agency: Select the agency");
        assertThat(problems(new TypedAction(Kind.NOTE, null))).isEmpty();
        assertThat(problems(new TypedAction(null, null))).isEmpty();
    }

    @Test
    void one_of_two_fields_is_needed_when_the_other_is_left_blank() {
        assertThat(problems(new Action("NOTE", null, null, "", "")))
                .containsExactly("place: Enter the place, or the link");
        assertThat(problems(new Action("NOTE", null, null, null, null)))
                .containsExactly("place: Enter the place, or the link");
        assertThat(problems(new Action("NOTE", null, null, "", "https://meet.example/abc"))).isEmpty();
    }
}
