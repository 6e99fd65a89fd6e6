package waypoint.enrolment;

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
 * On a form's or a request's answer to which functional skills qualification is planned in one subject (the training
 * plan, a progress review): blank or {@code NONE} is nothing planned, and a level is given by its name
 * ({@code LEVEL_2}) or in words ({@code Level 2}). Any other answer is refused with a message naming the choices.
 * Once checked, {@link PlannedFunctionalSkills#chosen} reads the two answers.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FunctionalSkillsChoice.Check.class)
public @interface FunctionalSkillsChoice {

    /** The subject as the message names it: "English" or "maths". */
    String subject();

    /** Not used: the message names the subject and the choices. */
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<FunctionalSkillsChoice, String> {

        private String message;

        @Override
        public void initialize(FunctionalSkillsChoice annotation) {
            message = "Select the functional skills " + annotation.subject() + " qualification planned: none, "
                    + FunctionalSkillsLevel.choices();
        }

        @Override
        public boolean isValid(String answer, ConstraintValidatorContext context) {
            if (FunctionalSkillsLevel.parse(answer).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
