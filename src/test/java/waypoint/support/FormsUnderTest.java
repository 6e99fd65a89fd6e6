package waypoint.support;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;

/**
 * The one validator of the tests that check a form record without the application: the problems a form is refused
 * for, as a page or the API would show them ({@link #problems}), or the bare messages of its constraints
 * ({@link #messages}).
 */
public final class FormsUnderTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private FormsUnderTest() {
    }

    /** The validator, for a test that hands it to what it checks. */
    public static Validator validator() {
        return VALIDATOR;
    }

    /** Each field's problem as {@link FormChecks#require} gives it, in the form's order; none when it passes. */
    public static Map<String, String> problems(Object form, Class<?>... groups) {
        try {
            FormChecks.require(VALIDATOR, form, groups);
            return Map.of();
        } catch (FieldValidationException invalid) {
            return invalid.errors();
        }
    }

    /** The message of each constraint the form breaks, in no particular order. */
    public static List<String> messages(Object form, Class<?>... groups) {
        return VALIDATOR.validate(form, groups).stream().map(ConstraintViolation::getMessage).toList();
    }
}
