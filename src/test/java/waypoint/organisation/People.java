package waypoint.organisation;

import waypoint.demo.DemoAccounts;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/** The demo people as services see them when signed in. */
final class People {

    private final UserAccounts accounts;

    People(UserAccounts accounts) {
        this.accounts = accounts;
    }

    CurrentUser as(DemoAccounts account) {
        return byEmail(account.email());
    }

    CurrentUser byEmail(String email) {
        AccountSummary summary = accounts.findByEmail(email).orElseThrow();
        return new CurrentUser(summary.id(), summary.email(), summary.displayName(), summary.roles());
    }
}
