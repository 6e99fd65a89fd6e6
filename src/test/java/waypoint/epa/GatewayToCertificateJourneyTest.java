package waypoint.epa;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.epa.internal.EpaService;
import waypoint.epa.internal.GatewayService;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.OffTheJobHours;
import waypoint.otj.OffTheJobImport;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * From the gateway meeting to the certificate: the tutor finds the apprentice on the readiness dashboard, records the
 * last checklist item, holds and signs the gateway meeting, books both methods, records a fail, a pass and a resit,
 * completes the apprenticeship and records the certificate and the conversation about what comes next.
 */
class GatewayToCertificateJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    OffTheJobImport otj;
    @Autowired
    OffTheJobHours hours;
    @Autowired
    EpaService epa;
    @Autowired
    GatewayService gatewayService;

    EpaPeople people;

    @BeforeEach
    void givenAnApprenticeNearTheGatewayWithTheirHoursDoneAndTheirConfirmationsGiven() {
        people = new EpaPeople(accounts, organisation, apprenticeships);
        people.deliverOffTheJobHours(otj, hours);
        gatewayService.confirm(people.manager, new ApprenticeshipId(people.apprenticeship), "employer-confirmation",
                "Works at the standard");
        gatewayService.confirm(people.learner, new ApprenticeshipId(people.apprenticeship), "apprentice-confirmation",
                "I am ready");
        for (String subject : new String[] {"english", "maths"}) {
            var item = epa.view(people.tutor, new ApprenticeshipId(people.apprenticeship)).checklist().stream()
                    .filter(i -> i.key().equals(subject)).findFirst().orElseThrow();
            if (!item.met()) {
                gatewayService.confirm(people.tutor, new ApprenticeshipId(people.apprenticeship), subject,
                        "Functional skills level 2 certificate");
            }
        }
    }

    void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        assertAccessible();
    }

    @Test
    void the_tutor_takes_the_apprentice_from_the_gateway_meeting_to_the_certificate() {
        signIn(people.tutor.email(), EpaPeople.PASSWORD);
        String gateway = "/apprenticeships/" + people.apprenticeship + "/gateway";

        // given the apprentice is on the readiness dashboard, still missing their portfolio
        visit("/gateway");
        assertThat(page.locator("main")).containsText(people.learner.displayName());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(people.learner.displayName())).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("1 still needed");

        // when the tutor records the portfolio as submitted, with its evidence
        page.locator("#confirm-portfolio-evidence").fill("Portfolio of 40 pieces of evidence submitted on Friday");
        click("Record as confirmed");
        assertThat(page.locator("main")).containsText("Complete");

        // and holds the gateway meeting: a wrong date is an error on its field and what was typed is kept
        page.locator("#meeting-heldOn").fill("31/2/2026");
        page.locator("#meeting-decision-ready").check();
        page.locator("#meeting-notes").fill("Ready: strong observations");
        page.locator("#meeting-fullName").fill(people.tutor.displayName());
        click("Record and sign the meeting");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the meeting");
        assertThat(page.locator("#meeting-notes")).hasValue("Ready: strong observations");
        page.locator("#meeting-heldOn").fill(LocalDate.now(clock).toString());
        page.locator("#meeting-fullName").fill(people.tutor.displayName());
        page.locator("#meeting-decision-ready").check();
        click("Record and sign the meeting");
        assertThat(page.locator("main")).containsText("Through the gateway");
        // the gateway is passed once the employer and the apprentice have signed the meeting record too
        assertThat(page.locator("main")).containsText("The employer's signature on the gateway meeting record");
        gatewayService.signMeeting(people.manager, new ApprenticeshipId(people.apprenticeship),
                people.manager.displayName(), "127.0.0.1");
        gatewayService.signMeeting(people.learner, new ApprenticeshipId(people.apprenticeship),
                people.learner.displayName(), "127.0.0.1");
        visit(gateway);

        // then the tutor books both methods with the EPAO
        for (String method : new String[] {EpaApiTest.OBSERVATION, EpaApiTest.DISCUSSION}) {
            book(method);
        }
        assertThat(page.locator("main")).containsText("End-point assessment");
        visit("/gateway/bookings");
        assertThat(page.locator("main")).containsText(people.learner.displayName());

        // and records the results: a fail, a distinction, then the resit's pass gives the overall grade
        visit(gateway);
        record(EpaApiTest.OBSERVATION, "Fail");
        record(EpaApiTest.DISCUSSION, "Distinction");
        assertThat(page.locator("main")).containsText("Fail");
        book(EpaApiTest.OBSERVATION);
        record(EpaApiTest.OBSERVATION, "Pass");
        assertThat(page.locator("main")).containsText("Merit");

        // then completes the apprenticeship, and tracks the certificate and the progression conversation
        page.locator("#completion-actualEndDate").fill(LocalDate.now(clock).minusDays(1).toString());
        page.locator("#completion-achievementDate").fill(LocalDate.now(clock).toString());
        click("Complete the apprenticeship");
        assertThat(page.locator("main")).containsText("The apprenticeship is complete");
        page.locator("#certificate-requestedOn").fill(LocalDate.now(clock).toString());
        page.locator("#certificate-receivedOn").fill(LocalDate.now(clock).toString());
        click("Save the certificate dates");
        assertThat(page.locator("main")).containsText("Received on");
        page.locator("#progression-kind").selectOption("HIGHER_APPRENTICESHIP");
        page.locator("#progression-heldOn").fill(LocalDate.now(clock).toString());
        click("Record the conversation");
        assertThat(page.locator("main")).containsText("A higher-level apprenticeship");
        visit("/gateway/results");
        assertThat(page.locator("svg title")).hasText("Bar chart of overall grades; the table below gives the same figures");
    }

    void book(String method) {
        page.locator("summary", new Page.LocatorOptions().setHasText("Book an assessment method")).click();
        page.locator("#booking-method").selectOption(method);
        page.locator("#booking-date").fill(LocalDate.now(clock).toString());
        page.locator("#booking-time").fill("09:30");
        page.locator("#booking-place").fill("Microsoft Teams");
        page.locator("#booking-adjustments").fill("Extra time");
        click("Book");
    }

    void record(String method, String grade) {
        page.locator("#result-method").selectOption(method);
        page.locator("#result-grade").selectOption(grade);
        page.locator("#result-assessedOn").fill(LocalDate.now(clock).toString());
        click("Record the result");
    }
}
