package waypoint.delivery.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its sessions: everyone who sees the apprenticeship sees them. */
@Component
class SessionsSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Sessions";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/sessions";
    }

    @Override
    public int order() {
        return 35;
    }
}
