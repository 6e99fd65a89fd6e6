package waypoint.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Emails and notifications other modules ask for. Each is stored once per key, so the event publication registry
 * may run this again after a failed send or a restart without anyone being told twice.
 */
@Component
class RequestedMessages {

    private final EmailOutbox outbox;
    private final NotificationInbox inbox;

    RequestedMessages(EmailOutbox outbox, NotificationInbox inbox) {
        this.outbox = outbox;
        this.inbox = inbox;
    }

    @ApplicationModuleListener
    void on(EmailRequested email) {
        outbox.send(email.key(), new ComposedEmail(email.to(), email.subject(), email.body()));
    }

    @ApplicationModuleListener
    void on(NotificationRequested notification) {
        inbox.deliverOnce(notification.key(), notification.recipientAccountId(), notification.title(),
                notification.body(), notification.link());
    }
}
