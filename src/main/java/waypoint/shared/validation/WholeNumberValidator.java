package waypoint.shared.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link WholeNumber}'s check, for a number or a figure as typed. */
public class WholeNumberValidator implements ConstraintValidator<WholeNumber, Object> {

    private long min;
    private long max;

    @Override
    public void initialize(WholeNumber annotation) {
        this.min = annotation.min();
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        BigInteger whole;
        if (value instanceof CharSequence typed) {
            String text = typed.toString();
            if (text.isBlank()) {
                return true;
            }
            if (!text.matches("-?\\d{1,30}")) {
                return false;
            }
            whole = new BigInteger(text);
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long) {
            whole = BigInteger.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            whole = big;
        } else if (value instanceof BigDecimal decimal) {
            if (decimal.stripTrailingZeros().scale() > 0) {
                return false;
            }
            whole = decimal.toBigIntegerExact();
        } else {
            throw new IllegalArgumentException("@WholeNumber is for numbers and figures as typed, not "
                    + value.getClass().getName());
        }
        return whole.compareTo(BigInteger.valueOf(min)) >= 0 && whole.compareTo(BigInteger.valueOf(max)) <= 0;
    }
}
