package waypoint.review.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;

/** The apprenticeship's page links to its progress reviews. */
@Component
class ReviewsSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Progress reviews";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/reviews";
    }

    @Override
    public int order() {
        return 40;
    }
}
