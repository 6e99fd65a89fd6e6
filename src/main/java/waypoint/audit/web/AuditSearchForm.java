package waypoint.audit.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import waypoint.audit.AuditCursor;
import waypoint.audit.AuditSearch;
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

/**
 * The audit trail's filters as typed, on the page or as API query parameters, read into an {@link AuditSearch} or
 * refused with an error per field. Blank means "any".
 */
record AuditSearchForm(String recordType, String recordId, String action, String actor, String from, String to,
        String before) {

    private static final int MAXIMUM_TEXT = 200;

    AuditSearch toSearch() {
        Map<String, String> errors = new LinkedHashMap<>();
        text("recordType", "Record type", recordType, errors);
        text("recordId", "Record id", recordId, errors);
        text("actor", "Who", actor, errors);
        String chosenAction = blankToNull(action);
        if (chosenAction != null && !AuditSearch.ACTIONS.contains(chosenAction)) {
            errors.put("action", "Select an action from the list");
        }
        LocalDate fromDate = date("from", "the from date", from, errors);
        LocalDate toDate = date("to", "the to date", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "The to date must be the same as or after the from date");
        }
        AuditCursor cursor = null;
        if (blankToNull(before) != null) {
            Optional<AuditCursor> parsed = AuditCursor.parse(before.strip());
            if (parsed.isEmpty()) {
                errors.put("before", "The link to older entries is not valid: start again from the newest");
            }
            cursor = parsed.orElse(null);
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        return new AuditSearch(blankToNull(recordType), blankToNull(recordId), chosenAction, blankToNull(actor),
                fromDate, toDate, cursor);
    }

    private static void text(String field, String label, String value, Map<String, String> errors) {
        if (value != null && value.length() > MAXIMUM_TEXT) {
            errors.put(field, label + " must be " + MAXIMUM_TEXT + " characters or fewer");
        }
    }

    private static LocalDate date(String field, String label, String value, Map<String, String> errors) {
        if (blankToNull(value) == null) {
            return null;
        }
        Optional<LocalDate> date = DateText.parse(value).filter(d -> d.getYear() >= 2000 && d.getYear() <= 2999);
        if (date.isEmpty()) {
            errors.put(field, "Enter " + label + " as a real date, for example 27/4/2026");
        }
        return date.orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
