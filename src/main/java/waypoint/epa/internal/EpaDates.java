package waypoint.epa.internal;

import java.time.LocalDate;

import waypoint.shared.web.FieldValidationException;

/**
 * The gateway and EPA records are of what happened: a meeting held, an assessment sat, a certificate arrived. Their
 * dates are today or before; the form has checked each is a real date.
 */
final class EpaDates {

    private EpaDates() {
    }

    /** {@code date}, when it is today or before; otherwise refused under {@code field}, naming {@code what}. */
    static LocalDate past(String field, LocalDate date, String what, LocalDate today) {
        if (date.isAfter(today)) {
            throw new FieldValidationException(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be today or in the past");
        }
        return date;
    }
}
