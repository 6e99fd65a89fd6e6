package waypoint.identity.internal;

import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The identity provider vouched for someone, but Waypoint will not let them in: why, and who it was. */
class SingleSignOnRefused extends OAuth2AuthenticationException {

    enum Reason {
        NO_EMAIL("the identity provider gave no email address"),
        EMAIL_NOT_VERIFIED("the identity provider has not verified the email address"),
        NO_ACCOUNT("no staff account has this email address"),
        DOMAIN_NOT_ALLOWED("no staff account has this email address, and its domain is not one the provider lets a "
                + "first single sign-on create an account for"),
        STAFF_RECORD_REFUSED("no staff account has this email address, and a staff record could not be opened "
                + "with the details the identity provider gave"),
        NOT_STAFF("the account is not a staff account"),
        NOT_ACTIVE("the account has not been set up yet"),
        DISABLED("the account is disabled"),
        LOCKED("the account is locked after too many failed sign-ins");

        private final String audit;

        Reason(String audit) {
            this.audit = audit;
        }

        String audit() {
            return audit;
        }
    }

    private final Reason reason;
    private final String email;
    private final UUID accountId;

    SingleSignOnRefused(Reason reason, String email, UUID accountId) {
        super(new OAuth2Error("waypoint_" + reason.name().toLowerCase()), reason.audit());
        this.reason = reason;
        this.email = email;
        this.accountId = accountId;
    }

    Reason reason() {
        return reason;
    }

    String email() {
        return email;
    }

    UUID accountId() {
        return accountId;
    }
}
