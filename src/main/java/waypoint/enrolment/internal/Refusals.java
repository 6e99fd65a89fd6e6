package waypoint.enrolment.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import waypoint.shared.web.FieldValidationException;

/**
 * What a change to an enrolment record (an apprenticeship, an instalment of its payment plan) breaks of the record's
 * rules, each on the field it concerns, refused all at once as the module's field error
 * ({@link FieldValidationException}: pages show each against its field, the API answers a 400 problem listing them).
 * What a person must type, and in what format, is the form's to check before the change gets here.
 */
public final class Refusals {

    private final Map<String, String> reasons = new LinkedHashMap<>();

    /** Refuses the change on this field, unless it is refused on it already (the first reason stands). */
    public void refuse(String field, String reason) {
        reasons.putIfAbsent(field, reason);
    }

    /** Whether the change is refused on this field already. */
    public boolean refused(String field) {
        return reasons.containsKey(field);
    }

    /** Each field refused with its reason, in the order refused (a file's row lists them this way). */
    public void forEach(java.util.function.BiConsumer<String, String> each) {
        reasons.forEach(each);
    }

    /** Whether nothing is refused yet. */
    public boolean none() {
        return reasons.isEmpty();
    }

    public void throwIfAny() {
        if (!reasons.isEmpty()) {
            throw new FieldValidationException(reasons);
        }
    }
}
