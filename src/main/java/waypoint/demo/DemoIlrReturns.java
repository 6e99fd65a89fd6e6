package waypoint.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.reporting.IlrReturnExports;

/**
 * The demo provider's 2025-26 ILR returns, exported by its data officer: R13 once the apprenticeships are recorded,
 * then R14 once the rest of the demo data (gateway, assessments, off-the-job hours) is in, so the returns page has a
 * history and the second return's changes page lists what changed. Done once: a provider with a 2025-26 return kept
 * is left as it is. A demo return is kept with its errors, as an administrator may choose.
 */
@Component
class DemoIlrReturns {

    private static final Logger log = LoggerFactory.getLogger(DemoIlrReturns.class);
    static final IlrYear YEAR = IlrYear.named("2025-26");

    private final IlrReturnExports returns;
    private final UserAccounts accounts;

    DemoIlrReturns(IlrReturnExports returns, UserAccounts accounts) {
        this.returns = returns;
        this.accounts = accounts;
    }

    /** R13, when no 2025-26 return is kept yet; answers whether it was exported now. */
    boolean first() {
        return !returns.anyKept(YEAR) && export("R13");
    }

    /**
     * R14, after the first in the same run; then R14's check is kept (once), so the return's page and the tutors'
     * home pages show its problems from the start.
     */
    void second(boolean firstExported) {
        if (firstExported) {
            export("R14");
        }
        try {
            returns.checkWhenNeverChecked(YEAR, ReturnPeriod.named("R14"), "The demo data");
        } catch (RuntimeException e) {
            log.warn("Demo data: the {} R14 ILR return was not checked: {}", YEAR.name(), e.getMessage());
        }
    }

    private boolean export(String period) {
        try {
            var officer = accounts.findByEmail(DemoAccounts.DATA_OFFICER.email()).orElseThrow();
            returns.exportWithErrorsAllowed(YEAR, ReturnPeriod.named(period), officer.id(), officer.displayName());
            log.info("Demo data: exported the {} {} ILR return", YEAR.name(), period);
            return true;
        } catch (RuntimeException e) {
            log.warn("Demo data: the {} {} ILR return was not exported: {}", YEAR.name(), period, e.getMessage());
            return false;
        }
    }
}
