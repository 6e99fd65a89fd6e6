package waypoint.epa.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its gateway checklist and end-point assessment. */
@Component
class GatewaySection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Gateway and end-point assessment";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/gateway";
    }

    @Override
    public int order() {
        return 50;
    }
}
