package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class SignInJourneyTest extends BrowserJourney {

    @Test
    void an_administrator_signs_in_and_out() {
        // given the demo administrator
        // when they sign in
        signInAs(DemoAccounts.ADMIN);
        // then they are home, with their name in the header
        assertThat(page.locator("h1")).containsText("Alex Admin");
        // when they sign out
        page.getByText("Sign out").click();
        // then they are back at the sign-in page, told so
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
        assertAccessible();
    }

    @Test
    void a_wrong_password_is_refused_with_the_email_kept() {
        signIn("tutor@waypoint.test", "not-the-password");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        assertThat(page.getByLabel("Email address")).hasValue("tutor@waypoint.test");
    }
}
