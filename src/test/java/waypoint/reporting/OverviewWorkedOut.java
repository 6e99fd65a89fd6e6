package waypoint.reporting;

import java.time.Clock;

import waypoint.reporting.internal.caseload.KeptOverview;
import waypoint.support.PageClient;

/**
 * The kept caseload overview as a test needs it (docs/domain/accountability.md, "The caseload board"): worked out
 * again by pressing "Work out the overview again now" as a reader does, and waited for (never a sleep).
 */
public final class OverviewWorkedOut {

    private OverviewWorkedOut() {
    }

    /**
     * Presses "Work out the overview again now" as {@code reader} once none is under way (one under way may have read
     * the records before the test wrote them), and waits until the overview kept was worked out since the call.
     */
    public static void again(PageClient reader, KeptOverview kept, Clock clock) {
        KeptWorkedOut.again(reader, "/reports/caseload/overview",
                () -> kept.workedOut().map(KeptOverview.WorkedOut::at), () -> kept.standing().underway(), clock);
    }
}
