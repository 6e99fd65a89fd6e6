package waypoint.epa.web;

import java.time.LocalDate;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.internal.AssessmentService;
import waypoint.epa.internal.EpaAppeals;
import waypoint.epa.internal.EpaPolicy;
import waypoint.epa.internal.EpaRecord;
import waypoint.epa.internal.EpaSettings;
import waypoint.epa.internal.GatewayService;
import waypoint.epa.internal.Progression;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.WholeNumber;
import waypoint.shared.web.FormChecks;

/**
 * The gateway and EPA forms as typed, the page's (its fields named {@code <form>-<field>}) and the API's body alike:
 * what must be filled in, and in what form, is checked here; the services receive dates, times and choices, and keep
 * the rules that need the record, the standard or the day (docs/domain/gateway-and-epa.md).
 */
final class EpaForms {

    /** A time of day as typed: 10:30, 9:30 or 14:00. */
    static final String TIME_OF_DAY = "\\s*([01]?\\d|2[0-3]):[0-5]\\d\\s*";

    static final String ASSESSED_ON = "Enter the date of the assessment, for example 27/3/2027";
    static final String ACTUAL_END = "Enter the actual end date, for example 27/3/2027";
    static final String ACHIEVED = "Enter the achievement date, for example 27/3/2027";

    private EpaForms() {
    }

    /**
     * The form of someone who may manage the apprenticeship's gateway and EPA, checked: anyone else is refused before
     * anything they sent is read.
     */
    static <F> F checked(EpaPolicy policy, Validator validator, CurrentUser user, ApprenticeshipId apprenticeshipId,
            F form) {
        policy.manageable(user, apprenticeshipId);
        FormChecks.require(validator, form);
        return form;
    }

