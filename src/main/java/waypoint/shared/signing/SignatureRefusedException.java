package waypoint.shared.signing;

import java.util.Map;

import waypoint.shared.web.FieldValidationException;

/**
 * A signature that cannot be made as asked: the typed name is not the signer's, or the document changed since they
 * were shown it. It is a field error on {@code fullName} or {@code version}, so a page shows it against the field
 * and the API answers a 400 problem (a stale version is answered 409 by the module that knows the document).
 */
public class SignatureRefusedException extends FieldValidationException {

    public SignatureRefusedException(String field, String message) {
        super(Map.of(field, message));
    }
}
