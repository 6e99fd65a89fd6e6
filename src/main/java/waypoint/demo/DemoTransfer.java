package waypoint.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.dataprotection.TransferImport;
import waypoint.organisation.OrganisationImport;

/**
 * The demo's learner who moved in from another provider (docs/domain/transfer-pack.md): Jordan Mensah, whose record
 * Northfield Training sent in a transfer pack, brought in through the real import on Taylor Tutor's caseload. The
 * pack is made from Lola Learner's record as another provider would have written it for Jordan.
 */
@Component
class DemoTransfer {

    private static final Logger log = LoggerFactory.getLogger(DemoTransfer.class);
    static final String EMAIL = "jordan.mensah@learners.test";

    private final TransferImport transfers;
    private final OrganisationImport organisation;

    DemoTransfer(TransferImport transfers, OrganisationImport organisation) {
        this.transfers = transfers;
        this.organisation = organisation;
    }

    void load() {
        if (transfers.broughtIn(EMAIL) || organisation.findLearner(EMAIL).isPresent()) {
            return;
        }
        var model = organisation.findLearner(DemoAccounts.LEARNER.email());
        var tutor = organisation.findStaff(DemoAccounts.TUTOR.email());
        if (model.isEmpty() || tutor.isEmpty()) {
            return;
        }
        try {
            transfers.broughtInFrom("Northfield Training Ltd", "10099001", model.get(), new TransferImport.Identity("Jordan",
                    "Mensah", "9000000016", "JM123456C", EMAIL), tutor.get());
            log.info("Demo data: a learner brought in from another provider's transfer pack");
        } catch (RuntimeException refused) {
            log.warn("Demo data: the transfer pack was not brought in: {}", refused.getMessage());
        }
    }
}