    /** A date left out is no date: the service then takes today where the form says so. */
    private static LocalDate dayOf(String typed) {
        return TypedValues.date(typed).orElse(null);
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The id of an organisation chosen from the directory; anything else is none. */
    private static UUID id(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : UUID.fromString(typed.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** A sitting of a method, booked with an end-point assessment organisation of the directory. */
    @Bookable
    record BookingForm(String method, String epaoId,
            @NotBlank(message = ASSESSED_ON) @TypedDate(message = ASSESSED_ON) String date,
            @NotBlank(message = TIME)
            @Pattern(regexp = TIME_OF_DAY, message = TIME) String time,
            @NotBlank(message = "Enter the place or the link to join")
            @Size(max = 500, message = "The place or link must be {max} characters or fewer") String place,
            @Size(max = 200, message = "The assessor's name must be {max} characters or fewer") String assessor,
            @Size(max = 2000, message = "The reasonable adjustments must be {max} characters or fewer")
            String adjustments, List<String> methods) {

        static final String TIME = "Enter the time of the assessment, for example 10:30";

        /** What was typed, to be checked against the methods the standard offers (which the page gives). */
        BookingForm offering(List<String> offered) {
            return new BookingForm(method, epaoId, date, time, place, assessor, adjustments, offered);
        }

        AssessmentService.BookingRequest request() {
            String at = time.strip();
            return new AssessmentService.BookingRequest(method, id(epaoId), dayOf(date),
                    LocalTime.parse(at.length() == 4 ? "0" + at : at), place.strip(), text(assessor), text(adjustments));
        }
    }

    /**
     * On {@link BookingForm}: the method is one the standard offers, and the organisation is one chosen from the
     * directory (an id; whether the directory still has it is the service's to say).
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Bookable.Check.class)
    @interface Bookable {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Bookable, BookingForm> {

            @Override
            public boolean isValid(BookingForm form, ConstraintValidatorContext context) {
                if (form == null || form.methods() == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (AssessmentService.method(form.methods(), form.method()).isEmpty()) {
                    context.buildConstraintViolationWithTemplate(escaped(AssessmentService.chooseMethod(
                            form.methods()))).addPropertyNode("method").addConstraintViolation();
                    valid = false;
                }
                if (id(form.epaoId()) == null) {
                    context.buildConstraintViolationWithTemplate(AssessmentService.CHOOSE_EPAO)
                            .addPropertyNode("epaoId").addConstraintViolation();
                    valid = false;
                }
                return valid;
            }

            /** A method's name as written, never read as a message template. */
            private static String escaped(String words) {
                return words.replace("\\", "\\\\").replace("$", "\\$").replace("{", "\\{");
            }
        }
    }

    /** On {@link AppealForm}: the method is one with a result to appeal against. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Appealable.Check.class)
    @interface Appealable {

        String message() default EpaAppeals.CHOOSE_METHOD;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Appealable, AppealForm> {

            @Override
            public boolean isValid(AppealForm form, ConstraintValidatorContext context) {
                if (form == null || form.appealable() == null || AssessmentService.method(form.appealable(),
                        form.method()).isPresent()) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(EpaAppeals.CHOOSE_METHOD).addPropertyNode("method")
                        .addConstraintViolation();
                return false;
            }
        }
    }

    /** A method's result; no date is today. */
    record ResultForm(String method, String grade,
            @TypedDate(message = ASSESSED_ON) String assessedOn) {

        LocalDate on() {
            return dayOf(assessedOn);
        }
    }

    /** An attempt at a component of a reformed plan; the provider's marker for a component the provider marks. */
    record AttemptForm(String component, String grade,
            @TypedDate(message = ASSESSED_ON) String assessedOn,
            @Size(max = 200, message = "The marker's name must be {max} characters or fewer") String marker) {

        LocalDate on() {
            return dayOf(assessedOn);
        }

        String markedBy() {
            return text(marker);
        }
    }

    /**
     * An appeal against a method's latest result, by the apprentice (when not said) or the employer; {@code
     * appealable}, the methods with a result, is the page's to give.
     */
    @Appealable
    record AppealForm(String method,
            @NotBlank(message = LODGED) @TypedDate(message = LODGED) String lodgedOn,
            @NotBlank(message = "Enter the grounds of the appeal")
            @Size(max = 4000, message = "The grounds must be {max} characters or fewer") String reason,
            String epaoId,
            @Pattern(regexp = "(?i)\\s*(APPRENTICE|EMPLOYER)?\\s*",
                    message = "Select who is appealing: the apprentice or the employer") String appellant,
            List<String> appealable) {

        static final String LODGED = "Enter the date the appeal was made, for example 27/3/2027";

        /** What was typed, to be checked against the methods that have a result. */
        AppealForm against(List<String> withResults) {
            return new AppealForm(method, lodgedOn, reason, epaoId, appellant, withResults);
        }

        LocalDate lodged() {
            return dayOf(lodgedOn);
        }

        UUID epao() {
            return id(epaoId);
        }

        boolean byEmployer() {
            return appellant != null && appellant.strip().equalsIgnoreCase("EMPLOYER");
        }
    }

    /** The EPAO's revised grade after an upheld appeal; no date is today. */
    record RevisedGradeForm(String grade,
            @TypedDate(message = "Enter the date of the EPAO's decision, for example 27/3/2027") String revisedOn) {

        LocalDate on() {
            return dayOf(revisedOn);
        }
    }

    /** The completion's two dates. */
    record CompletionForm(
            @NotBlank(message = ACTUAL_END) @TypedDate(message = ACTUAL_END) String actualEndDate,
            @NotBlank(message = ACHIEVED) @TypedDate(message = ACHIEVED) String achievementDate) {

        LocalDate actualEnd() {
            return dayOf(actualEndDate);
        }

        LocalDate achieved() {
            return dayOf(achievementDate);
        }
    }

    /** A wrong completion corrected, with the reason. */
    record CorrectionForm(
            @NotBlank(message = ACTUAL_END) @TypedDate(message = ACTUAL_END) String actualEndDate,
            @NotBlank(message = ACHIEVED) @TypedDate(message = ACHIEVED) String achievementDate,
            @NotBlank(message = "Enter why the completion is corrected")
            @Size(max = 2000, message = "The reason must be {max} characters or fewer") String reason) {

        CompletionForm dates() {
            return new CompletionForm(actualEndDate, achievementDate);
        }
    }

    /** When the certificate was requested and, once it came, when it arrived. */
    record CertificateForm(
            @NotBlank(message = REQUESTED) @TypedDate(message = REQUESTED) String requestedOn,
            @TypedDate(message = "Enter the date the certificate arrived, for example 27/3/2027") String receivedOn) {

        static final String REQUESTED = "Enter the date the certificate was requested, for example 27/3/2027";

        LocalDate requested() {
            return dayOf(requestedOn);
        }

        LocalDate received() {
            return dayOf(receivedOn);
        }
    }

    /** The conversation about what comes next. */
    record ProgressionForm(
            @NotBlank(message = KIND) @OneOf(value = Progression.class, message = KIND) String kind,
            @NotBlank(message = HELD) @TypedDate(message = HELD) String heldOn,
            @Size(max = 4000, message = "The notes must be {max} characters or fewer") String notes) {

        static final String KIND = "Choose what comes next";
        static final String HELD = "Enter the date of the conversation, for example 27/3/2027";

        Progression progression() {
            return OneOf.Choices.named(Progression.class, kind);
        }

        LocalDate held() {
            return dayOf(heldOn);
        }

        String written() {
            return text(notes);
        }
    }

    /** The gateway meeting, signed by the mentor recording it. */
    record MeetingForm(
            @NotBlank(message = HELD) @TypedDate(message = HELD) String heldOn,
            @NotBlank(message = "Enter the mentor's name")
            @Size(max = 200, message = "The mentor's name must be {max} characters or fewer") String mentor,
            @NotBlank(message = "Enter who attended for the employer")
            @Size(max = 200, message = "The employer's attendee must be {max} characters or fewer") String employer,
            @NotBlank(message = "Enter the apprentice's name")
            @Size(max = 200, message = "The apprentice's name must be {max} characters or fewer") String apprentice,
            @NotBlank(message = DECISION) @Pattern(regexp = EpaRecord.READY + "|" + EpaRecord.NOT_READY, message = DECISION) String decision,
            @Size(max = 4000, message = "Notes must be 4,000 characters or fewer") String notes,
            @NotBlank(message = "Enter your full name to sign the record") String fullName) {

        static final String HELD = "Enter the date of the meeting, for example 27/3/2027";
        static final String DECISION = "Choose whether the apprentice is ready for the end-point assessment";

        GatewayService.Meeting meeting() {
            return new GatewayService.Meeting(dayOf(heldOn), mentor.strip(), employer.strip(), apprentice.strip(),
                    EpaRecord.READY.equals(decision), notes == null ? "" : notes.strip(), fullName);
        }
    }

    /** Why the apprentice should be on the readiness dashboard before its last months. */
    record ReadinessForm(
            @NotBlank(message = "Enter why the apprentice should be on the dashboard now")
            @Size(max = 1000, message = "The reason must be {max} characters or fewer") String reason) {

        String why() {
            return reason.strip();
        }
    }

    /** The provider's EPA settings: both whole numbers in their ranges; {@code version} as read. */
    record SettingsForm(
            @NotBlank(message = "Enter the most times a method may be assessed")
            @WholeNumber(min = 1, max = EpaSettings.MOST_ATTEMPTS) String maximumAttempts,
            @NotBlank(message = "Enter the working days within which an appeal may be made")
            @WholeNumber(min = 1, max = EpaSettings.LONGEST_WINDOW) String appealWindowWorkingDays,
            Integer version) {

        /** Each figure as typed without the spaces around it; nothing typed is no figure. */
        SettingsForm {
            maximumAttempts = text(maximumAttempts);
            appealWindowWorkingDays = text(appealWindowWorkingDays);
        }

        int attempts() {
            return Integer.parseInt(maximumAttempts);
        }

        int window() {
            return Integer.parseInt(appealWindowWorkingDays);
        }
    }
}
