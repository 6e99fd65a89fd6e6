package waypoint.notification.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import waypoint.identity.CurrentUser;
import waypoint.notification.internal.MyNotifications;
import waypoint.notification.internal.Notification;
import waypoint.shared.web.PageOf;

/** The signed-in person's notifications, newest first, where the header's bell leads. */
@Controller
class NotificationsController {

    private final MyNotifications notifications;

    NotificationsController(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        PageOf<Notification> found = notifications.page(user, false, page);
        model.addAttribute("page", new PageOf<>(found.items().stream().map(NotificationView::of).toList(),
                found.number(), found.size(), found.total()));
        model.addAttribute("unreadOnPage", found.items().stream().anyMatch(Notification::isUnread));
        return "notification/notifications";
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(CurrentUser user, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            RedirectAttributes redirect) {
        Notification notification = notifications.markRead(user, id);
        redirect.addFlashAttribute("notice", "Marked ‘" + notification.title() + "’ as read");
        return "redirect:/notifications?page=" + Math.max(0, page);
    }

    @PostMapping("/notifications/read")
    String markAllRead(CurrentUser user, RedirectAttributes redirect) {
        int marked = notifications.markAllRead(user);
        redirect.addFlashAttribute("notice", marked == 1 ? "Marked 1 notification as read"
                : "Marked " + marked + " notifications as read");
        return "redirect:/notifications";
    }
}
