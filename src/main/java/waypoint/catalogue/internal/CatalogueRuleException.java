package waypoint.catalogue.internal;

import java.util.Map;

import waypoint.shared.web.FieldValidationException;

/** An edit the catalogue's rules refuse, with the form field each problem belongs to. */
public class CatalogueRuleException extends FieldValidationException {

    public CatalogueRuleException(Map<String, String> errors) {
        super(errors);
    }

    public CatalogueRuleException(String field, String message) {
        super(field, message);
    }
}
