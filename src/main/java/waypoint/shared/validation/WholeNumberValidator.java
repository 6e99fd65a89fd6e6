package waypoint.shared.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link WholeNumber}'s check, for a number or a figure as typed. */
public class WholeNumberValidator implements ConstraintValidator<WholeNumber, Object> {

    private long min;
    private long max;
    private String what;

    @Override
    public void initialize(WholeNumber annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
        this.what = annotation.what();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null || value instanceof CharSequence typed && typed.toString().isBlank()) {
            return true;
        }
        Optional<BigInteger> whole = whole(value);
        if (whole.isEmpty()) {
            return refused(context, "{what} must be a whole number, like {min}");
        }
        boolean inRange = whole.get().compareTo(BigInteger.valueOf(min)) >= 0
                && whole.get().compareTo(BigInteger.valueOf(max)) <= 0;
        return inRange || refused(context, "{what} must be from {min} to {max}");
    }

    private static Optional<BigInteger> whole(Object value) {
        if (value instanceof CharSequence typed) {
            return TypedValues.whole(typed.toString());
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long) {
            return Optional.of(BigInteger.valueOf(((Number) value).longValue()));
        } else if (value instanceof BigInteger big) {
            return Optional.of(big);
        } else if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() > 0 ? Optional.empty()
                    : Optional.of(decimal.toBigIntegerExact());
        }
        throw new IllegalArgumentException("@WholeNumber is for numbers and figures as typed, not "
                + value.getClass().getName());
    }

    /** False, with the field's own message, or the one built from what the figure is when it says. */
    private boolean refused(ConstraintValidatorContext context, String namedTemplate) {
        if (!what.isEmpty()) {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(namedTemplate).addConstraintViolation();
        }
        return false;
    }
}
