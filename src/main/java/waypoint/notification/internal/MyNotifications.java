package waypoint.notification.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.web.PageOf;

/** The signed-in person's own notifications: the bell's count, the list, and marking them read. */
@Service
public class MyNotifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    MyNotifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public long unreadCount(CurrentUser user) {
        return notifications.countUnread(user.id());
    }

    /** Newest first, {@link PageOf#DEFAULT_SIZE} to a page; a page number below 0 is the first page. */
    @Transactional(readOnly = true)
    public PageOf<Notification> page(CurrentUser user, boolean unreadOnly, int page) {
        int number = Math.max(0, page);
        int size = PageOf.DEFAULT_SIZE;
        return new PageOf<>(notifications.page(user.id(), unreadOnly, size, (long) number * size), number, size,
                notifications.count(user.id(), unreadOnly));
    }

    /** Marks one read; someone else's notification (or none) is not found. Marking a read one again does nothing. */
    @Transactional
    public Notification markRead(CurrentUser user, UUID id) {
        notifications.find(id).filter(n -> NotificationPolicy.canSee(user, n))
                .orElseThrow(() -> new NotFoundException("Notification"));
        notifications.markRead(id, clock.instant());
        return notifications.find(id).orElseThrow();
    }

    /** Marks every unread notification of the person read; returns how many. */
    @Transactional
    public int markAllRead(CurrentUser user) {
        return notifications.markAllRead(user.id(), clock.instant());
    }
}
