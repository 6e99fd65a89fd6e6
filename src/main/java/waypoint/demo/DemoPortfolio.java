package waypoint.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.enrolment.Apprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Learners;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobImport;
import waypoint.portfolio.PortfolioImport;

/**
 * Portfolios for the demo: the demo learner's evidence in every state a person can reach (waiting, referred back,
 * resubmitted, accepted, one claim signed off, signed off and locked), a quality disagreement waiting for the tutor's
 * response, showcase links (one revoked), journal entries (one shared with the employer, one with off-the-job
 * time), documents and a showcase; a smaller portfolio for Ellis. Added only to apprenticeships with no evidence yet.
 * Then, each once: a file quarantined as a failed virus scan quarantines one (the demo runs without clamd, so it is
 * marked so, and its description says it), and an off-the-job entry that points to an item of the portfolio.
 */
@Component
class DemoPortfolio {

    private static final Logger log = LoggerFactory.getLogger(DemoPortfolio.class);

    private final OrganisationImport organisation;
    private final Learners learners;
    private final Apprenticeships apprenticeships;
    private final UserAccounts accounts;
    private final PortfolioImport portfolio;
    private final OffTheJobImport offTheJob;
    private final Clock clock;

    static final String QUARANTINED_TITLE = "Photos of the server room move";
    static final String LINKED_EVIDENCE_TITLE = "Code review of the booking service";
    static final String LINKED_ENTRY_REFERENCE = "demo:portfolio-linked-entry";

    DemoPortfolio(OrganisationImport organisation, Learners learners, Apprenticeships apprenticeships,
            UserAccounts accounts, PortfolioImport portfolio, OffTheJobImport offTheJob, Clock clock) {
        this.offTheJob = offTheJob;
        this.organisation = organisation;
        this.learners = learners;
        this.apprenticeships = apprenticeships;
        this.accounts = accounts;
        this.portfolio = portfolio;
        this.clock = clock;
    }

    void load() {
        try {
            int added = lola() + ellis();
            if (added > 0) {
                log.info("Demo data: added {} portfolio evidence items", added);
            }
        } catch (RuntimeException failed) {
            log.warn("Demo data: portfolio not added ({})", failed.toString());
        }
        try {
            quarantinedAndLinked();
        } catch (RuntimeException failed) {
            log.warn("Demo data: quarantined evidence and linked off-the-job entry not added ({})", failed.toString());
        }
    }

    /** Each once, whatever the portfolio held before: the quarantined file and the entry pointing to evidence. */
    private void quarantinedAndLinked() {
        Optional<ApprenticeshipSummary> found = organisation.findLearner(DemoAccounts.LEARNER.email())
                .flatMap(learners::find)
                .flatMap(learner -> apprenticeships.ofLearner(learner.id()).stream().findFirst())
                .filter(ApprenticeshipSummary::isActive);
        if (found.isEmpty()) {
            return;
        }
        ApprenticeshipId a = found.get().id();
        List<String> ksbs = portfolio.ksbCodes(a);
        LocalDate today = LocalDate.now(clock);
        if (portfolio.evidenceTitled(a, QUARANTINED_TITLE).isEmpty() && !ksbs.isEmpty()) {
            portfolio.addQuarantinedFile(actor(DemoAccounts.LEARNER), a, QUARANTINED_TITLE, "WORK_PRODUCT",
                    today.minusDays(8), "server-room-photos.pdf", pdf("Server room move"), List.of(ksbs.get(0)));
            log.info("Demo data: a quarantined evidence file (marked as a failed virus scan would mark it)");
        }
        portfolio.evidenceTitled(a, LINKED_EVIDENCE_TITLE).ifPresent(evidence -> offTheJob.log(a,
                LINKED_ENTRY_REFERENCE, today.minusDays(49), 90, "ASSIGNMENT_WRITING",
                "Wrote up the code review of the booking service for my portfolio", List.of(), evidence));
    }

