package waypoint.notification;

import java.util.Set;
import java.util.UUID;

import waypoint.identity.AccountSummary;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;

/** Accounts of this module's tests' own, with unique emails, since every test shares one database. */
final class TestAccounts {

    static final String PASSWORD = "notification-test-password";

    private TestAccounts() {
    }

    static AccountSummary tutor(UserAccounts accounts) {
        return create(accounts, Role.TUTOR);
    }

    static AccountSummary create(UserAccounts accounts, Role role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return accounts.createWithPassword("notify-" + suffix + "@example.com", "Notify " + suffix, Set.of(role),
                PASSWORD);
    }
}
