package waypoint.safeguarding.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;
import waypoint.safeguarding.internal.ConcernService;
import waypoint.safeguarding.internal.FlaggedLearner;
import waypoint.safeguarding.internal.SafeguardingSettings;

/** The safeguarding parts of home pages. */
final class SafeguardingHomePanels {

    private SafeguardingHomePanels() {
    }

    /** Learners and employer contacts: who the safeguarding officer is, and how to report a concern. */
    @Component
    static class KeepingSafe implements HomePanel {

        private final SafeguardingSettings settings;

        KeepingSafe(SafeguardingSettings settings) {
            this.settings = settings;
        }

        @Override
        public int order() {
            return 900;
        }

        @Override
        public Optional<HomePanelView> viewFor(CurrentUser user) {
            if (!user.hasAny(Role.LEARNER, Role.EMPLOYER_CONTACT)) {
                return Optional.empty();
            }
            return Optional.of(new HomePanelView("safeguarding/home-panels", "keeping-safe", settings.current()));
        }
    }

    /** A tutor: the learners on their caseload with an open safeguarding matter the lead chose to tell them of. */
    @Component
    static class TutorFlags implements HomePanel {

        private final ConcernService concerns;

        TutorFlags(ConcernService concerns) {
            this.concerns = concerns;
        }

        @Override
        public int order() {
            return 100;
        }

        @Override
        public Optional<HomePanelView> viewFor(CurrentUser user) {
            List<FlaggedLearner> flagged = concerns.flaggedForTutor(user);
            return flagged.isEmpty() ? Optional.empty()
                    : Optional.of(new HomePanelView("safeguarding/home-panels", "tutor-flags", flagged));
        }
    }
}
