package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * On a form record: a field needed only for some answers to another, such as the agency of a referral, or the place
 * of a health and safety incident. When the component {@code when} holds one of {@code is}, the component
 * {@code field} must be filled in; its error is that field's, where the error summary links. The field's own format
 * checks (its length, a real date, one of the choices) stay on the field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiredWhen.List.class)
@Constraint(validatedBy = RequiredWhen.Check.class)
public @interface RequiredWhen {

    /** The component that must be filled in. */
    String field();

    /** The component whose answer decides. */
    String when();

    /** The answers (as sent: an enum's name, "yes"; "" for none) that make {@code field} needed. */
    String[] is();

    /** What to say when it is left out: "Select the agency you referred to". */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        RequiredWhen[] value();
    }

    final class Check implements ConstraintValidator<RequiredWhen, Record> {

        private RequiredWhen rule;

        @Override
        public void initialize(RequiredWhen annotation) {
            this.rule = annotation;
        }

        @Override
        public boolean isValid(Record form, ConstraintValidatorContext context) {
            if (form == null) {
                return true;
            }
            Object answer = component(form, rule.when());
            String said = answer == null ? "" : answer instanceof Enum<?> choice ? choice.name() : answer.toString();
            boolean needed = Arrays.asList(rule.is()).contains(said.strip());
            Object value = component(form, rule.field());
            if (!needed || value != null && !value.toString().isBlank()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(rule.message().replace("\\", "\\\\").replace("$", "\\$")
                    .replace("{", "\\{")).addPropertyNode(rule.field()).addConstraintViolation();
            return false;
        }

        private static Object component(Record form, String name) {
            RecordComponent component = Arrays.stream(form.getClass().getRecordComponents())
                    .filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(form.getClass().getSimpleName() + " has no " + name));
            try {
                component.getAccessor().setAccessible(true);
                return component.getAccessor().invoke(form);
            } catch (ReflectiveOperationException unreadable) {
                throw new IllegalStateException(unreadable);
            }
        }
    }
}
