package waypoint.catalogue.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormErrors;

/**
 * Saving a checked change to a standard version, as every page editing one does: the page to go back to once saved,
 * or nothing with the reason on the form: against {@code field} when someone else changed the version since the form
 * was shown, or on the fields the catalogue's rule that refused it names.
 */
final class StandardEdits {

    static final String CHANGED_BY_SOMEONE_ELSE = "Someone else changed this standard while you were editing it. "
            + "Open the page again to see their change.";

    private StandardEdits() {
    }

    static Optional<String> saved(BindingResult result, String field, Supplier<String> change) {
        try {
            return Optional.of(change.get());
        } catch (OptimisticLockingFailureException e) {
            result.rejectValue(field, "changed", CHANGED_BY_SOMEONE_ELSE);
        } catch (FieldValidationException refused) {
            FormErrors.reject(result, refused);
        }
        return Optional.empty();
    }

    /** The version of the standard the form was shown at; a tampered one matches none, so the save is refused. */
    static int lockVersion(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
