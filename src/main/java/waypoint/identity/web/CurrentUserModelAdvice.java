package waypoint.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import waypoint.identity.CurrentUser;
import waypoint.identity.CurrentUsers;

/** The layout's header shows who is signed in. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUsers.current().orElse(null);
    }
}
