package waypoint.identity.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.validation.BindingResult;

import waypoint.shared.web.FieldValidationException;

/** Puts a service's field errors on the form, so the page shows them in the error summary and inline. */
final class FormErrors {

    private FormErrors() {
    }

    /** The error summary lists errors in the order of the fields on the page (GOV.UK error summary guidance). */
    static void reject(BindingResult result, FieldValidationException e, String... fieldsInPageOrder) {
        Set<String> fields = new LinkedHashSet<>(Arrays.asList(fieldsInPageOrder));
        fields.addAll(e.errors().keySet());
        fields.stream().filter(e.errors()::containsKey)
                .forEach(field -> result.rejectValue(field, "invalid", e.errors().get(field)));
    }
}
