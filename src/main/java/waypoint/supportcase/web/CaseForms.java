package waypoint.supportcase.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.ValidFormat;
import waypoint.supportcase.internal.FormalStages.ActionInput;
import waypoint.supportcase.internal.Outcome;
import waypoint.supportcase.internal.StageTable.Action;
import waypoint.supportcase.internal.SupportAppeals;
import waypoint.supportcase.internal.SupportCases;

/**
 * The support case forms as typed (the pages' and the API's bodies), checked with Bean Validation once the person is
 * known to be one who may use them; the case keeps its own rules (docs/domain/support-policy.md).
 */
final class CaseForms {

    private CaseForms() {
    }

    /** Opening a case, at an informal stage. */
    record OpenForm(
            @NotBlank(message = STAGE) @Pattern(regexp = "\\s*[12]\\s*", message = STAGE) String stage,
            @NotBlank(message = KIND) @Pattern(regexp = "PASTORAL|PLACEMENT|BOTH", message = KIND) String kind,
            @NotBlank(message = "Enter why the apprentice needs support")
            @Size(max = 5000, message = "Shorten why the apprentice needs support to {max} characters or fewer")
            String reason) {

        static final String STAGE = "Choose stage 1 or stage 2: a case opens at an informal stage";
        static final String KIND = "Choose whether the issues are pastoral, placement or both";

        String stageNumber() {
            return stage.strip();
        }
    }

    /** What the employer has chosen to do, and their actions. */
    record EmployerForm(
            @NotBlank(message = CHOICE) @Pattern(regexp = "TOGETHER|NO_FURTHER_ACTION|SEPARATELY", message = CHOICE)
            String choice,
            @Size(max = 5000, message = "The employer's actions must be {max} characters or fewer") String actions) {

        static final String CHOICE = "Choose what the employer has chosen to do";
    }

    /** Ending an apprenticeship under another of the provider's policies (the day it ended is the case's to check). */
    record OtherPolicyForm(
            @NotBlank(message = POLICY)
            @Size(max = 5000, message = "Shorten the policy that ends the apprenticeship to {max} characters or fewer")
            String policy,
            @NotBlank(message = SupportCases.ENDED_ON) @TypedDate(message = SupportCases.ENDED_ON) String date,
            @NotBlank(message = REASON) @OneOf(value = WithdrawalReason.class, message = REASON) String withdrawalReason,
            @NotBlank(message = "Enter what happened")
            @Size(max = 5000, message = "Shorten what happened to {max} characters or fewer") String details) {

        static final String POLICY = "Enter the policy that ends the apprenticeship, like safeguarding or code of"
                + " conduct";
        static final String REASON = "Choose the withdrawal reason";

        LocalDate endedOn() {
            return TypedValues.date(date).orElseThrow();
        }

        WithdrawalReason reason() {
            return OneOf.Choices.named(WithdrawalReason.class, withdrawalReason);
        }
    }

    /**
     * An appeal against the stage 5 outcome, in writing: staff who record it ({@link Staff}) say who appealed and may
     * give the day it was received (a day that has come is the case's to check); the apprentice and the employer
     * appeal for themselves.
     */
    record AppealForm(
            @NotBlank(groups = Staff.class, message = SupportAppeals.BY)
            @Pattern(groups = Staff.class, regexp = "APPRENTICE|EMPLOYER", message = SupportAppeals.BY) String by,
            @TypedDate(groups = Staff.class, message = SupportAppeals.RECEIVED_ON) String receivedOn,
            @NotBlank(message = "Enter the appeal, in writing")
            @Size(max = 5000, message = "Shorten the appeal, in writing to {max} characters or fewer") String text) {

        /** The questions only staff are asked. */
        interface Staff {
        }

        /** The checks for the person recording it. */
        static Class<?>[] checksFor(CurrentUser user) {
            return user.isStaff() ? new Class<?>[] {Staff.class} : new Class<?>[0];
        }

        LocalDate received() {
            return TypedValues.date(receivedOn).orElse(null);
        }
    }

