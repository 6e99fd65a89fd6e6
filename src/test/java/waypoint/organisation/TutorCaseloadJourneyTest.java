package waypoint.organisation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.support.BrowserJourney;

class TutorCaseloadJourneyTest extends BrowserJourney {

    @Autowired
    Learners learners;
    @Autowired
    UserAccounts accounts;

    @Test
    void a_tutor_sees_their_caseload_at_home_and_opens_a_learner() {
        // given the demo tutor and the learners assigned to them
        List<LearnerSummary> caseload = learners.caseloadOf(
                accounts.findByEmail(DemoAccounts.TUTOR.email()).orElseThrow().id(), 10_000);

        // when they sign in
        signInAs(DemoAccounts.TUTOR);

        // then their home page counts their caseload and lists their learners
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your caseload")
                .setExact(true))).isVisible();
        assertThat(page.locator(".waypoint-figure").first()).hasText(String.valueOf(caseload.size()));
        Locator first = page.locator("table").getByRole(AriaRole.LINK).first();
        String name = first.textContent();
        screenshot("tutor-home");

        // when they open the first learner
        first.click();

        // then they see that learner's record, with themselves as the tutor
        assertAccessible();
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main")).containsText(DemoAccounts.TUTOR.displayName());
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Health and equality declarations"))).isVisible();
    }
}
