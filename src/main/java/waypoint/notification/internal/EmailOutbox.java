package waypoint.notification.internal;

import org.springframework.stereotype.Service;

/**
 * Stores an email once and delivers it. Listeners call it with a key naming the event, so that when the event
 * publication registry runs a listener again (after a failed send or a restart) the same row is delivered, not a
 * second one; an email already sent or captured is left alone.
 */
@Service
public class EmailOutbox {

    private final EmailMessages messages;
    private final EmailDelivery delivery;

    EmailOutbox(EmailMessages messages, EmailDelivery delivery) {
        this.messages = messages;
        this.delivery = delivery;
    }

    public EmailMessage send(String dedupeKey, ComposedEmail email) {
        EmailMessage message = messages.storeOnce(dedupeKey, email);
        if (!message.status().isSettled()) {
            delivery.deliver(message);
        }
        return messages.find(message.id()).orElseThrow();
    }
}
