package waypoint.reporting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.rules.FoundationIncentive;
import waypoint.rules.Incentives;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.Pounds;
import waypoint.shared.validation.TypedNumber;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.money.Money;

/**
 * The foundation apprenticeship payment as an administrator types it, on the page or in the API: the first start date
 * it applies to (1 August 2025 or later, when foundation apprenticeships began), the amount in pounds, who it is paid
 * to, after how many days in learning, and the document it comes from with its address.
 */
@FoundationPaymentForm.InRange
record FoundationPaymentForm(
        @NotBlank(message = FoundationPaymentForm.STARTS_FROM)
        @TypedDate(message = FoundationPaymentForm.STARTS_FROM) String startsFrom,
        @NotBlank(message = FoundationPaymentForm.AMOUNT)
        @TypedNumber(pounds = true, message = FoundationPaymentForm.AMOUNT)
        @Pounds(sign = Pounds.Sign.MORE_THAN_ZERO, message = FoundationPaymentForm.AMOUNT_IN_RANGE) String amount,
        @NotBlank(message = FoundationPaymentForm.PAID_TO)
        @Pattern(regexp = "\\s*(?i:EMPLOYER|PROVIDER)\\s*", message = FoundationPaymentForm.PAID_TO) String paidTo,
        @NotBlank(message = FoundationPaymentForm.AFTER_DAYS)
        @Pattern(regexp = "\\s*\\+?\\d{1,9}\\s*", message = FoundationPaymentForm.AFTER_DAYS) String afterDays,
        @NotBlank(message = FoundationPaymentForm.SOURCE)
        @Size(max = 300, message = FoundationPaymentForm.SOURCE) String source,
        @NotBlank(message = FoundationPaymentForm.ADDRESS)
        @Size(max = 500, message = FoundationPaymentForm.ADDRESS)
        @Pattern(regexp = "\\s*https://[^\\s/?#]+([/?#]\\S*)?\\s*", message = FoundationPaymentForm.ADDRESS)
        String sourceAddress) {

    static final String STARTS_FROM = "Enter the first start date the payment applies to, for example 1/8/2025";
    static final String AMOUNT = "Enter the amount in pounds, for example 1,000";
    static final String AMOUNT_IN_RANGE = "Enter an amount in pounds above £0, with at most two figures for pence";
    static final String PAID_TO = "Choose who the payment is made to: the employer or the provider";
    static final String AFTER_DAYS = "Enter the days in learning after which it is paid, for example 90";
    static final String AFTER_DAYS_IN_RANGE = "Enter the days in learning after which it is paid, from 1 to 730";
    static final String SOURCE = "Enter the document the payment comes from (300 characters or fewer), for example"
            + " the apprenticeship funding rules 2025 to 2026, foundation apprenticeships";
    static final String ADDRESS = "Enter the address of the document, starting https://";

    /** Foundation apprenticeships start from 1 August 2025 (the apprenticeship funding rules for them). */
    static final LocalDate FIRST_START = LocalDate.of(2025, 8, 1);

    /** The payment, once checked. */
    FoundationIncentive payment() {
        return new FoundationIncentive(TypedValues.date(startsFrom).orElseThrow(),
                TypedValues.pounds(amount).map(Money::of).orElseThrow(),
                Incentives.Recipient.valueOf(paidTo.strip().toUpperCase(Locale.ROOT)),
                Integer.parseInt(afterDays.strip()), source.strip(), sourceAddress.strip());
    }

    /**
     * On {@link FoundationPaymentForm}: the first start is on or after 1 August 2025 and the days in learning are from
     * 1 to 730; each only once the field reads as a date or a number. The amount is {@link Pounds}' to check.
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = InRange.Check.class)
    @interface InRange {

        String message() default "";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Check implements ConstraintValidator<InRange, FoundationPaymentForm> {

            @Override
            public boolean isValid(FoundationPaymentForm form, ConstraintValidatorContext context) {
                if (form == null) {
                    return true;
                }
                context.disableDefaultConstraintViolation();
                boolean valid = true;
                if (TypedValues.date(form.startsFrom()).filter(d -> d.isBefore(FIRST_START)).isPresent()) {
                    valid = refuse(context, "startsFrom", "Foundation apprenticeships start from 1 August 2025 (the"
                            + " apprenticeship funding rules for foundation apprenticeships): enter that date or a"
                            + " later one");
                }
                if (TypedValues.number(form.afterDays()).filter(d -> d.compareTo(BigDecimal.ONE) < 0
                        || d.compareTo(BigDecimal.valueOf(730)) > 0).isPresent()) {
                    valid = refuse(context, "afterDays", AFTER_DAYS_IN_RANGE);
                }
                return valid;
            }

            private static boolean refuse(ConstraintValidatorContext context, String field, String message) {
                context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
                return false;
            }
        }
    }
}
