package waypoint.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.identity.PasswordResetRequested;

/**
 * In-app notifications for identity's events. A password reset tells the account's owner in Waypoint as well as
 * by email, so that someone who did not ask for it sees it the next time they sign in.
 */
@Component
class IdentityNotifications {

    private final NotificationInbox inbox;

    IdentityNotifications(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested reset) {
        inbox.deliverOnce(EventKeys.of("password-reset", reset.accountId(), reset.link()), reset.accountId(),
                "A password reset was requested for your account",
                "We emailed a link to " + reset.email() + " to choose a new password. If you did not ask for this, "
                        + "your password has not changed, but tell your administrator.",
                null);
    }
}
