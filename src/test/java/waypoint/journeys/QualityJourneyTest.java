package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;

class QualityJourneyTest extends RoleJourney {

    @Autowired
    OrganisationImport organisation;

    @Test
    void a_quality_lead_sees_the_provider_in_figures_and_pages_through_every_learner() {
        // given the demo quality lead, and one of the demo learners
        LearnerId learner = organisation.findLearner("demi.doyle@learners.test").orElseThrow();

        // when they sign in
        signInAs(DemoAccounts.QUALITY);

        // then their home page counts every record across the provider
        assertThat(page.locator("h1")).hasText("Welcome, Quinn Quality");
        assertThat(page.locator("main h2")).hasText("Across the provider");
        Locator learnersCard = page.locator("main .waypoint-card", new Page.LocatorOptions().setHasText("learners"));
        String learners = learnersCard.locator(".waypoint-figure").textContent().strip();
        assertNavigation("Home", "Learners", "Apprenticeships", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Gateway and EPA", "Support cases", "Employers", "EPAOs", "Staff", "Standards", "Rules calculator", "Feedback",
                "Concerns", "Reports", "Policies and handbook");
        screenshot("quality-home");
        lookOnPhone("quality-home-phone");

        // when they open the learners from their figure
        learnersCard.getByRole(AriaRole.LINK).click();
        assertAccessible();
        // then the first page shows 25 of as many learners as the home page said
        assertThat(page.locator("h1")).hasText("Learners");
        assertThat(page.locator("main [role=status]")).hasText("Showing 1 to 25 of " + learners + " learners");
        assertThat(page.locator("main tbody tr")).hasCount(25);
        String firstOnPageOne = page.locator("main tbody tr").first().textContent();

        // when they go to page 2
        page.locator(".govuk-pagination").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Page 2")).click();
        assertAccessible();
        // then they see the next learners, and the pagination says where they are
        assertThat(page.locator("main [role=status]")).containsText("Showing 26 to");
        assertThat(page.locator("main tbody tr").first()).not().hasText(firstOnPageOne);
        assertThat(page.locator(".govuk-pagination [aria-current=page]")).hasText("2");
        assertThat(page.locator(".govuk-pagination")).containsText("Previous");

        // when they go to change a learner's details, which only administrators do
        visitDenied("/learners/" + learner + "/edit");
        // and to the audit trail
        visitDenied("/admin/audit");
        assertThat(page).hasTitle(Pattern.compile("^You do not have access to this page"));

        // when they start a conversation: with every apprentice of the provider to choose from, they search instead
        visit("/messages");
        button("Start a conversation").click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Start a conversation");
        assertThat(page.getByLabel("Apprentice", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        // and search for a name that nobody has
        page.getByLabel("Find the apprentice").fill("Nobody Called This");
        button("Search").click();
        assertAccessible();
        // then they are told so, and offered nobody to choose
        assertThat(page.locator("main")).containsText("No apprentices match ‘Nobody Called This’");
        assertThat(page.getByRole(AriaRole.RADIO)).hasCount(0);
        // and when they send it anyway, the error leads to the search box
        button("Send").click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the apprentice");
        page.locator(".govuk-error-summary").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Choose the apprentice")).click();
        assertThat(page.getByLabel("Find the apprentice")).isFocused();

        // when they search for part of a demo apprentice's name, having begun the message
        page.getByLabel("Subject").fill("Your next review");
        page.getByLabel("Find the apprentice").fill("pate");
        button("Search").click();
        assertAccessible();
        // then the matches are theirs to choose, and what they typed is kept
        Locator priya = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Priya Patel").setExact(true));
        assertThat(priya).hasCount(1);
        assertThat(page.getByLabel("Find the apprentice")).hasValue("pate");
        assertThat(page.getByLabel("Subject")).hasValue("Your next review");
        screenshot("quality-message-apprentice-found");
        lookOnPhoneAsItIs("quality-message-apprentice-found-phone");
        // and once one is chosen, the rest of the message is theirs to write
        priya.check();
        assertThat(priya).isChecked();
        assertThat(page.getByLabel("Message")).isEditable();
        assertAccessible();
    }
}
