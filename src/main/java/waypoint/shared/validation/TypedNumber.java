package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A number typed in a box, when filled in, is one: digits with an optional sign and decimal point (37.5, -5), read by
 * {@link TypedValues#number}; with {@code pounds}, an amount as people write it, with a pound sign and thousands
 * commas if they like (£9,000.50), read by {@link TypedValues#pounds}. A blank value passes: say {@code @NotBlank} as
 * well when it must be given. Whether the number is in range is the record's rule, not this one.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TypedValues.NumberCheck.class)
public @interface TypedNumber {

    /** An amount in pounds: a pound sign and commas between the thousands are allowed. */
    boolean pounds() default false;

    String message() default "Enter a number, like 37.5";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
