package waypoint.identity;

import java.util.UUID;

/**
 * A port identity declares and the module that keeps the provider's staff records implements
 * (docs/adr/0010-staff-single-sign-on.md, "Accounts on first single sign-on"): when the provider lets a first single
 * sign-on create an account, identity asks here for the person's staff record, opened as the system opens any staff
 * record (the same checks, the same account, the same audit entry as an administrator's "add staff"), so that no
 * account exists without its staff record. Identity never names the implementing module.
 */
public interface StaffForFirstSignOn {

    /**
     * Opens the staff record of the person the identity provider vouched for, holding the one role, and their account
     * (invited, with no password); answers the account's id. A detail the staff record refuses is a
     * {@link waypoint.shared.web.FieldValidationException}.
     */
    UUID openStaffRecord(String email, String name, Role role);
}
