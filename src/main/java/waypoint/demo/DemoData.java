package waypoint.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import waypoint.identity.UserAccounts;

/**
 * Loads the demo provider at start-up when {@code waypoint.demo.enabled} (the default run; never in prod). The setting
 * is read when Waypoint starts, so that a build whose context was prepared ahead of time runs with or without it.
 */
@Component
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserAccounts accounts;
    private final DemoOrganisation organisation;
    private final DemoApprenticeships apprenticeships;
    private final DemoSafeguarding safeguarding;
    private final DemoFeedback feedback;
    private final DemoOnboarding onboarding;
    private final DemoOffTheJob offTheJob;
    private final DemoReviews reviews;
    private final DemoDelivery delivery;
    private final DemoPortfolio portfolio;
    private final DemoEpa epa;
    private final DemoSupportCases supportCases;
    private final DemoDocuments documents;
    private final DemoIlrImport ilrImport;
    private final DemoIlrReturns ilrReturns;
    private final DemoAdmissions admissions;
    private final DemoFundingRisks fundingRisks;
    private final DemoDataProtection dataProtection;
    private final DemoProgrammeTypes programmeTypes;
    private final DemoTransfer transfer;
    private final DemoExternalAccess externalAccess;
    private final DemoStandardsUpload standardsUpload;
    private final boolean enabled;

    DemoData(@Value("${waypoint.demo.enabled:false}") boolean enabled, UserAccounts accounts,
            DemoOrganisation organisation, DemoApprenticeships apprenticeships, DemoSafeguarding safeguarding,
            DemoFeedback feedback, DemoOnboarding onboarding, DemoOffTheJob offTheJob, DemoReviews reviews,
            DemoDelivery delivery, DemoPortfolio portfolio, DemoEpa epa, DemoSupportCases supportCases,
            DemoDocuments documents, DemoIlrImport ilrImport, DemoIlrReturns ilrReturns, DemoAdmissions admissions,
            DemoFundingRisks fundingRisks, DemoDataProtection dataProtection, DemoProgrammeTypes programmeTypes,
            DemoTransfer transfer, DemoExternalAccess externalAccess, DemoStandardsUpload standardsUpload) {
        this.enabled = enabled;
        this.standardsUpload = standardsUpload;
        this.programmeTypes = programmeTypes;
        this.transfer = transfer;
        this.externalAccess = externalAccess;
        this.admissions = admissions;
        this.fundingRisks = fundingRisks;
        this.ilrImport = ilrImport;
        this.accounts = accounts;
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
        this.safeguarding = safeguarding;
        this.feedback = feedback;
        this.onboarding = onboarding;
        this.offTheJob = offTheJob;
        this.reviews = reviews;
        this.delivery = delivery;
        this.portfolio = portfolio;
        this.epa = epa;
        this.supportCases = supportCases;
        this.documents = documents;
        this.ilrReturns = ilrReturns;
        this.dataProtection = dataProtection;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        int created = 0;
        for (DemoAccounts demo : DemoAccounts.values()) {
            if (!demo.isExternal() && accounts.findByEmail(demo.email()).isEmpty()) {
                accounts.createWithPassword(demo.email(), demo.displayName(), demo.roles(), DemoAccounts.PASSWORD);
                created++;
            }
        }
        if (created > 0) {
            log.info("Demo data: created {} demo accounts (password '{}')", created, DemoAccounts.PASSWORD);
        }
        accounts.waiveSecondFactorForTheDemo();
        organisation.load();
        documents.load();
    }

    /**
     * Apprenticeships name a standard from the catalogue, whose shipped standards load in another runner: they come
     * once the application is ready, after every runner. Demo data that builds on apprenticeships goes here too.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void afterReferenceData() {
        if (!enabled) {
            return;
        }
        apprenticeships.load();
        boolean firstIlrReturn = ilrReturns.first();
        onboarding.load();
        offTheJob.load();
        reviews.load();
        delivery.load();
        portfolio.load();
        epa.load();
        fundingRisks.load();
        programmeTypes.load();
        standardsUpload.load();
        apprenticeships.everyoneElseOnboarding();
        // concerns and feedback name learners by who works with them, which their apprenticeships record
        safeguarding.load();
        feedback.load();
        // apprentices brought in from the previous system's last ILR return
        ilrImport.load();
        // last, so the at-risk signals see the demo sessions, evidence and gateway records
        supportCases.load();
        // the training plans of those started above, before the return reads their planned hours
        onboarding.plansForEveryoneStarted();
        // through the gateway on the checklist her training plan makes, waiting to book her end-point assessment
        epa.throughTheGateway();
        ilrReturns.second(firstIlrReturn);
        // course pages, cohorts, enquiries and applications; one accepted into onboarding
        admissions.load();
        // an auditor with a funding audit sample, an inspector with a standard, and a grant that has ended
        externalAccess.load();
        // last: a subject access pack holds what every module holds
        dataProtection.load();
        // a learner who moved in from another provider, from a transfer pack made of a demo learner's record
        transfer.load();
    }
}
