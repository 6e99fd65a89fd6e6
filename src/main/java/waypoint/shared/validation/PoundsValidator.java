package waypoint.shared.validation;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** {@link Pounds}' check, for an amount as typed or already a number. */
public class PoundsValidator implements ConstraintValidator<Pounds, Object> {

    private static final BigDecimal MOST = new BigDecimal("99999999.99");

    private Pounds.Sign sign;
    private String signMessage;

    @Override
    public void initialize(Pounds annotation) {
        this.sign = annotation.sign();
        this.signMessage = annotation.signMessage();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        Optional<BigDecimal> amount = amount(value);
        if (amount.isEmpty()) {
            return true;
        }
        BigDecimal pounds = amount.get();
        boolean signRefused = switch (sign) {
            case ANY -> false;
            case ZERO_OR_MORE -> pounds.signum() < 0;
            case MORE_THAN_ZERO -> pounds.signum() <= 0;
        };
        if (signRefused) {
            if (!signMessage.isEmpty()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(signMessage).addConstraintViolation();
            }
            return false;
        }
        return pounds.stripTrailingZeros().scale() <= 2 && pounds.abs().compareTo(MOST) <= 0;
    }

    /** The amount given; nothing for a blank box or text that is not a number (another constraint's business). */
    private static Optional<BigDecimal> amount(Object value) {
        if (value == null) {
            return Optional.empty();
        } else if (value instanceof CharSequence typed) {
            return TypedValues.pounds(typed.toString());
        } else if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        } else if (value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long) {
            return Optional.of(BigDecimal.valueOf(((Number) value).longValue()));
        }
        throw new IllegalArgumentException("@Pounds is for amounts as typed or numbers, not "
                + value.getClass().getName());
    }
}
