package waypoint.portfolio.web;

import java.util.UUID;

import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSection;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;

/** The apprenticeship's page links to its portfolio. */
@Component
class PortfolioSection implements ApprenticeshipSection {

    @Override
    public String label() {
        return "Portfolio";
    }

    @Override
    public String path(UUID apprenticeshipId) {
        return "/apprenticeships/" + apprenticeshipId + "/portfolio";
    }

    @Override
    public int order() {
        return 30;
    }

    /** Employers see the coverage through the apprenticeship, not the evidence itself. */
    @Override
    public boolean shownTo(CurrentUser user) {
        return !user.has(Role.EMPLOYER_CONTACT);
    }
}
