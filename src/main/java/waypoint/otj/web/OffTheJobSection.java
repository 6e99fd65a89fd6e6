package waypoint.otj.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its off-the-job hours. */
@Component
class OffTheJobSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Off-the-job hours";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/off-the-job";
    }

    @Override
    public int order() {
        return 20;
    }
}
