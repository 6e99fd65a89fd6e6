package waypoint.shared.validation;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reads a form record's three date boxes and reports what is wrong on the day box. */
public class DateFieldsValidator implements ConstraintValidator<DateFields, Record> {

    private DateFields fields;

    @Override
    public void initialize(DateFields annotation) {
        this.fields = annotation;
    }

    @Override
    public boolean isValid(Record form, ConstraintValidatorContext context) {
        if (form == null) {
            return true;
        }
        DateInput typed = read(form, fields.prefix());
        Optional<String> problem = typed.isBlank()
                ? Optional.of(fields.required()).filter(words -> !words.isEmpty())
                : typed.problem(fields.what(), fields.year());
        problem.ifPresent(words -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(words.replace("\\", "\\\\").replace("$", "\\$")
                            .replace("{", "\\{"))
                    .addPropertyNode(fields.prefix() + "Day").addConstraintViolation();
        });
        return problem.isEmpty();
    }

    /** The three boxes of a form record, by their components' names. */
    public static DateInput read(Record form, String prefix) {
        return new DateInput(component(form, prefix + "Day"), component(form, prefix + "Month"),
                component(form, prefix + "Year"));
    }

    private static String component(Record form, String name) {
        RecordComponent component = Arrays.stream(form.getClass().getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(form.getClass().getSimpleName() + " has no " + name));
        try {
            component.getAccessor().setAccessible(true);
            Object value = component.getAccessor().invoke(form);
            return value == null ? null : value.toString();
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
