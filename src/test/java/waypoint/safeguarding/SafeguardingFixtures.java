package waypoint.safeguarding;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import waypoint.demo.DemoAccounts;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/** Concerns for tests that share one database: each narrative carries a random marker to look for. */
final class SafeguardingFixtures {

    private final SafeguardingImport safeguarding;
    private final UserAccounts accounts;

    SafeguardingFixtures(SafeguardingImport safeguarding, UserAccounts accounts) {
        this.safeguarding = safeguarding;
        this.accounts = accounts;
    }

    static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    CurrentUser as(DemoAccounts account) {
        AccountSummary summary = accounts.findByEmail(account.email()).orElseThrow();
        return new CurrentUser(summary.id(), summary.email(), summary.displayName(), Set.copyOf(summary.roles()));
    }

    /** A concern raised by the demo learner about herself, with a secret only its handlers may read. */
    UUID raisedByLola(ConcernKind kind, String secret) {
        return safeguarding.raise(as(DemoAccounts.LEARNER), kind, null, "Disclosure " + secret);
    }
}
