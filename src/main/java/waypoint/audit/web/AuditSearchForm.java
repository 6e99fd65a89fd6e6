package waypoint.audit.web;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import waypoint.audit.AuditCursor;
import waypoint.audit.AuditSearch;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.web.FieldValidationException;

/**
 * The audit trail's filters as typed, on the page or as API query parameters, with what each must hold; then read
 * into an {@link AuditSearch}, refusing on its field an action not in the list, a day outside the years the trail
 * can hold, a to date before the from date, or a link to older entries that is not one. Blank means "any".
 */
record AuditSearchForm(
        @Size(max = AuditSearchForm.MAXIMUM_TEXT, message = "Record type must be {max} characters or fewer")
        String recordType,
        @Size(max = AuditSearchForm.MAXIMUM_TEXT, message = "Record id must be {max} characters or fewer")
        String recordId,
        String action,
        @Size(max = AuditSearchForm.MAXIMUM_TEXT, message = "Who must be {max} characters or fewer") String actor,
        @TypedDate(message = AuditSearchForm.FROM) String from,
        @TypedDate(message = AuditSearchForm.TO) String to,
        String before) {

    static final int MAXIMUM_TEXT = 200;
    static final String FROM = "Enter the from date as a real date, for example 27/4/2026";
    static final String TO = "Enter the to date as a real date, for example 27/4/2026";

    /** The search, once the form's constraints are met. */
    AuditSearch toSearch() {
        String chosenAction = blankToNull(action);
        if (chosenAction != null && !AuditSearch.ACTIONS.contains(chosenAction)) {
            throw new FieldValidationException("action", "Select an action from the list");
        }
        LocalDate fromDate = day("from", FROM, from);
        LocalDate toDate = day("to", TO, to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new FieldValidationException("to", "The to date must be the same as or after the from date");
        }
        AuditCursor cursor = null;
        if (blankToNull(before) != null) {
            cursor = AuditCursor.parse(before.strip()).orElseThrow(() -> new FieldValidationException("before",
                    "The link to older entries is not valid: start again from the newest"));
        }
        return new AuditSearch(blankToNull(recordType), blankToNull(recordId), chosenAction, blankToNull(actor),
                fromDate, toDate, cursor);
    }

    /** A day the trail can hold (the years 2000 to 2999), or none when left blank. */
    private static LocalDate day(String field, String message, String typed) {
        Optional<LocalDate> date = TypedValues.date(typed);
        if (date.isPresent() && (date.get().getYear() < 2000 || date.get().getYear() > 2999)) {
            throw new FieldValidationException(field, message);
        }
        return date.orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
