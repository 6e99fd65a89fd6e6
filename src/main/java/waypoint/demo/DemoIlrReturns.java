package waypoint.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.ilr.IlrYear;
import waypoint.ilr.ReturnPeriod;
import waypoint.organisation.OrganisationImport;
import waypoint.reporting.IlrReturnExports;
import waypoint.shared.money.Money;

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

    /** The apprentice whose end-point assessment price changes after R13, so R14 flags a change to funding. */
    static final String PRICE_CHANGED_AFTER_R13 = "george.green@learners.test";

    private final IlrReturnExports returns;
    private final UserAccounts accounts;
    private final OrganisationImport organisation;
    private final Apprenticeships apprenticeships;
    private final ApprenticeshipImport enrolment;
    private final Clock clock;

    DemoIlrReturns(IlrReturnExports returns, UserAccounts accounts, OrganisationImport organisation,
            Apprenticeships apprenticeships, ApprenticeshipImport enrolment, Clock clock) {
        this.returns = returns;
        this.accounts = accounts;
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.enrolment = enrolment;
        this.clock = clock;
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
            priceChangedAfterTheFirstReturn();
            export("R14");
        }
        try {
            returns.checkWhenNeverChecked(YEAR, ReturnPeriod.named("R14"), "The demo data");
        } catch (RuntimeException e) {
            log.warn("Demo data: the {} R14 ILR return was not checked: {}", YEAR.name(), e.getMessage());
        }
    }

    /**
     * After R13 was sent, George Green's assessment organisation raised its price for his end-point assessment and
     * the employer agreed it: recorded on his apprenticeship, so R14's "What changed" flags the change to funding
     * (docs/domain/ilr.md, "Each return kept").
     */
    private void priceChangedAfterTheFirstReturn() {
        try {
            organisation.findLearner(PRICE_CHANGED_AFTER_R13).map(apprenticeships::ofLearner).orElse(List.of())
                    .stream().findFirst().ifPresent(a -> enrolment.price(a.id(), LocalDate.now(clock).minusDays(20),
                            Money.pounds("15000.00"), Money.pounds("3400.00"),
                            "The assessment organisation's price for the end-point assessment went up; the employer"
                                    + " agreed it", null));
        } catch (RuntimeException refused) {
            // demo data must never stop the application starting
            log.warn("Demo data: the price changed after R13 was not recorded: {}", refused.getMessage());
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
