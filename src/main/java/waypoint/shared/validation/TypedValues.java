package waypoint.shared.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import waypoint.shared.web.DateText;

/**
 * Reads what was typed in one box as the value a service takes: a date ({@link TypedDate}) or a number
 * ({@link TypedNumber}). A form record checks the text with the annotation, then hands its service the value read
 * here; blank or unreadable text reads as empty.
 */
public final class TypedValues {

    /** Digits, an optional sign and one decimal point, with at least one digit; no exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** Digits with an optional minus sign, and commas between the thousands if typed: 10,000. */
    private static final Pattern WHOLE = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d{1,30})");

    private TypedValues() {
    }

    /** A date as {@link DateText} reads it: ISO, or day, month and year. */
    public static Optional<LocalDate> date(String text) {
        return DateText.parse(text);
    }

    /** A plain number: 37.5, -5. */
    public static Optional<BigDecimal> number(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = text.strip();
        return NUMBER.matcher(plain).matches() ? Optional.of(new BigDecimal(plain)) : Optional.empty();
    }

    /**
     * A whole number as {@link WholeNumber} checks it: 42, -5, 10,000; empty when blank, not a whole number, or
     * beyond an {@code int} (a checked figure is within its range).
     */
    public static Optional<Integer> wholeNumber(String text) {
        return whole(text).filter(n -> n.bitLength() < Integer.SIZE).map(BigInteger::intValueExact);
    }

    /** A whole number of any size as typed, for {@link WholeNumberValidator}. */
    static Optional<BigInteger> whole(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = text.strip();
        return WHOLE.matcher(plain).matches() ? Optional.of(new BigInteger(plain.replace(",", ""))) : Optional.empty();
    }

    /** An amount in pounds, with a pound sign and thousands commas if typed: £9,000.50. */
    public static Optional<BigDecimal> pounds(String text) {
        return text == null ? Optional.empty() : number(text.replace(",", "").replace("£", "").strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** Checks {@link TypedDate}. */
    public static final class DateCheck implements ConstraintValidator<TypedDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return blank(value) || date(value).isPresent();
        }
    }

    /** Checks {@link TypedNumber}. */
    public static final class NumberCheck implements ConstraintValidator<TypedNumber, String> {

        private boolean pounds;

        @Override
        public void initialize(TypedNumber annotation) {
            this.pounds = annotation.pounds();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return blank(value) || (pounds ? pounds(value) : number(value)).isPresent();
        }
    }
}
