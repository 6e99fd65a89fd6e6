package waypoint.catalogue.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Comma-separated lists typed into forms: grades (“Fail, Pass, Distinction”) and KSB codes (“K1, S2”), each checked
 * by its constraint on the form record and read for the service here.
 */
final class GradeLists {

    private GradeLists() {
    }

    static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The grades typed, once {@link Grades} has checked them. */
    static List<String> grades(String typed) {
        return split(typed);
    }

    /** The KSB codes typed, in capitals and each once, once {@link KsbCodes} has checked them. */
    static List<String> ksbCodes(String typed) {
        List<String> codes = new ArrayList<>();
        for (String code : split(typed)) {
            String upper = code.toUpperCase(Locale.ROOT);
            if (!codes.contains(upper)) {
                codes.add(upper);
            }
        }
        return codes;
    }

    /** Grades: each 100 characters or fewer, none repeated, without '|' (the grading table keeps combinations with it). */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = GradesCheck.class)
    @interface Grades {

        /** What the grades are, as the message begins: "The overall grades". */
        String what();

        String message() default "{what} must be names of 100 characters or fewer, separated by commas, without '|'";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** KSB codes: each like K1, S2 or B3. */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = KsbCodesCheck.class)
    @interface KsbCodes {

        String message() default "KSB codes must look like K1, S2 or B3, separated by commas";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class GradesCheck implements ConstraintValidator<Grades, String> {

        private Grades rule;

        @Override
        public void initialize(Grades annotation) {
            this.rule = annotation;
        }

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            Set<String> seen = new HashSet<>();
            for (String grade : split(typed)) {
                if (grade.length() > 100 || grade.contains("|")) {
                    return false;
                }
                if (!seen.add(grade.toLowerCase(Locale.ROOT))) {
                    // the message names the grade typed, so it is said as it is, never read as a message template
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate(literal(rule.what() + " must not repeat '" + grade
                            + "'")).addConstraintViolation();
                    return false;
                }
            }
            return true;
        }

        private static String literal(String message) {
            return message.replace("\\", "\\\\").replace("$", "\\$").replace("{", "\\{").replace("}", "\\}");
        }
    }

    public static final class KsbCodesCheck implements ConstraintValidator<KsbCodes, String> {

        @Override
        public boolean isValid(String typed, ConstraintValidatorContext context) {
            return split(typed).stream().allMatch(code -> code.toUpperCase(Locale.ROOT).matches("[KSB][1-9]\\d{0,2}"));
        }
    }
}
