package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date typed in one box, when filled in, is a real date: ISO ({@code 2026-04-27}, the API's form) or day, month and
 * year as people write them ({@code 27/4/2026}, {@code 27 4 2026}), read by {@link TypedValues#date}. A blank value
 * passes: say {@code @NotBlank} as well when the date must be given. Say the example the form's hint shows in the
 * message.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TypedValues.DateCheck.class)
public @interface TypedDate {

    String message() default "Enter a real date, like 27/4/2026";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
