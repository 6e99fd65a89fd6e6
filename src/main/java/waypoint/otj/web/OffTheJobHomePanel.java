package waypoint.otj.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;
import waypoint.otj.internal.PaceReports;

/**
 * The employer's count of off-the-job entries waiting for their confirmation, on their home page, with the way to
 * confirm them in bulk. Nothing for anyone else, nor when nothing waits.
 */
@Component
public class OffTheJobHomePanel implements HomePanel {

    private final PaceReports reports;

    OffTheJobHomePanel(PaceReports reports) {
        this.reports = reports;
    }

    /** What the panel shows: how many entries wait. */
    public record ToConfirm(long count) {

        public String words() {
            return count + (count == 1 ? " off-the-job entry is" : " off-the-job entries are")
                    + " waiting for your confirmation";
        }
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<HomePanelView> viewFor(CurrentUser user) {
        if (!user.has(Role.EMPLOYER_CONTACT)) {
            return Optional.empty();
        }
        long count = reports.countAwaitingEmployer(user);
        return count == 0 ? Optional.empty()
                : Optional.of(new HomePanelView("otj/home-panel", "to-confirm", new ToConfirm(count)));
    }
}
