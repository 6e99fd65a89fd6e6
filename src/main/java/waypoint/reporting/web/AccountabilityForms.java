package waypoint.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.reporting.internal.accountability.AccountabilityThresholds;
import waypoint.reporting.internal.accountability.FeedbackRatings;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * The accountability forms as typed: what must be filled in, and in what form, is checked here; the services receive
 * numbers and keep the rules that need the indicator (docs/domain/accountability.md).
 */
final class AccountabilityForms {

    /** A number as people type it: 60, 62.5, .5, with a sign if they like. */
    private static final String NUMBER = "\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*%?\\s*";

    /** A percentage from 0 to 100 with at most 2 decimal places, a percent sign allowed; or no number at all. */
    private static final String PERCENTAGE_OR_NOT_A_NUMBER = "(?!" + NUMBER + "$).*|\\s*\\+?0*(100(\\.0{0,2})?"
            + "|\\d{1,2}(\\.\\d{0,2})?|\\.\\d{1,2})\\s*%?\\s*";

    private static final String AT_RISK = "The at-risk threshold";
    private static final String NEEDS_IMPROVEMENT = "The needs-improvement threshold";
    private static final String A_PERCENTAGE = " must be a percentage, like 60";
    private static final String IN_RANGE = " must be a percentage from 0 to 100, with at most 2 decimal places";

    private AccountabilityForms() {
    }

    /**
     * An indicator's thresholds: percentages (either may be empty) and where they come from; {@code higherIsBetter}
     * is the indicator's direction, which the page gives, not the person.
     */
    @InOrder
    record ThresholdForm(
            @Pattern(regexp = NUMBER, message = AT_RISK + A_PERCENTAGE)
            @Pattern(regexp = PERCENTAGE_OR_NOT_A_NUMBER, message = AT_RISK + IN_RANGE) String atRisk,
            @Pattern(regexp = NUMBER, message = NEEDS_IMPROVEMENT + A_PERCENTAGE)
            @Pattern(regexp = PERCENTAGE_OR_NOT_A_NUMBER, message = NEEDS_IMPROVEMENT + IN_RANGE)
            String needsImprovement,
            @NotBlank(message = "Enter where the thresholds come from, for example the DfE's accountability"
                    + " framework and the date it was updated")
            @Size(max = 500, message = "Where the thresholds come from must be {max} characters or fewer")
            String source, boolean higherIsBetter) {

        /** Nothing typed is no threshold. */
        ThresholdForm {
            atRisk = atRisk == null || atRisk.isBlank() ? null : atRisk;
            needsImprovement = needsImprovement == null || needsImprovement.isBlank() ? null : needsImprovement;
        }

        AccountabilityThresholds.Change change() {
            return new AccountabilityThresholds.Change(percent(atRisk), percent(needsImprovement), source.strip());
        }

        private static BigDecimal percent(String typed) {
            return typed == null || typed.isBlank() ? null : new BigDecimal(typed.replace("%", "").strip());
        }

        /** The two percentages, when both are, the right way round: needing improvement is nearer the target. */
        boolean inOrder() {
            BigDecimal atRiskFrom;
            BigDecimal needsImprovementFrom;
            try {
                atRiskFrom = percent(atRisk);
                needsImprovementFrom = percent(needsImprovement);
            } catch (NumberFormatException notBoth) {
                return true;
            }
            return atRiskFrom == null || needsImprovementFrom == null || (higherIsBetter
                    ? atRiskFrom.compareTo(needsImprovementFrom) <= 0 : atRiskFrom.compareTo(needsImprovementFrom) >= 0);
        }
    }

    /** On {@link ThresholdForm}: the needs-improvement threshold is the at-risk one or nearer the target. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = InOrder.Check.class)
    @interface InOrder {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<InOrder, ThresholdForm> {

            @Override
            public boolean isValid(ThresholdForm form, ConstraintValidatorContext context) {
                if (form == null || form.inOrder()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(form.higherIsBetter()
                        ? "The needs-improvement threshold must be the same as the at-risk threshold or higher"
                        : "The needs-improvement threshold must be the same as the at-risk threshold or lower")
                        .addPropertyNode("needsImprovement").addConstraintViolation();
                return false;
            }
        }
    }

    private static final String STARS = "\\s*[+-]?(\\d+(\\.\\d*)?|\\.\\d+)\\s*";
    /** From 1 to 4 stars with at most one decimal place (trailing zeros aside): 1, 3.6, 4.0. */
    private static final String ONE_TO_FOUR = "\\s*\\+?0*([1-3](\\.\\d?0*)?|4(\\.0*)?)\\s*";
    private static final String A_NUMBER_OF_STARS = " must be a number of stars from 1 to 4, like 3.6";
    private static final String IN_STARS = " must be from 1 to 4 stars, with at most one decimal place, like 3.6";
    /** A whole number as people write it, with commas between the thousands if they like: 42, 1,204. */
    private static final String WHOLE = "\\s*[+-]?,*(\\d,*){1,9}\\s*";
    private static final String NOT_NEGATIVE = "(?!\\s*-).*";
    private static final String SOURCE = "The source must be a web address starting https://, up to 500 characters";

