package waypoint.shared.validation;

import java.time.LocalDate;
import java.util.Optional;

/** A date of birth is in the past and not before 1900 (a date before then is a typing mistake). */
public final class BirthDate {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private BirthDate() {
    }

    public static Optional<String> problem(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return Optional.of("Date of birth must be in the past");
        }
        if (date.isBefore(EARLIEST)) {
            return Optional.of("Date of birth must be after 1 January 1900");
        }
        return Optional.empty();
    }
}
