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
 * read into), or a figure as typed in a box (digits with an optional minus sign and commas between the thousands,
 * spaces around it ignored; {@link TypedValues#wholeNumber} reads it). A blank box passes: say {@code @NotBlank} as
 * well when it must be given. One message for every way it is wrong (not a number, a fraction, too small, too large):
 * “Enter a whole number from 1 to 30”, or the field's own words when they name it. A field that says {@code what} the
 * figure is gets two messages instead, one for what is not a whole number and one for a number out of range: “The
 * most sessions a month must be a whole number, like 1” and “The most sessions a month must be from 1 to 31”.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumberValidator.class)
public @interface WholeNumber {

    long min();

    long max();

    /**
     * What the figure is, as its messages begin (“The most sessions a month”); when given, the messages are built
     * from it and {@code message} is not used.
     */
    String what() default "";

    String message() default "Enter a whole number from {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
