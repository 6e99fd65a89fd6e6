package waypoint.reporting.web;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.ExternalAccess;
import waypoint.identity.ExternalGrant;
import waypoint.identity.Role;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;

/**
 * The home page of someone outside the provider: each of their grants in force, what it covers and until when, and
 * that it is read only and recorded (docs/domain/external-access.md). Nothing for anyone else.
 */
@Component
class ExternalAccessHomePanel implements HomePanel {

    private final ExternalAccess access;

    ExternalAccessHomePanel(ExternalAccess access) {
        this.access = access;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<HomePanelView> viewFor(CurrentUser user) {
        if (!user.has(Role.EXTERNAL)) {
            return Optional.empty();
        }
        List<ExternalGrant> open = access.openGrantsOf(user.id());
        return open.isEmpty() ? Optional.empty()
                : Optional.of(new HomePanelView("reporting/external-access-home", "your-access", open));
    }
}
