package waypoint.organisation.internal.staff;

import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.Role;
import waypoint.identity.StaffForFirstSignOn;
import waypoint.organisation.StaffDetails;

/**
 * Opens the staff record of someone whose first single sign-on the provider lets create an account
 * (docs/domain/sign-in.md, "Accounts on first single sign-on"), through {@link StaffService#register}: the checks,
 * the account and the audit entry of every staff record, without the invitation to set a password (they have just
 * signed in).
 */
@Component
class StaffFromFirstSignOn implements StaffForFirstSignOn {

    private final StaffService staff;

    StaffFromFirstSignOn(StaffService staff) {
        this.staff = staff;
    }

    @Override
    @Transactional
    public UUID openStaffRecord(String email, String name, Role role) {
        UUID id = staff.register(new StaffDetails(name, email, null, Set.of(role)));
        return staff.find(id).orElseThrow().accountId();
    }
}
