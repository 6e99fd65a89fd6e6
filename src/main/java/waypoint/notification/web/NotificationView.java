package waypoint.notification.web;

import java.util.UUID;

import waypoint.notification.internal.Notification;
import waypoint.shared.time.GovUkDates;

/** A notification as the list shows it. */
public record NotificationView(UUID id, String title, String body, String link, String created, boolean unread) {

    static NotificationView of(Notification notification) {
        return new NotificationView(notification.id(), notification.title(), notification.body(), notification.link(),
                GovUkDates.shortTime(notification.createdAt()), notification.isUnread());
    }
}