    private int lola() {
        Optional<ApprenticeshipSummary> found = apprenticeshipOf(DemoAccounts.LEARNER.email());
        if (found.isEmpty()) {
            return 0;
        }
        ApprenticeshipId a = found.get().id();
        List<String> ksbs = portfolio.ksbCodes(a);
        if (ksbs.size() < 6) {
            return 0;
        }
        CurrentUser lola = actor(DemoAccounts.LEARNER);
        CurrentUser tutor = actor(DemoAccounts.TUTOR);
        LocalDate today = LocalDate.now(clock);

        UUID notes = portfolio.addText(lola, a, "Requirements workshop notes", "WORK_PRODUCT", today.minusDays(70),
                "Notes from the requirements workshop I ran with the customer team, and the user stories we agreed.",
                List.of(ksbs.get(0), ksbs.get(1)));
        portfolio.assess(tutor, a, notes, Map.of());
        portfolio.signOff(tutor, a, ksbs.get(0));
        portfolio.chooseForShowcase(lola, a, notes);

        UUID review = portfolio.addFile(lola, a, "Code review of the booking service", "PROJECT",
                today.minusDays(50), "code-review.pdf", pdf("Code review of the booking service"),
                List.of(ksbs.get(2), ksbs.get(3)));
        portfolio.assess(tutor, a, review, Map.of());
        portfolio.chooseForShowcase(lola, a, review);
        // both KSBs of the workshop notes signed off lock them whole; one of the code review's locks only that claim
        portfolio.signOff(tutor, a, ksbs.get(1));
        portfolio.signOff(tutor, a, ksbs.get(2));
        // quality assurance disagrees with one decision: an action open for the tutor to respond to
        portfolio.sample(actor(DemoAccounts.QUALITY), review, ksbs.get(3), false, "The code review shows the"
                + " comments Lola received but not what she changed in response: ask for the follow-up commit.");
        portfolio.sample(actor(DemoAccounts.QUALITY), notes, ksbs.get(0), true, "Clear, well-evidenced decision.");
        // a link for the end-point assessor, and an earlier one revoked
        portfolio.shareShowcase(lola, a, 7);
        portfolio.revokeNewestShowcaseLink(lola, a);
        portfolio.shareShowcase(lola, a, 30);

        UUID reflection = portfolio.addText(lola, a, "Reflective account: my first sprint", "REFLECTIVE_ACCOUNT",
                today.minusDays(40), "What went well in my first sprint and what I would change.",
                List.of(ksbs.get(4)));
        portfolio.assess(tutor, a, reflection, Map.of(ksbs.get(4),
                "Say how you applied the behaviour at work, with an example from the sprint review."));

        UUID testPlan = portfolio.addText(lola, a, "Test plan for the payments change", "ASSIGNMENT",
                today.minusDays(30), "A test plan covering unit, integration and acceptance tests.",
                List.of(ksbs.get(5)));
        portfolio.assess(tutor, a, testPlan, Map.of(ksbs.get(5), "Add the risks you considered and how the plan covers them."));
        portfolio.resubmitText(lola, a, testPlan, "A test plan covering unit, integration and acceptance tests,"
                + " with the risks considered and how each is covered.", "Added the risks section");

        portfolio.addLink(lola, a, "Observation of a stand-up I facilitated", "OBSERVATION_RECORD",
                today.minusDays(5), "https://example.org/observations/stand-up", List.of(ksbs.get(1), ksbs.get(5)));

        portfolio.reflect(lola, a, today.minusDays(21), "Learning about test automation",
                "I worked through the online module on test automation and tried it on our payments service.",
                "1.5", "ONLINE_LEARNING", false);
        portfolio.reflect(lola, a, today.minusDays(14), "Presenting to the team",
                "I presented the sprint demo to the wider team; next time I will rehearse the timing.", null, null,
                true);
        portfolio.reflect(lola, a, today.minusDays(3), "Feedback from my code review",
                "My mentor's comments on naming helped; I have started a checklist.", null, null, false);

        portfolio.addDocument(lola, a, "CV", "My CV", null, "cv.pdf", pdf("Curriculum vitae"));
        portfolio.addDocument(lola, a, "JOB_DESCRIPTION", "Junior developer job description", null,
                "job-description.pdf", pdf("Job description"));
        portfolio.addDocument(lola, a, "CERTIFICATE", "GCSE English and maths certificates", null,
                "gcse-certificates.pdf", pdf("GCSE certificates"));
        portfolio.addDocument(lola, a, "CONTRACT", "Apprenticeship agreement", today.plusMonths(20),
                "apprenticeship-agreement.pdf", pdf("Apprenticeship agreement"));
        return 5;
    }

    private int ellis() {
        Optional<ApprenticeshipSummary> found = apprenticeshipOf("ellis.evans@learners.test");
        if (found.isEmpty()) {
            return 0;
        }
        ApprenticeshipId a = found.get().id();
        List<String> ksbs = portfolio.ksbCodes(a);
        if (ksbs.size() < 2) {
            return 0;
        }
        CurrentUser admin = actor(DemoAccounts.ADMIN);
        LocalDate today = LocalDate.now(clock);
        UUID first = portfolio.addText(admin, a, "Witness testimony from the line manager", "WITNESS_TESTIMONY",
                today.minusDays(45), "Ellis led the migration of the reporting database with care.",
                List.of(ksbs.get(0)));
        portfolio.assess(admin, a, first, Map.of());
        portfolio.addText(admin, a, "Professional discussion record", "PROFESSIONAL_DISCUSSION_RECORD",
                today.minusDays(10), "Discussion of the design choices in the reporting service.",
                List.of(ksbs.get(1)));
        return 2;
    }

    private Optional<ApprenticeshipSummary> apprenticeshipOf(String email) {
        return organisation.findLearner(email).flatMap(learners::find)
                .flatMap(learner -> apprenticeships.ofLearner(learner.id()).stream().findFirst())
                .filter(a -> a.isActive() && !portfolio.hasEvidence(a.id()));
    }

    private CurrentUser actor(DemoAccounts account) {
        var summary = accounts.findByEmail(account.email()).orElseThrow();
        return new CurrentUser(summary.id(), summary.email(), summary.displayName(), summary.roles());
    }

    /** A one-page PDF: enough for content detection and a download. */
    static ByteArrayInputStream pdf(String title) {
        String text = "BT /F1 18 Tf 72 720 Td (" + title.replaceAll("[()\\\\]", "") + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
                + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                + "4 0 obj<</Length " + text.length() + ">>stream\n" + text + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII));
    }
}
