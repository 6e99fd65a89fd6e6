package waypoint.review;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.review.internal.ReviewService;
import waypoint.support.BrowserJourney;
import waypoint.support.TestClock;

/**
 * A progress review from planning to the last signature: the tutor plans it and writes the record, the apprentice
 * writes their self-reflection, and the apprentice, the employer and the tutor each sign the same review in their
 * own browser.
 */
class ThreePeopleSignAReviewJourneyTest extends BrowserJourney {

    @Autowired
    TestClock clock;

    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    ReviewService reviews;

    ReviewPeople people;

    @BeforeEach
    void givenAnApprenticeshipInLearning() {
        people = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        reviews.schedule(new ApprenticeshipId(people.apprenticeship));
    }

    @Test
    void the_apprentice_the_employer_and_the_tutor_sign_the_same_review_in_their_own_browsers() {
        Page tutor = page;
        Page learner = anotherBrowser();
        Page employer = anotherBrowser();
        page = learner;
        signIn(people.learner.email(), ReviewPeople.PASSWORD);
        page = employer;
        signIn(people.manager.email(), ReviewPeople.PASSWORD);
        page = tutor;
        signIn(people.tutor.email(), ReviewPeople.PASSWORD);

        // given the tutor sees the review due on the compliance page and the apprenticeship's history
        visit("/reviews?filter=DUE_THIS_WEEK");
        visit("/apprenticeships/" + people.apprenticeship + "/reviews");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review 1")).click();
        assertAccessible();
        String review = page.url().substring(page.url().indexOf("/reviews/"));

        // when the tutor plans the meeting, a wrong date is an error on the field and the rest is kept
        page.locator("#date").fill("31/2/2026");
        page.locator("#time").fill("10:30");
        page.locator("#place").fill("Microsoft Teams");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the meeting")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the date of the meeting");
        assertThat(page.locator("#place")).hasValue("Microsoft Teams");
        page.locator("#date").fill(LocalDate.now(clock).plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan the meeting")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Planned");

        // and the apprentice writes their self-reflection before the meeting
        page = learner;
        visit("/reviews");
        visit(review);
        page.locator("#reflection").fill("I built the booking page and found estimating hard.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save your self-reflection")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("I built the booking page");

        // and the tutor writes the record and sends it for signatures
        page = tutor;
        visit(review);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the record")).click();
        assertAccessible();
        page.locator("#heldOn").fill(LocalDate.now(clock).toString());
        for (String section : new String[] {"workCompleted", "priorities", "offTheJob", "supportNeeds",
                "englishAndMaths", "healthAndSafety", "employerView", "circumstances"}) {
            page.locator("#sections-" + section).fill("Written for " + section);
        }
        page.locator("#targets-0-title").fill("Write tests for the booking page");
        page.locator("#targets-0-targetDate").fill(LocalDate.now(clock).plusWeeks(6).toString());
        page.locator("#targets-0-ksbs").fill("K1, S2");
        page.locator("#nextReviewDate").fill(LocalDate.now(clock).plusWeeks(8).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and send for signatures")).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Waiting for signatures");

        // then each of the three signs version 1 in their own browser
        sign(learner, review, people.learner.displayName());
        sign(employer, review, people.manager.displayName());
        sign(tutor, review, people.tutor.displayName());

        // and the review is signed, locked, with its PDF, and the next review is on the schedule
        assertThat(page.locator("main")).containsText("Signed by " + people.learner.displayName());
        assertThat(page.locator("main")).containsText("Signed by " + people.manager.displayName());
        assertThat(page.locator("strong.govuk-tag").first()).hasText("Signed");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Write the record")))
                .hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download version 1 as a PDF")))
                .isVisible();
        visit("/apprenticeships/" + people.apprenticeship + "/reviews");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Review 2"))).isVisible();
        page = employer;
        visit("/reviews");
    }

    private void sign(Page as, String review, String name) {
        page = as;
        visit(review);
        page.locator("#fullName").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign version 1")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You signed the review");
    }
}