    /** The provider's default client partner (the settings page's fields; the API names them name and email). */
    record PartnerForm(
            @NotBlank(message = NAME) @Size(max = 200, message = NAME) String partnerName,
            @NotBlank(message = EMAIL) @Size(max = 254, message = EMAIL)
            @ValidFormat(value = Format.EMAIL, message = EMAIL) String partnerEmail) {

        static final String NAME = "Enter the default client partner's name, in 200 characters or fewer";
        static final String EMAIL = "Enter the default client partner's email address, like name@example.com";
    }

    /**
     * Starting stage 3 (the page's form; the API names the day it began {@code startedOn}): the support offered so far,
     * the reasons for escalation, the actions for resolution with their suggested dates (rows left blank are not
     * actions), and the end of the time plan. The day it began, left blank, is today; the dates' order is the case's.
     */
    @ActionsForResolution
    record Stage3Form(
            Integer version,
            @JsonAlias("startedOn")
            @TypedDate(message = "Enter the day stage 3 began as a real date, like 27/4/2026") String date,
            @NotBlank(message = "Enter the support offered so far")
            @Size(max = 5000, message = "Shorten the support offered so far to {max} characters or fewer")
            String supportSoFar,
            @NotBlank(message = "Enter the reasons for escalation")
            @Size(max = 5000, message = "Shorten the reasons for escalation to {max} characters or fewer")
            String reasons,
            List<ActionForm> actions,
            @NotBlank(message = PLAN) @TypedDate(message = PLAN) String planUntil) {

        static final String PLAN = "Enter the end of the stage's time plan, like 27/4/2027";

        /** The rows filled in, in the order given. */
        List<ActionForm> given() {
            return actions == null ? List.of() : actions.stream().filter(a -> a != null && !a.isBlank()).toList();
        }

        LocalDate startedOn() {
            return TypedValues.date(date).orElse(null);
        }

        LocalDate plan() {
            return TypedValues.date(planUntil).orElseThrow();
        }

        List<ActionInput> actionInputs() {
            return given().stream().map(a -> new ActionInput(a.description().strip(),
                    TypedValues.date(a.dueOn()).orElseThrow())).toList();
        }
    }

    /** An action for resolution and its suggested completion date, as typed. */
    record ActionForm(String description, String dueOn) {

        static final int LONGEST = 500;

        boolean isBlank() {
            return (description == null || description.isBlank()) && (dueOn == null || dueOn.isBlank());
        }
    }

    /**
     * On {@link Stage3Form}: at least one action for resolution, each described in 500 characters or fewer with a
     * suggested completion date (whether that date has come is the case's to check). Numbered as the email lists them.
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ActionsForResolution.Check.class)
    @interface ActionsForResolution {

        String message() default "Enter at least one action for resolution, with a suggested date";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<ActionsForResolution, Stage3Form> {

            @Override
            public boolean isValid(Stage3Form form, ConstraintValidatorContext context) {
                if (form == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                List<ActionForm> given = form.given();
                if (given.isEmpty()) {
                    refuse(context, 0, "description", context.getDefaultConstraintMessageTemplate());
                    return false;
                }
                boolean valid = true;
                for (int i = 0; i < given.size(); i++) {
                    ActionForm action = given.get(i);
                    if (action.description() == null || action.description().isBlank()
                            || action.description().length() > ActionForm.LONGEST) {
                        refuse(context, i, "description", "Enter action " + (i + 1) + " in " + ActionForm.LONGEST
                                + " characters or fewer");
                        valid = false;
                    }
                    if (TypedValues.date(action.dueOn()).isEmpty()) {
                        refuse(context, i, "dueOn", "Enter a suggested completion date for action " + (i + 1)
                                + ", today or later, like 27/4/2027");
                        valid = false;
                    }
                }
                return valid;
            }

            private static void refuse(ConstraintValidatorContext context, int row, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode("actions")
                        .addPropertyNode(field).inIterable().atIndex(row).addConstraintViolation();
            }
        }
    }

    /**
     * A formal stage's recommendation: one of those the stage allows (the case's to check), its reasons and, made
     * before the end of the time plan, why (the case decides whether that reason is needed).
     */
    record RecommendationForm(
            Integer version,
            String outcome,
            @NotBlank(message = "Enter the reasons for the recommendation")
            @Size(max = 5000, message = "Shorten the reasons for the recommendation to {max} characters or fewer")
            String reasons,
            @Size(max = 5000, message = "Shorten the reason to {max} characters or fewer") String earlyReason) {

        Outcome chosen() {
            return OneOf.Choices.named(Outcome.class, outcome);
        }
    }

