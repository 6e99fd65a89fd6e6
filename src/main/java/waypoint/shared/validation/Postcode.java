package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A UK postcode, when filled in, in the Royal Mail format (spaces and case do not matter). The message is the rule's own unless one is given. A blank value passes: say {@code @NotBlank} as well when the field is required
 * (docs/domain/identifiers.md).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FormatConstraint.ForPostcode.class)
public @interface Postcode {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