    /**
     * The ratings as published on the Apprenticeship Service: the day, each rating in stars out of 4 and the number of
     * reviews behind it (at least one of the four), and the page they were read from. {@code today} is the day the
     * form is checked on, which the page gives, not the person.
     */
    @Published
    record RatingsForm(
            @NotBlank(message = "Enter the date the ratings were published, for example 1/11/2026")
            @TypedDate(message = "The date published must be a real date, for example 1/11/2026") String publishedOn,
            @Pattern(regexp = STARS, message = "The apprentice rating" + A_NUMBER_OF_STARS)
            @Pattern(regexp = ONE_TO_FOUR, message = "The apprentice rating" + IN_STARS) String apprenticeRating,
            @Pattern(regexp = WHOLE, message = "The number of apprentice reviews must be a whole number, like 42")
            @Pattern(regexp = NOT_NEGATIVE, message = "The number of apprentice reviews must be 0 or more")
            String apprenticeReviews,
            @Pattern(regexp = STARS, message = "The employer rating" + A_NUMBER_OF_STARS)
            @Pattern(regexp = ONE_TO_FOUR, message = "The employer rating" + IN_STARS) String employerRating,
            @Pattern(regexp = WHOLE, message = "The number of employer reviews must be a whole number, like 42")
            @Pattern(regexp = NOT_NEGATIVE, message = "The number of employer reviews must be 0 or more")
            String employerReviews,
            @NotBlank(message = "Enter the address of the page the ratings were read from")
            @Size(max = 500, message = SOURCE)
            @Pattern(regexp = "\\s*(?i:https)://[^\\s/?#]+([/?#]\\S*)?\\s*", message = SOURCE) String sourceLink,
            LocalDate today) {

        /** Nothing typed is no figure. */
        RatingsForm {
            apprenticeRating = typed(apprenticeRating);
            apprenticeReviews = typed(apprenticeReviews);
            employerRating = typed(employerRating);
            employerReviews = typed(employerReviews);
        }

        static RatingsForm empty() {
            return new RatingsForm("", "", "", "", "", "", null);
        }

        /** What was typed, to be checked on {@code day}. */
        RatingsForm on(LocalDate day) {
            return new RatingsForm(publishedOn, apprenticeRating, apprenticeReviews, employerRating, employerReviews,
                    sourceLink, day);
        }

        /** The ratings, once checked. */
        FeedbackRatings.Published published() {
            return new FeedbackRatings.Published(TypedValues.date(publishedOn).orElseThrow(), stars(apprenticeRating),
                    reviews(apprenticeReviews), stars(employerRating), reviews(employerReviews), sourceLink.strip());
        }

        private static String typed(String figure) {
            return figure == null || figure.isBlank() ? null : figure;
        }

        private static BigDecimal stars(String typed) {
            return typed == null ? null : new BigDecimal(typed.strip()).setScale(1, RoundingMode.UNNECESSARY);
        }

        private static Integer reviews(String typed) {
            return typed == null ? null : Integer.valueOf(typed.strip().replace(",", ""));
        }
    }

    /**
     * On {@link RatingsForm}: the ratings were published today or before, and at least one rating or number of reviews
     * is given (a rating not yet published has its reviews counted all the same).
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Published.Check.class)
    @interface Published {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Published, RatingsForm> {

            @Override
            public boolean isValid(RatingsForm form, ConstraintValidatorContext context) {
                if (form == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                LocalDate published = TypedValues.date(form.publishedOn()).orElse(null);
                if (published != null && form.today() != null && published.isAfter(form.today())) {
                    context.buildConstraintViolationWithTemplate("The date published must be today or in the past")
                            .addPropertyNode("publishedOn").addConstraintViolation();
                    valid = false;
                }
                if (form.apprenticeRating() == null && form.apprenticeReviews() == null
                        && form.employerRating() == null && form.employerReviews() == null) {
                    context.buildConstraintViolationWithTemplate("Enter the apprentice rating or the employer rating,"
                            + " or the number of reviews where no rating is published yet")
                            .addPropertyNode("apprenticeRating").addConstraintViolation();
                    valid = false;
                }
                return valid;
            }
        }
    }
}
