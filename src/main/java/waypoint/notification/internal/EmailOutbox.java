package waypoint.notification.internal;

import org.springframework.stereotype.Service;

/**
 * Stores an email once and delivers it. Listeners call it with a key naming the event, so that when the event
 * publication registry runs a listener again (after a failed send or a restart) the same row is delivered, not a
 * second one; an email already sent or captured is left alone, also when another node is delivering it at that
 * moment ({@link EmailMessages#deliverOnce}).
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
            messages.deliverOnce(message.id(), delivery::deliver);
        }
        return messages.find(message.id()).orElseThrow();
    }
}
