package waypoint.portfolio.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.portfolio.internal.ClaimDecision;
import waypoint.portfolio.internal.DocumentType;
import waypoint.portfolio.internal.EvidenceDecision;
import waypoint.portfolio.internal.EvidenceDraft;
import waypoint.portfolio.internal.EvidenceForm;
import waypoint.portfolio.internal.EvidenceItem;
import waypoint.portfolio.internal.EvidenceType;
import waypoint.portfolio.internal.Journal;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;

/**
 * The portfolio's forms as typed, the page's and the API's body alike (every field text, so what was typed comes back
 * on an error): what must be filled in, and in what form, is checked here; the services receive dates, choices and
 * numbers, and keep the rules that need the apprenticeship or the evidence (docs/domain/portfolio.md).
 */
final class PortfolioForms {

    private PortfolioForms() {
    }

    /** A choice as sent, in capitals (an enum's name); nothing sent is no choice. */
    private static String choice(String sent) {
        return sent == null ? null : sent.strip().toUpperCase(Locale.ROOT);
    }

    /** Checked only when evidence is added: how it is held (a file, a link or text). */
    interface Adding {
    }

    /**
     * Evidence: its details and the KSBs it claims, and, when it is added, how it is held. {@code file} is the file
     * box, which problems with the uploaded file are shown against (the file itself comes as a multipart part).
     */
    record EvidenceRequest(
            @NotBlank(message = "Enter a title")
            @Size(max = 200, message = "The title must be {max} characters or fewer") String title,
            @Size(max = 10_000, message = "The description must be 10,000 characters or fewer") String description,
            @NotBlank(message = "Enter the date of the evidence")
            @TypedDate(message = "Enter a real date, like 27/4/2026") String date,
            @NotBlank(message = "Choose the type of evidence")
            @OneOf(value = EvidenceType.class, message = "Choose the type of evidence") String type,
            @NotBlank(groups = Adding.class, message = FORM)
            @OneOf(groups = Adding.class, value = EvidenceForm.class, message = FORM) String form,
            String body, String link, String file,
            @NotEmpty(message = "Choose at least one KSB this evidence shows") List<String> ksbs,
            Integer lockVersion) {

        static final String FORM = "Choose whether the evidence is a file, a link or written text";

        /** The KSBs ticked or sent, without blanks; the choices in any case, as the API has always taken them. */
        EvidenceRequest {
            ksbs = ksbs == null ? List.of() : ksbs.stream().filter(k -> k != null && !k.isBlank()).toList();
            type = choice(type);
            form = choice(form);
        }

        /** A new form: a file, dated {@code today} as the form shows dates. */
        static EvidenceRequest dated(String today) {
            return new EvidenceRequest(null, null, today, null, EvidenceForm.FILE.name(), null, null, null, List.of(),
                    null);
        }

        /** The evidence, once checked. */
        EvidenceDraft draft() {
            return new EvidenceDraft(title.strip(), description == null || description.isBlank() ? null
                    : description.strip(), TypedValues.date(date).orElseThrow(), OneOf.Choices.named(EvidenceType.class,
                    type), OneOf.Choices.named(EvidenceForm.class, form), body, link, ksbs);
        }

        /** Whether it is held as a file (the upload is read only then). */
        boolean heldAsFile() {
            return EvidenceForm.FILE.name().equals(form);
        }
    }

    /** New text, a new link or a new file (a multipart part) for referred-back or quarantined evidence. */
    record Resubmission(String body, String link, String note) {
    }

    /** The learner's reflection; with hours, off-the-job time of one of the handbook's kinds. */
    @TimeOfAKind
    record JournalForm(
            @NotBlank(message = "Enter a real date, like 27/4/2026")
            @TypedDate(message = "Enter a real date, like 27/4/2026") String date,
            @NotBlank(message = "Enter a title")
            @Size(max = 200, message = "The title must be {max} characters or fewer") String title,
            @NotBlank(message = "Write your reflection")
            @Size(max = 50_000, message = "The reflection must be 50,000 characters or fewer") String reflection,
            @TypedNumber(message = "Enter hours as a number, like 1.5")
            @DecimalMin(value = "0.25", message = HOURS) @DecimalMax(value = "12", message = HOURS)
            @Pattern(regexp = QUARTER_HOURS, message = HOURS) String hours,
            String activityType, Boolean share) {

        static final String HOURS = "Enter hours from 0.25 to 12, in quarter hours, like 1.5";

        /** Whole hours, or hours and a quarter, a half or three quarters: 1, 1.25, 1.5, 1.75. */
        static final String QUARTER_HOURS = "\\s*\\+?(\\d+(\\.(0*|250*|50*|750*))?|\\.(250*|50*|750*))\\s*";

        /** The hours as typed without the spaces around them; nothing typed is no time recorded. */
        JournalForm {
            hours = hours == null || hours.isBlank() ? null : hours.strip();
        }

        static JournalForm dated(String today) {
            return new JournalForm(today, null, null, null, null, null);
        }

        /** The reflection, once checked. */
        Journal.Draft draft() {
            Integer minutes = TypedValues.number(hours)
                    .map(h -> h.multiply(BigDecimal.valueOf(60)).intValue()).orElse(null);
            return new Journal.Draft(TypedValues.date(date).orElseThrow(), title.strip(), reflection.strip(),
                    minutes, activityType, Boolean.TRUE.equals(share));
        }
    }

