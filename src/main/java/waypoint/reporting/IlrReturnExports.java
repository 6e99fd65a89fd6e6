package waypoint.reporting;

import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.internal.ilr.IlrChecks;
import waypoint.reporting.internal.ilr.IlrExports;

/**
 * The ILR returns kept, for the system (the demo data): export a return as a named person did, with the same checks
 * and streaming as one exported from the pages, errors allowed as an administrator may allow them; and check a
 * return, keeping the check as the return's page shows it.
 */
@Service
public class IlrReturnExports {

    private final IlrExports exports;
    private final IlrChecks checks;

    IlrReturnExports(IlrExports exports, IlrChecks checks) {
        this.exports = exports;
        this.checks = checks;
    }

    /**
     * Checks the return and keeps the check, as the nightly check does, when it has none kept yet; {@code byName}
     * is what the page says checked it.
     */
    public void checkWhenNeverChecked(IlrYear year, ReturnPeriod period, String byName) {
        if (!checks.checked(year, period)) {
            checks.checkAsSystem(year, period, byName);
        }
    }

    /** Whether any return of the year has been kept. */
    public boolean anyKept(IlrYear year) {
        return exports.anyKept(year);
    }

    /** Exports and keeps the return; answers its id. */
    public UUID exportWithErrorsAllowed(IlrYear year, ReturnPeriod period, UUID by, String byName) {
        return exports.export(year, period, true, by, byName).id();
    }
}
