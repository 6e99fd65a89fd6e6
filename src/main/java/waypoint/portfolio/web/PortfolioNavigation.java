package waypoint.portfolio.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.identity.Role;
import waypoint.shared.web.NavigationItem;

/** Learners reach their own portfolio, staff the assessment queue and caseload coverage. */
@Configuration
class PortfolioNavigation {

    @Bean
    NavigationItem portfolioNavigationItem() {
        return new NavigationItem("Portfolio", "/portfolio", 23, Arrays.stream(Role.values())
                .filter(r -> r == Role.LEARNER || r.isStaff()).map(Role::name).collect(Collectors.toSet()));
    }
}
