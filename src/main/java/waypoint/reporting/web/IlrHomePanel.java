package waypoint.reporting.web;

import java.util.Optional;

import org.springframework.stereotype.Component;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.organisation.HomePanel;
import waypoint.organisation.HomePanelView;
import waypoint.reporting.internal.ilr.IlrChecking;
import waypoint.reporting.internal.ilr.IlrChecks;

/**
 * A tutor's count of ILR errors among the learners of their caseload, for the return being worked on, with the way to
 * the list of them, so they put right what is theirs before the return is sent (docs/domain/ilr.md). Read from the
 * check kept of the return (no rule runs on a home page). Nothing for anyone else, nor when the kept check found no
 * errors in their caseload or the return has not been checked yet.
 */
@Component
public class IlrHomePanel implements HomePanel {

    private final IlrChecks checks;
    private final IlrChecking checking;

    IlrHomePanel(IlrChecks checks, IlrChecking checking) {
        this.checks = checks;
        this.checking = checking;
    }

    /** What the panel shows: how many errors, in which return, and where they are listed. */
    public record CaseloadErrors(long count, String year, String period) {

        public String words() {
            return count + (count == 1 ? " error" : " errors") + " in the " + year + " " + period
                    + " ILR return for learners on your caseload";
        }

        public String href() {
            return "/ilr?year=" + year + "&period=" + period;
        }
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Optional<HomePanelView> viewFor(CurrentUser user) {
        if (!user.has(Role.TUTOR) || user.hasAny(Role.ADMINISTRATOR, Role.DATA_OFFICER)) {
            return Optional.empty();
        }
        return checking.returnToWorkOn().flatMap(now -> {
            long count = checks.caseloadErrors(user, now.year(), now.period()).orElse(0L);
            return count == 0 ? Optional.empty() : Optional.of(new HomePanelView("reporting/home-panel",
                    "ilr-errors", new CaseloadErrors(count, now.year().name(), now.period().name())));
        });
    }
}
