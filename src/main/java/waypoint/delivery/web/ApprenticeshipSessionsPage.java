package waypoint.delivery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import waypoint.delivery.internal.ApprenticeshipSessions;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.identity.CurrentUser;

/**
 * One apprenticeship's sessions, linked from the apprenticeship's page: every session with the apprentice's attendance
 * and agreed actions, and the cadence. The service authorises the read.
 */
@Controller
class ApprenticeshipSessionsPage {

    private final ApprenticeshipSessions sessions;

    ApprenticeshipSessionsPage(ApprenticeshipSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping("/apprenticeships/{id}/sessions")
    String sessions(CurrentUser user, @PathVariable ApprenticeshipId id, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("view", sessions.of(user, id, page));
        return "delivery/apprenticeship-sessions";
    }
}
