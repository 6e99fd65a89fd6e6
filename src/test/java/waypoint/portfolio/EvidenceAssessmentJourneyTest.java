package waypoint.portfolio;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.BrowserJourney;

/**
 * Evidence from upload to sign-off, each person in their own browser: the apprentice uploads a file against a KSB,
 * the tutor refers it back with feedback, the apprentice resubmits a new version, the tutor accepts it and signs
 * the KSB off, and the evidence is locked.
 */
class EvidenceAssessmentJourneyTest extends BrowserJourney {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    UUID apprenticeship;
    String learnerEmail;

    @BeforeEach
    void givenAnApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        LearnerId learner = people.learner();
        learnerEmail = people.lastLearnerEmail;
        LocalDate start = LocalDate.now(clock).minusMonths(3);
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager,
                "ST0116", people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
    }

    private void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
        assertAccessible();
    }

    @Test
    void evidence_is_uploaded_referred_back_resubmitted_accepted_and_its_ksb_signed_off() {
        Page learner = page;
        Page tutor = anotherBrowser();
        signIn(learnerEmail, TestApprenticeships.PASSWORD);
        page = tutor;
        signIn(people.tutorEmail, TestApprenticeships.PASSWORD);

        // given the apprentice opens their portfolio and adds evidence, forgetting the KSB at first
        page = learner;
        visit("/portfolio");
        assertThat(page.locator("h1")).hasText("My portfolio");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add evidence")).click();
        assertAccessible();
        page.locator("#title").fill("Booking service design");
        page.locator("#type").selectOption("PROJECT");
        page.locator("#file").setInputFiles(new FilePayload("design.pdf", "application/pdf", PDF));
        press("Add evidence");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose at least one KSB");
        assertThat(page.locator("#title")).hasValue("Booking service design");
        page.locator("#file").setInputFiles(new FilePayload("design.pdf", "application/pdf", PDF));
        page.locator("#ksb-K1").check();
        press("Add evidence");
        assertThat(page.locator("#state")).hasText("Waiting for assessment");
        String evidence = page.url().substring(page.url().indexOf("/apprenticeships/"));

        // when the tutor finds it in the queue and refers it back with feedback
        page = tutor;
        visit("/portfolio/queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Booking service design")).click();
        assertAccessible();
        page.locator("#decision-K1-REFERRED_BACK").check();
        press("Record the decision");
        assertThat(page.locator(".govuk-error-summary")).containsText("Give feedback on what K1 needs");
        page.locator("#decision-K1-REFERRED_BACK").check();
        page.locator("#feedback-K1").fill("Explain the trade-offs you considered");
        press("Record the decision");
        assertThat(page.locator("#state")).hasText("Referred back");

        // then the apprentice sees the feedback and resubmits a new version
        page = learner;
        visit(evidence);
        assertThat(page.locator("#claims")).containsText("Explain the trade-offs you considered");
        page.locator("#file").setInputFiles(new FilePayload("design-v2.pdf", "application/pdf", PDF));
        page.locator("#note").fill("Added a section on trade-offs");
        press("Resubmit");
        assertThat(page.locator("#state")).hasText("Waiting for assessment");
        assertThat(page.locator("main")).containsText("Version 2");
        assertThat(page.locator("main")).containsText("Download design.pdf");

        // when the tutor accepts it and signs off K1
        page = tutor;
        visit(evidence);
        page.locator("#decision-K1-ACCEPTED").check();
        press("Record the decision");
        assertThat(page.locator("#state")).hasText("Accepted");
        visit("/apprenticeships/" + apprenticeship + "/portfolio/ksbs");
        assertThat(page.locator("#ksb-K1")).containsText("Accepted");
        page.locator("#ksb-K1").getByRole(AriaRole.BUTTON).click();
        assertAccessible();
        assertThat(page.locator("#ksb-K1")).containsText("Signed off");

        // then the evidence is locked, and the apprentice sees it signed off with nothing to resubmit
        page = learner;
        visit(evidence);
        assertThat(page.locator("#state")).hasText("Signed off");
        assertThat(page.locator("main")).containsText("this evidence is locked");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resubmit"))).hasCount(0);
        visit("/apprenticeships/" + apprenticeship + "/portfolio/ksbs");
        visit("/apprenticeships/" + apprenticeship + "/portfolio/journal");
        visit("/apprenticeships/" + apprenticeship + "/portfolio/documents");
        visit("/apprenticeships/" + apprenticeship + "/portfolio/showcase");
        page = tutor;
        visit("/portfolio/caseload");
        screenshot("portfolio-caseload");
    }
}
