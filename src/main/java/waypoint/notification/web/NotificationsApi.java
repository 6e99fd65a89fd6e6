package waypoint.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import waypoint.identity.CurrentUser;
import waypoint.notification.internal.MyNotifications;
import waypoint.notification.internal.Notification;
import waypoint.shared.web.PageOf;

@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications")
class NotificationsApi {

    private final MyNotifications notifications;

    NotificationsApi(MyNotifications notifications) {
        this.notifications = notifications;
    }

    record NotificationResponse(UUID id, String title, String body, String link, Instant createdAt, Instant readAt,
            boolean unread) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt(),
                    n.isUnread());
        }
    }

    record NotificationPage(List<NotificationResponse> items, int page, int size, long total, long unreadTotal) {
    }

    @GetMapping
    @Operation(summary = "Your notifications, newest first, 25 to a page",
            description = "Only the signed-in person's own. unread=true lists the unread ones only; page counts from 0.")
    NotificationPage list(CurrentUser user, @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(defaultValue = "0") int page) {
        PageOf<Notification> found = notifications.page(user, unread, page);
        return new NotificationPage(found.items().stream().map(NotificationResponse::of).toList(), found.number(),
                found.size(), found.total(), notifications.unreadCount(user));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one of your notifications as read",
            description = "Another person's notification, or one that does not exist, is a 404 problem.")
    NotificationResponse markRead(CurrentUser user, @PathVariable UUID id) {
        return NotificationResponse.of(notifications.markRead(user, id));
    }

    @PostMapping("/read")
    @Operation(summary = "Mark all of your notifications as read")
    MarkedRead markAllRead(CurrentUser user) {
        return new MarkedRead(notifications.markAllRead(user));
    }

    record MarkedRead(int marked) {
    }
}
