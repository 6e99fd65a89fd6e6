package waypoint.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A whole number typed into a standard's form, when filled in (commas between the thousands allowed), from
 * {@code min} to {@code max}: “The most sessions a month must be a whole number, like 1”, or “... must be from 1 to
 * 31”. A blank value passes: it records nothing. The form's service takes the value {@link Value#of} gives.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = WholeNumber.Check.class)
@interface WholeNumber {

    /** What the number is, as the message begins: “The most sessions a month”. */
    String what();

    int min();

    int max();

    String message() default "{what} must be from {min} to {max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The value a checked field gives its service. */
    final class Value {

        private Value() {
        }

        /** The number typed, or null when nothing (or no whole number) was typed. */
        static Integer of(String typed) {
            if (typed == null || typed.isBlank()) {
                return null;
            }
            String text = typed.strip().replace(",", "");
            return text.matches("\\d{1,9}") ? Integer.valueOf(text) : null;
        }
    }

    final class Check implements ConstraintValidator<WholeNumber, String> {

        private WholeNumber rule;

        @Override
        public void initialize(WholeNumber annotation) {
            this.rule = annotation;
        }

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            if (typed == null || typed.isBlank()) {
                return true;
            }
            Integer value = Value.of(typed);
            if (value == null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate("{what} must be a whole number, like {min}")
                        .addConstraintViolation();
                return false;
            }
            return value >= rule.min() && value <= rule.max();
        }
    }
}
