package waypoint.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * On a form record: its components {@code <prefix>Day}, {@code <prefix>Month} and {@code <prefix>Year} are the GOV.UK
 * date input's three boxes, read as a {@link DateInput}; when something typed there is not a real date, the GOV.UK
 * message is the error of {@code <prefix>Day} (where the error summary links and the date input looks for it).
 * Nothing typed passes: say {@code required} when the date must be given.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(DateFields.List.class)
@Constraint(validatedBy = DateFieldsValidator.class)
public @interface DateFields {

    /** The start of the three components' names: "birth" for birthDay, birthMonth and birthYear. */
    String prefix();

    /** The date's name in messages, with a capital: "Date of birth". */
    String what();

    /** The year box's name in messages: "Year", or "Year of birth". */
    String year() default "Year";

    /** The message when nothing is typed and the date must be given; empty when it may be left out. */
    String required() default "";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        DateFields[] value();
    }
}