    /**
     * A step of the stage table with what it asks (the case page's forms; the API's body, the step named in its
     * address): the day the apprentice was told in person; a break's first day (blank: today) and expected return; the
     * day stage 4 or 5 began (blank: today) and the end of its time plan, set before it begins; the end of an extended
     * stage 3's time plan; the reasons for an appeal decision; otherwise an optional note. Whether the dates fit the
     * case is the case's to check (docs/domain/support-policy.md).
     */
    @StepAnswers
    record StepForm(String action, Integer version, String date, String expectedReturn, String note,
            String planUntil) {

        /** The step named, or null for none this form knows. */
        Action step() {
            return OneOf.Choices.named(Action.class, action);
        }

        SupportCases.StepInput input() {
            return new SupportCases.StepInput(TypedValues.date(date).orElse(null),
                    TypedValues.date(expectedReturn).orElse(null), note == null || note.isBlank() ? null : note.strip(),
                    TypedValues.date(planUntil).orElse(null));
        }
    }

    /** On {@link StepForm}: what its step asks, each problem on its own field, worded for the step. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = StepAnswers.Check.class)
    @interface StepAnswers {

        String message() default "Answer what the step asks";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<StepAnswers, StepForm> {

            private static final int LONGEST = 5000;

            @Override
            public boolean isValid(StepForm form, ConstraintValidatorContext context) {
                if (form == null || form.step() == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                Problems problems = new Problems(context);
                switch (form.step()) {
                    case RECORD_TOLD_IN_PERSON -> problems.date("date", form.date(), true,
                            "Enter the day the apprentice was told in person as a real date, like 27/4/2026");
                    case START_STAGE_4, START_STAGE_5 -> {
                        int n = form.step() == Action.START_STAGE_4 ? 4 : 5;
                        problems.date("date", form.date(), false, "Enter the day stage " + n + " began as a real date,"
                                + " like 27/4/2026");
                        if (blank(form.planUntil())) {
                            problems.add("planUntil", "Enter the end of the stage " + n + " time plan: your support"
                                    + " policy sets it before the stage begins");
                        } else {
                            problems.date("planUntil", form.planUntil(), true, "Enter the end of the stage " + n
                                    + " time plan as a real date, like 27/4/2027");
                        }
                    }
                    case TAKE_BREAK -> {
                        problems.date("date", form.date(), false, "Enter the first day of the break as a real date,"
                                + " like 27/4/2026");
                        problems.date("expectedReturn", form.expectedReturn(), true, "Enter the expected return date"
                                + " as a real date, like 27/4/2026");
                    }
                    case EXTEND_STAGE_3 -> problems.date("planUntil", form.planUntil(), false, "Enter the end of the"
                            + " extended stage 3 time plan as a real date, like 27/4/2026");
                    case UPHOLD_APPEAL, DISMISS_APPEAL -> {
                        if (blank(form.note())) {
                            problems.add("note", "Enter the reasons for the decision");
                        } else if (form.note().length() > LONGEST) {
                            problems.add("note", "Shorten the reasons for the decision to " + LONGEST
                                    + " characters or fewer");
                        }
                    }
                    default -> { }
                }
                if (form.step() != Action.UPHOLD_APPEAL && form.step() != Action.DISMISS_APPEAL
                        && form.note() != null && form.note().length() > LONGEST) {
                    problems.add("note", "Enter " + LONGEST + " characters or fewer");
                }
                return problems.none;
            }

            private static boolean blank(String value) {
                return value == null || value.isBlank();
            }

            /** The step's problems, each added to its field. */
            private static final class Problems {

                private final ConstraintValidatorContext context;
                private boolean none = true;

                Problems(ConstraintValidatorContext context) {
                    this.context = context;
                }

                /** A date that must be a real one when given (and, when needed, given). */
                void date(String field, String value, boolean needed, String message) {
                    if (blank(value) ? needed : TypedValues.date(value).isEmpty()) {
                        add(field, message);
                    }
                }

                void add(String field, String message) {
                    context.buildConstraintViolationWithTemplate(message).addPropertyNode(field)
                            .addConstraintViolation();
                    none = false;
                }
            }
        }
    }
}
