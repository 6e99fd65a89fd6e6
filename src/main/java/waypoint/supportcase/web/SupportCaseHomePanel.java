package waypoint.supportcase.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;
import waypoint.supportcase.internal.SupportCaseViews;

/**
 * The apprentice's and the employer's way to their support case (docs/domain/support-policy.md: “the learner and the employer see their
 * case“): a panel on their home page, rather than a navigation link, since most of them never have one.
 */
@Component
class SupportCaseHomePanel implements HomePanel {

    private final SupportCaseViews views;

    SupportCaseHomePanel(SupportCaseViews views) {
        this.views = views;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Optional<HomePanelView> viewFor(CurrentUser user) {
        if (!user.hasAny(Role.LEARNER, Role.EMPLOYER_CONTACT)) {
            return Optional.empty();
        }
        List<SupportCaseViews.CaseListRow> open = views.ownOpenCases(user, 10);
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new HomePanelView("supportcase/fragments", "home", open));
    }
}
