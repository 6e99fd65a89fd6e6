package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An amount of money, when given, is pounds and pence: at most two decimal places and at most £99,999,999.99 (what
 * an amount's column holds), typed in a box (read by {@link TypedValues#pounds}, so £9,000.50 will do) or already a
 * number (an API body's). With {@code sign}, an amount below £0, or not above it, is refused too, with
 * {@code signMessage} when the field says it in other words. A blank or absent amount passes: say {@code @NotBlank}
 * or {@code @NotNull} as well when it must be given; text that is not a number is {@link TypedNumber}'s to refuse.
 * Services take the amount as {@code waypoint.shared.money.Money}, which holds pounds and pence only.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PoundsValidator.class)
public @interface Pounds {

    /** Which amounts are refused for their sign, besides those not in pounds and pence. */
    enum Sign {
        /** Any amount, less than £0 too. */
        ANY,
        /** £0 or more. */
        ZERO_OR_MORE,
        /** More than £0. */
        MORE_THAN_ZERO
    }

    Sign sign() default Sign.ANY;

    /** The message for an amount refused for its sign; empty for {@code message}. */
    String signMessage() default "";

    String message() default "Enter an amount in pounds and pence, like 9000 or 9000.50";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
