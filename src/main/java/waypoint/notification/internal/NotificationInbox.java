package waypoint.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a notification in someone's inbox. This module's event listeners call it: another module that wants a
 * person told publishes its own event, and a listener here turns it into a notification, for example
 *
 * <pre>
 * &#64;ApplicationModuleListener
 * void on(LearnerAssignedToTutor event) {
 *     inbox.deliverOnce("learner-assigned:" + event.learnerId() + ":" + event.tutorAccountId(), event.tutorAccountId(),
 *             "New learner: " + event.learnerName(), event.learnerName() + " is now on your caseload.", null);
 * }
 * </pre>
 */
@Service
public class NotificationInbox {

    static final int TITLE_LIMIT = 200;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationInbox(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Tells someone something. {@code link} is a path in Waypoint (such as {@code /learners/…}) or null: never an
     * outside address, so a notification cannot send anyone off-site.
     */
    @Transactional
    public UUID deliver(UUID recipientAccountId, String title, String body, String link) {
        Notification notification = create(recipientAccountId, title, body, link);
        notifications.insert(notification, null);
        return notification.id();
    }

    /**
     * Tells someone something once per key: for listeners, which the event publication registry may run again
     * after a failure or a restart. The key names the event (for example its type and ids). True when delivered
     * now, false when a notification with that key was delivered before.
     */
    @Transactional
    public boolean deliverOnce(String key, UUID recipientAccountId, String title, String body, String link) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A dedupe key is required");
        }
        return notifications.insert(create(recipientAccountId, title, body, link), key);
    }

    private Notification create(UUID recipient, String title, String body, String link) {
        if (recipient == null || title == null || title.isBlank()) {
            throw new IllegalArgumentException("A notification needs a recipient and a title");
        }
        if (link != null && (!link.startsWith("/") || link.startsWith("//"))) {
            throw new IllegalArgumentException("A notification links to a path in Waypoint, not " + link);
        }
        String shortTitle = title.length() > TITLE_LIMIT ? title.substring(0, TITLE_LIMIT - 1) + "…" : title;
        return new Notification(UUID.randomUUID(), recipient, shortTitle, body == null ? "" : body, link,
                clock.instant(), null);
    }
}
