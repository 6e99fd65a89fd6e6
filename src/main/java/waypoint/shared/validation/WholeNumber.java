package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A whole number from {@code min} to {@code max}, both included: a number field (an {@code int} a form's figure was
 * read into), or a figure as typed in a box (digits with an optional minus sign; the spaces around it are the form's to
 * strip). A blank box passes: say {@code @NotBlank} as well when it must be given. One message for every way it is
 * wrong (not a number, a fraction, too small, too large): "Enter a whole number from 1 to 30", or the field's own
 * words when they name it.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {

    long min();

    long max();

    String message() default "Enter a whole number from {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
