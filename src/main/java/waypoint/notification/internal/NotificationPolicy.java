package waypoint.notification.internal;

import waypoint.identity.CurrentUser;

/**
 * Notifications are personal: only the person told may see one or mark it read, whatever their role (foundation
 * issue: "only the recipient can read/mark their own"). Anyone else is answered as if it did not exist.
 */
final class NotificationPolicy {

    private NotificationPolicy() {
    }

    static boolean canSee(CurrentUser user, Notification notification) {
        return notification.recipientId().equals(user.id());
    }
}
