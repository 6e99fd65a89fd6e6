package waypoint.reporting;

import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.internal.ilr.IlrExports;

/**
 * The ILR returns kept, for the system (the demo data): export a return as a named person did, with the same checks
 * and streaming as one exported from the pages, errors allowed as an administrator may allow them.
 */
@Service
public class IlrReturnExports {

    private final IlrExports exports;

    IlrReturnExports(IlrExports exports) {
        this.exports = exports;
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
