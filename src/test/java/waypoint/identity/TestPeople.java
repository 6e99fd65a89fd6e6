package waypoint.identity;

import java.util.Set;
import java.util.UUID;

/** Accounts of the test's own, with unique emails: tests share one database and never touch the demo accounts. */
final class TestPeople {

    static final String PASSWORD = "a sufficiently long password";

    private TestPeople() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    static AccountSummary invited(UserAccounts accounts, String who, Role... roles) {
        return accounts.create(uniqueEmail(who), capitalised(who) + " Tester", Set.of(roles));
    }

    static AccountSummary active(UserAccounts accounts, String who, Role... roles) {
        return accounts.createWithPassword(uniqueEmail(who), capitalised(who) + " Tester", Set.of(roles), PASSWORD);
    }

    private static String capitalised(String who) {
        return Character.toUpperCase(who.charAt(0)) + who.substring(1);
    }
}
