package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import waypoint.shared.web.DateText;

/**
 * A date typed into one text box ({@code 27/3/2026}, {@code 27 3 2026} or the API's {@code 2026-03-27}), when filled
 * in, is a real date as {@link DateText} reads it. A blank value passes: say {@code @NotBlank} as well when the date
 * is needed. Dates asked for in three boxes use {@link DateFields} instead.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TypedDate.Check.class)
public @interface TypedDate {

    /** What to say when it is not a real date, in the form's own words. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<TypedDate, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || DateText.parse(value).isPresent();
        }
    }
}