    /** On {@link JournalForm}: time recorded is off-the-job training of one of the handbook's kinds. */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = TimeOfAKind.Check.class)
    @interface TimeOfAKind {

        String message() default Journal.CHOOSE_KIND;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<TimeOfAKind, JournalForm> {

            @Override
            public boolean isValid(JournalForm form, ConstraintValidatorContext context) {
                if (form == null || form.hours() == null || form.activityType() != null
                        && Journal.ACTIVITY_TYPES.containsKey(form.activityType())) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(Journal.CHOOSE_KIND).addPropertyNode("activityType")
                        .addConstraintViolation();
                return false;
            }
        }
    }

    /** A document of the apprentice's (the file comes as a multipart part). */
    record DocumentForm(
            @NotBlank(message = "Choose the type of document")
            @OneOf(value = DocumentType.class, message = "Choose the type of document") String type,
            @NotBlank(message = "Enter a title")
            @Size(max = 200, message = "The title must be {max} characters or fewer") String title,
            @TypedDate(message = "Enter a real expiry date, like 27/4/2027") String expiresOn,
            String file) {

        /** The type in any case, as the API has always taken it. */
        DocumentForm {
            type = choice(type);
        }

        static DocumentForm empty() {
            return new DocumentForm(null, null, null, null);
        }

        DocumentType kind() {
            return OneOf.Choices.named(DocumentType.class, type);
        }

        java.time.LocalDate expiry() {
            return TypedValues.date(expiresOn).orElse(null);
        }
    }

    /** A quality assurer's sample of an assessment decision. */
    record Sample(
            @NotNull(message = "Choose whether you agree with the decision") Boolean agrees,
            @NotBlank(message = "Enter your comments on the decision")
            @Size(max = 10_000, message = "The comments must be 10,000 characters or fewer") String comments) {
    }

    /**
     * The tutor's decisions on an item's claims (the page's fields decision-K1 and feedback-K1; the API's list): each
     * accepted, or referred back with feedback on what the KSB needs. Which claims may be, and must be, decided is the
     * evidence's to check.
     */
    @Decided
    record AssessmentForm(List<DecisionForm> decisions) {

        List<EvidenceDecision> toDecisions() {
            return decisions == null ? List.of() : decisions.stream().map(d -> d == null ? null
                    : new EvidenceDecision(d.ksbCode(), OneOf.Choices.named(ClaimDecision.class, d.decision()),
                            d.feedback())).toList();
        }
    }

    /** One claim's decision as sent: {@code ACCEPTED} or {@code REFERRED_BACK}, and the feedback. */
    record DecisionForm(String ksbCode, String decision, String feedback) {
    }

    /**
     * On {@link AssessmentForm}: each decision is accepted or referred back, and one referred back says what the KSB
     * needs; the problem is shown on the claim's own field (decision-K1, feedback-K1).
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = Decided.Check.class)
    @interface Decided {

        String message() default "Decide on each claim";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<Decided, AssessmentForm> {

            @Override
            public boolean isValid(AssessmentForm form, ConstraintValidatorContext context) {
                if (form == null || form.decisions() == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                for (DecisionForm d : form.decisions()) {
                    if (d == null || d.ksbCode() == null || d.ksbCode().isBlank()) {
                        continue;
                    }
                    ClaimDecision decision = OneOf.Choices.named(ClaimDecision.class, d.decision());
                    String code = escaped(d.ksbCode());
                    if (decision == null || decision == ClaimDecision.PENDING) {
                        refuse(context, "decision-" + d.ksbCode(), EvidenceItem.undecided(code));
                        valid = false;
                    } else if (decision == ClaimDecision.REFERRED_BACK
                            && (d.feedback() == null || d.feedback().isBlank())) {
                        refuse(context, "feedback-" + d.ksbCode(), "Give feedback on what " + code + " needs");
                        valid = false;
                    }
                }
                return valid;
            }

            private static void refuse(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            }

            /** A KSB's code as sent, never read as a message template. */
            private static String escaped(String words) {
                return words.replace("\\", "\\\\").replace("$", "\\$").replace("{", "\\{");
            }
        }
    }
}
