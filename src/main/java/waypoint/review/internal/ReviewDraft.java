package waypoint.review.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;

import waypoint.enrolment.FunctionalSkillsChoice;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * The record as typed (the page's form and the API's body), kept as typed until it is sent for signatures: text
 * throughout so that a wrong date is a field error like any other. Saved, only its lengths are checked, so nothing is
 * lost before it is complete; sent, its {@link Complete} questions are checked too, before the rules of the review
 * (docs/domain/progress-reviews.md). The functional skills planned at the review are a level's name
 * ({@code LEVEL_2}) or {@code NONE} (blank: none), checked whenever it is saved.
 *
 * @param lockVersion the review's version the editor started from: the optimistic lock
 */
public record ReviewDraft(int lockVersion,
        @NotBlank(message = HELD_ON, groups = Complete.class)
        @TypedDate(message = HELD_ON, groups = Complete.class) String heldOn,
        @SectionTexts Map<String, String> sections,
        @Targets(groups = Complete.class) List<TargetDraft> targets,
        Map<String, String> actionStatuses,
        @NotBlank(message = NEXT_REVIEW, groups = Complete.class)
        @TypedDate(message = NEXT_REVIEW, groups = Complete.class) String nextReviewDate,
        @FunctionalSkillsChoice(subject = "English") String functionalSkillsEnglish,
        @FunctionalSkillsChoice(subject = "maths") String functionalSkillsMaths) {

    static final String HELD_ON = "Enter the date the review was held as a real date, like 27/3/2026";
    static final String NEXT_REVIEW = "Enter the date of the next review as a real date, like 27/3/2026";

    /** The questions a record sent for signatures must answer, besides the lengths checked whenever it is saved. */
    public interface Complete {
    }

    public ReviewDraft {
        heldOn = heldOn == null ? "" : heldOn;
        nextReviewDate = nextReviewDate == null ? "" : nextReviewDate;
        functionalSkillsEnglish = functionalSkillsEnglish == null ? "" : functionalSkillsEnglish;
        functionalSkillsMaths = functionalSkillsMaths == null ? "" : functionalSkillsMaths;
        sections = sections == null ? new LinkedHashMap<>() : new LinkedHashMap<>(sections);
        targets = targets == null ? new ArrayList<>() : new ArrayList<>(targets);
        actionStatuses = actionStatuses == null ? new LinkedHashMap<>() : new LinkedHashMap<>(actionStatuses);
    }

    /** A record planning no functional skills qualification. */
    public ReviewDraft(int lockVersion, String heldOn, Map<String, String> sections, List<TargetDraft> targets,
            Map<String, String> actionStatuses, String nextReviewDate) {
        this(lockVersion, heldOn, sections, targets, actionStatuses, nextReviewDate, "", "");
    }

    /** The same answers on another version of the review. */
    public ReviewDraft on(int otherLockVersion) {
        return new ReviewDraft(otherLockVersion, heldOn, sections, targets, actionStatuses, nextReviewDate,
                functionalSkillsEnglish, functionalSkillsMaths);
    }

    public record TargetDraft(String title, String targetDate, String ksbs) {

        boolean blank() {
            return (title == null || title.isBlank()) && (targetDate == null || targetDate.isBlank())
                    && (ksbs == null || ksbs.isBlank());
        }
    }

    public static ReviewDraft empty(int lockVersion) {
        return new ReviewDraft(lockVersion, "", Map.of(), List.of(), Map.of(), "");
    }

    /** Says the problem against a part of the field checked: its entry {@code key} or {@code index}. */
    private static boolean problem(ConstraintValidatorContext context, String message, Object key, String field) {
        var entry = context.buildConstraintViolationWithTemplate(message);
        if (field == null) {
            entry.addBeanNode().inIterable().atKey(key).addConstraintViolation();
        } else {
            entry.addPropertyNode(field).inIterable().atIndex((Integer) key).addConstraintViolation();
        }
        return false;
    }

    /** On the sections: each one's text is {@value ReviewService#LONGEST_TEXT} characters or fewer. */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = SectionTexts.Check.class)
    @interface SectionTexts {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<SectionTexts, Map<String, String>> {

            @Override
            public boolean isValid(Map<String, String> sections, ConstraintValidatorContext context) {
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                for (Map.Entry<String, String> section : sections == null ? Map.<String, String>of().entrySet()
                        : sections.entrySet()) {
                    if (section.getValue() != null && section.getValue().length() > ReviewService.LONGEST_TEXT) {
                        valid = problem(context, "Each section must be " + ReviewService.LONGEST_TEXT
                                + " characters or fewer", section.getKey(), null);
                    }
                }
                return valid;
            }
        }
    }

    /**
     * On the targets: at least one, and each one filled in has a title of 200 characters or fewer and a real date (a
     * blank row is none); each problem said against the row's field, naming the target by its number.
     */
    @Documented
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Targets.Check.class)
    @interface Targets {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Targets, List<TargetDraft>> {

            @Override
            public boolean isValid(List<TargetDraft> targets, ConstraintValidatorContext context) {
                List<TargetDraft> rows = targets == null ? List.of() : targets;
                context.disableDefaultConstraintViolation();
                if (rows.stream().allMatch(t -> t == null || t.blank())) {
                    return problem(context, "Add at least one target for the next review", 0, "title");
                }
                boolean valid = true;
                for (int i = 0; i < rows.size(); i++) {
                    TargetDraft t = rows.get(i);
                    if (t == null || t.blank()) {
                        continue;
                    }
                    String title = t.title() == null ? "" : t.title().strip();
                    if (title.isEmpty() || title.length() > 200) {
                        valid = problem(context, "Enter target " + (i + 1) + " in 200 characters or fewer", i, "title");
                    }
                    if (TypedValues.date(t.targetDate()).isEmpty()) {
                        valid = problem(context, "Enter the date of target " + (i + 1) + " as a real date", i,
                                "targetDate");
                    }
                }
                return valid;
            }
        }
    }
}
