package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.dataprotection.SubjectAccessImport;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;

/**
 * The demo's subject access requests: Lola Learner asked two months ago and her pack was released (she downloads it
 * from Your data); Amir Ahmed's request, gathered and waiting for the data protection officer's review, is due in
 * four days.
 */
@Component
class DemoDataProtection {

    private static final Logger log = LoggerFactory.getLogger(DemoDataProtection.class);
    static final String PENDING_LEARNER = "amir.ahmed@learners.test";

    private final SubjectAccessImport requests;
    private final UserAccounts accounts;
    private final Clock clock;

    DemoDataProtection(SubjectAccessImport requests, UserAccounts accounts, Clock clock) {
        this.requests = requests;
        this.accounts = accounts;
        this.clock = clock;
    }

    void load() {
        var summary = accounts.findByEmail(DemoAccounts.DATA_PROTECTION_OFFICER.email()).orElseThrow();
        CurrentUser officer = new CurrentUser(summary.id(), summary.email(), summary.displayName(), summary.roles());
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        var lola = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow();
        if (!requests.anyFor(lola.id())) {
            requests.released(officer, lola.email(), today.minusMonths(2).plusDays(3),
                    "Please send me everything you hold about me.",
                    "Emailed from the address on her learner record; date of birth confirmed by phone");
            added++;
        }
        var amir = accounts.findByEmail(PENDING_LEARNER);
        if (amir.isPresent() && !requests.anyFor(amir.get().id())) {
            requests.receivedAndGathered(officer, PENDING_LEARNER, today.minusMonths(1).plusDays(4),
                    "A copy of my reviews and my messages with my tutor, please.",
                    "Handed in at reception with his student card");
            added++;
        }
        if (added > 0) {
            log.info("Demo data: {} subject access requests", added);
        }
    }
}
