package waypoint.enrolment.web.onboarding;

import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import waypoint.enrolment.internal.onboarding.OnboardingHomePanels;
import waypoint.identity.CurrentUser;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;

/** The learner's and the employer's home panels from onboarding. */
@Configuration
class OnboardingPanels {

    private static final String TEMPLATE = "enrolment/onboarding/home-panels";

    @Bean
    HomePanel learnerApprenticeshipPanel(OnboardingHomePanels panels) {
        return new HomePanel() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public Optional<HomePanelView> viewFor(CurrentUser user) {
                return panels.learner(user).map(home -> new HomePanelView(TEMPLATE, "learner", home));
            }
        };
    }

    @Bean
    HomePanel employerApprenticesPanel(OnboardingHomePanels panels) {
        return new HomePanel() {
            @Override
            public int order() {
                return 10;
            }

            @Override
            public Optional<HomePanelView> viewFor(CurrentUser user) {
                return panels.employer(user).map(home -> new HomePanelView(TEMPLATE, "employer", home));
            }
        };
    }
}
