package waypoint.organisation.validation;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class FormatValidator implements ConstraintValidator<ValidFormat, String> {

    private Format format;

    @Override
    public void initialize(ValidFormat annotation) {
        this.format = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = format.problem(value);
        problem.ifPresent(message -> {
            context.disableDefaultConstraintViolation();
            // the message is ours, never user input: escape EL anyway so it is taken literally
            context.buildConstraintViolationWithTemplate(message.replace("$", "\\$").replace("{", "\\{"))
                    .addConstraintViolation();
        });
        return problem.isEmpty();
    }
}
