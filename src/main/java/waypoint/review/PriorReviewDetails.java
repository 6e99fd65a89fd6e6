package waypoint.review;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import waypoint.shared.validation.Ukprn;

/**
 * A progress review an apprentice had with their previous training provider, as that provider's transfer pack gives
 * it (docs/domain/progress-reviews.md, "Reviews with a previous provider"): who that provider is (name, UKPRN when
 * known), their number for it, the day it was held, when it was due, the record as they wrote it (label to value, in
 * reading order), who signed it there and when, and where it came from (the pack's own id of the review), so the same
 * review is never brought in twice. What it must say, and in what form, is checked on it ({@link Given}); whether the
 * day it was held has come is the review's to say.
 */
@PriorReviewDetails.Given
public record PriorReviewDetails(String previousProvider,
        @Ukprn(message = "The previous provider's UKPRN must be 8 digits starting with 1, like 10012345")
        String previousUkprn, Integer number, LocalDate heldOn,
        LocalDate dueDate, List<Field> content, List<SignedReviews.Signer> signers, String source) {

    /** The longest value of a part of the record. */
    public static final int LONGEST_VALUE = 20_000;

    public PriorReviewDetails {
        content = content == null ? List.of() : List.copyOf(content);
        signers = signers == null ? List.of() : List.copyOf(signers);
    }

    /** One fact of the record: its label and value. */
    public record Field(String label, String value) {
    }

    /** "Progress review 2", or "Progress review" when the pack gives it no number: how its problems name it. */
    public String which() {
        return "Progress review" + (number == null ? "" : " " + number);
    }

    /**
     * On {@link PriorReviewDetails}: it says which provider held it (in 500 characters or fewer), the day it was held
     * (a review without its date cannot count for the schedule, so it is refused, never guessed), the pack's id for it
     * (200 characters or fewer), and names each part of the record (500 characters or fewer) with a value of
     * {@value #LONGEST_VALUE} characters or fewer; each problem names the review.
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Given.Check.class)
    public @interface Given {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Given, PriorReviewDetails> {

            @Override
            public boolean isValid(PriorReviewDetails details, ConstraintValidatorContext context) {
                if (details == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                String which = details.which();
                boolean valid = true;
                if (blank(details.previousProvider())) {
                    valid = problem(context, "previousProvider", which + " does not say which provider held it");
                } else if (details.previousProvider().length() > 500) {
                    valid = problem(context, "previousProvider",
                            "The previous provider's name must be 500 characters or fewer");
                }
                if (details.heldOn() == null) {
                    valid = problem(context, "heldOn", which + " has no date it was held: the previous provider must"
                            + " give the date of each review held, as the review schedule counts from it");
                }
                if (blank(details.source()) || details.source().length() > 200) {
                    valid = problem(context, "source", which + " needs the pack's id for it, of 200 characters or"
                            + " fewer");
                }
                if (details.content().stream().anyMatch(f -> blank(f.label()) || f.label().length() > 500
                        || f.value() != null && f.value().length() > LONGEST_VALUE)) {
                    valid = problem(context, "content", which + " has a part without a name, or longer than "
                            + LONGEST_VALUE + " characters");
                }
                return valid;
            }

            private static boolean blank(String text) {
                return text == null || text.isBlank();
            }

            /** The problem said on its field, as written (never read as a message template); always false. */
            private static boolean problem(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\").replace("$", "\\$")
                        .replace("{", "\\{")).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
