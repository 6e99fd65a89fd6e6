package waypoint.notification.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import waypoint.identity.CurrentUsers;
import waypoint.notification.internal.MyNotifications;

/**
 * The header's bell: how many unread notifications the signed-in person has. Signed-in people's pages only (never
 * API responses), at the cost of one count served by an index.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadNotificationsAdvice {

    private final MyNotifications notifications;

    UnreadNotificationsAdvice(MyNotifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications(HttpServletRequest request) {
        if (!rendersPage(request)) {
            return null;
        }
        return CurrentUsers.current().map(notifications::unreadCount).orElse(null);
    }

    private static boolean rendersPage(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler) {
            return !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class)
                    && !handler.hasMethodAnnotation(ResponseBody.class);
        }
        return true;
    }
}
