package waypoint.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import waypoint.shared.messaging.EmailRequested;
import waypoint.shared.messaging.NotificationRequested;

/**
 * Emails and notifications other modules ask for. Each is stored once per key, so the event publication registry
 * may run this again after a failed send or a restart without anyone being told twice. An email's links are made
 * absolute and one that asks for a reply gets a Reply-To ({@link OutgoingEmails}).
 */
@Component
class RequestedMessages {

    private final EmailOutbox outbox;
    private final NotificationInbox inbox;
    private final OutgoingEmails outgoing;

    RequestedMessages(EmailOutbox outbox, NotificationInbox inbox, OutgoingEmails outgoing) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.outgoing = outgoing;
    }

    @ApplicationModuleListener
    void on(EmailRequested email) {
        outbox.send(email.key(), outgoing.prepare(email));
    }

    @ApplicationModuleListener
    void on(NotificationRequested notification) {
        inbox.deliverOnce(notification.key(), notification.recipientAccountId(), notification.title(),
                notification.body(), notification.link());
    }
}
