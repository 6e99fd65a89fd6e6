package waypoint.delivery.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/**
 * The apprenticeship's page links to its messages; an employer contact finds there only the threads they are
 * included in.
 */
@Component
class MessagesSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Messages";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/messages";
    }

    @Override
    public int order() {
        return 36;
    }
}
