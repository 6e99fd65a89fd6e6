package waypoint.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.identity.UserAccounts;

/**
 * A few notifications for the demo tutor, so the bell shows a number in the default run. Runs once the demo
 * accounts exist, and adds nothing it added before (each has a fixed key). Only when {@code waypoint.demo.enabled}.
 */
@Component
class DemoNotifications {

    static final String TUTOR = "tutor@waypoint.test";
    private static final Logger log = LoggerFactory.getLogger(DemoNotifications.class);

    private final UserAccounts accounts;
    private final NotificationInbox inbox;
    private final boolean enabled;

    DemoNotifications(UserAccounts accounts, NotificationInbox inbox,
            @Value("${waypoint.demo.enabled:false}") boolean enabled) {
        this.enabled = enabled;
        this.accounts = accounts;
        this.inbox = inbox;
    }

    @EventListener(ApplicationReadyEvent.class)
    void addDemoNotifications() {
        if (!enabled) {
            return;
        }
        accounts.findByEmail(TUTOR).ifPresent(tutor -> {
            int added = 0;
            added += inbox.deliverOnce("demo:welcome", tutor.id(), "Welcome to Waypoint",
                    "Your notifications appear here: new learners on your caseload, reviews coming up, and changes "
                            + "to your account.", null) ? 1 : 0;
            added += inbox.deliverOnce("demo:learner-assigned", tutor.id(), "New learner on your caseload: Lola Learner",
                    "Lola Learner has been assigned to you. Arrange her first progress review.", null) ? 1 : 0;
            added += inbox.deliverOnce("demo:review-due", tutor.id(), "Progress review due in 7 days",
                    "A progress review with Lola Learner and her employer is due in the next 7 days.", null) ? 1 : 0;
            if (added > 0) {
                log.info("Demo data: added {} notifications for the demo tutor", added);
            }
        });
    }
}
