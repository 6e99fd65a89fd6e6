package waypoint.delivery;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.delivery.internal.MessageService;
import waypoint.delivery.internal.SessionPlan;
import waypoint.delivery.internal.SessionRecords;
import waypoint.delivery.internal.SessionService;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.portfolio.PortfolioImport;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * The apprentice moves between the records of their apprenticeship: from its page to its sessions (attendance,
 * actions, cadence), from the portfolio to the messages kept there and the files shared in them, and logs
 * off-the-job hours that point to an item of their portfolio, which the entry then links to. Every page passes the
 * accessibility check.
 */
class ApprenticeshipRecordsJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    SessionService sessions;
    @Autowired
    SessionRecords records;
    @Autowired
    MessageService messages;
    @Autowired
    PortfolioImport portfolio;

    DeliveryPeople people;
    UUID evidence;

    @BeforeEach
    void givenARecordedSessionAThreadWithAFileAndPortfolioEvidence() {
        people = new DeliveryPeople(accounts, organisation, apprenticeships, 40);
        ApprenticeshipId apprenticeship = new ApprenticeshipId(people.apprenticeship);
        UUID session = sessions.schedule(people.tutor, new SessionPlan(List.of(apprenticeship),
                LocalDate.now(clock).minusDays(2), LocalTime.of(10, 0), 60, "Room 3", null, "Journey workshop", List.of(),
                null));
        records.record(people.tutor, session, Map.of(apprenticeship, "ATTENDED"), "Practised estimates",
                List.of(new SessionRecords.Agreed(1, apprenticeship, "ASSESSMENT_PLAN", "Prepare the observation",
                        "LEARNER", LocalDate.now(clock).plusDays(10))), 0);
        messages.start(people.learner, new ApprenticeshipId(people.apprenticeship), "Journey question", "Is this right?", false,
                new MessageService.Attachment("journey.pdf", new ByteArrayInputStream(MessagesInThePortfolioTest.PDF)));
        evidence = portfolio.addText(people.learner, new ApprenticeshipId(people.apprenticeship),
                "Journey estimate sheet", "WORK_PRODUCT",
                LocalDate.now(clock).minusDays(3), "My estimates for the sprint", List.of("K1"));
    }

    @Test
    void the_apprentice_finds_sessions_messages_and_links_hours_to_portfolio_evidence() {
        signIn(people.learner.email(), DeliveryPeople.PASSWORD);

        // given the apprentice on their apprenticeship's page, when they open its sessions
        visit("/apprenticeships/" + people.apprenticeship);
        page.locator("nav[aria-labelledby=sections-title]")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Sessions"))
                .click();
        assertAccessible();
        // then they see the session, their attendance, the agreed plan and the cadence
        assertThat(page.locator("main")).containsText("Journey workshop");
        assertThat(page.locator("main")).containsText("Prepare the observation");
        assertThat(page.locator("#cadence-last")).containsText("Last session attended 2 days ago");

        // when they open the messages from their portfolio, then the thread and its file are there
        visit("/apprenticeships/" + people.apprenticeship + "/portfolio");
        page.locator("nav[aria-label='Portfolio sections']")
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Messages"))
                .click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Journey question");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("The file shared in messages")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Download journey.pdf");

        // when they log hours pointing to an item of their portfolio
        visit("/apprenticeships/" + people.apprenticeship + "/off-the-job/new");
        assertAccessible();
        page.locator("#date").fill(LocalDate.now(clock).minusDays(1).toString());
        page.locator("#duration").fill("1.5");
        page.locator("#activityType").selectOption("ASSIGNMENT_WRITING");
        page.locator("#description").fill("Wrote up my estimates");
        page.locator("#portfolioEvidenceId").selectOption(evidence.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log hours")).click();
        assertAccessible();

        // then the entry links to the evidence
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journey estimate sheet")).click();
        assertThat(page.locator("h1, h2").first()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/portfolio/evidence/" + evidence));
    }
}
