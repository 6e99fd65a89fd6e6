package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The field, when filled in, is one of the choices a form offers: the name of one of the enum's values (what a radio
 * or a select sends, and what the API takes). A blank value passes: say {@code @NotBlank} as well when a choice is
 * needed. The service then receives the enum itself.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOf.Check.class)
public @interface OneOf {

    /** The enum whose values' names are the choices. */
    Class<? extends Enum<?>> value();

    /** What to say when the value is none of them: "Select the risk level". */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** For the form's typed values: the enum value a checked field names. */
    final class Choices {

        private Choices() {
        }

        /** The enum value named by a form's text, or null when the text is blank or names none. */
        public static <E extends Enum<E>> E named(Class<E> type, String name) {
            if (name == null || name.isBlank()) {
                return null;
            }
            return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name.strip())).findFirst()
                    .orElse(null);
        }
    }

    final class Check implements ConstraintValidator<OneOf, String> {

        private Enum<?>[] choices;

        @Override
        public void initialize(OneOf annotation) {
            this.choices = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank()
                    || Arrays.stream(choices).anyMatch(choice -> choice.name().equals(value.strip()));
        }
    }
}
