package waypoint.shared.validation;

import java.lang.annotation.Annotation;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a field, when filled in, against a {@link Format}: blank passes (say {@code @NotBlank} as well when the field
 * is required). The message is the format's own words unless the constraint names its own.
 */
public abstract class FormatConstraint<A extends Annotation> implements ConstraintValidator<A, String> {

    private Format format;
    private String message = "";

    protected FormatConstraint(Format format) {
        this.format = format;
    }

    /** For a constraint whose format is read from the annotation. */
    protected void use(Format format, String message) {
        this.format = format;
        this.message = message == null ? "" : message;
    }

    /** The annotation's own message, when it gives one. */
    protected void say(String message) {
        this.message = message == null ? "" : message;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = format.problem(value).map(words -> message.isEmpty() ? words : message);
        problem.ifPresent(words -> {
            context.disableDefaultConstraintViolation();
            // the message is ours, never user input: escape EL anyway so it is taken literally
            context.buildConstraintViolationWithTemplate(words.replace("\\", "\\\\").replace("$", "\\$")
                    .replace("{", "\\{")).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    public static final class ForUln extends FormatConstraint<Uln> {
        public ForUln() {
            super(Format.ULN);
        }

        @Override
        public void initialize(Uln annotation) {
            say(annotation.message());
        }
    }

    public static final class ForUkprn extends FormatConstraint<Ukprn> {
        public ForUkprn() {
            super(Format.UKPRN);
        }

        @Override
        public void initialize(Ukprn annotation) {
            say(annotation.message());
        }
    }

    public static final class ForPostcode extends FormatConstraint<Postcode> {
        public ForPostcode() {
            super(Format.POSTCODE);
        }

        @Override
        public void initialize(Postcode annotation) {
            say(annotation.message());
        }
    }

    public static final class ForNationalInsuranceNumber extends FormatConstraint<NationalInsuranceNumber> {
        public ForNationalInsuranceNumber() {
            super(Format.NATIONAL_INSURANCE_NUMBER);
        }

        @Override
        public void initialize(NationalInsuranceNumber annotation) {
            say(annotation.message());
        }
    }

    public static final class ForAny extends FormatConstraint<ValidFormat> {
        public ForAny() {
            super(Format.EMAIL);
        }

        @Override
        public void initialize(ValidFormat annotation) {
            use(annotation.value(), annotation.message());
        }
    }
}
