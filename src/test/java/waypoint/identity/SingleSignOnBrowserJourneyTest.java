package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.support.BrowserJourney;
import waypoint.support.TestIdentityProvider;

/**
 * A member of staff signs in with their organisation's account in Chromium: Waypoint's button, the identity
 * provider's own sign-in page (the in-test OpenID Connect provider), and back to Waypoint signed in as their account.
 */
class SingleSignOnBrowserJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Test
    void a_member_of_staff_signs_in_through_their_organisations_identity_provider_in_the_browser() {
        AccountSummary tutor = TestPeople.active(accounts, "ssobrowser", Role.TUTOR);
        TestIdentityProvider.Person person = TestIdentityProvider.get().addPerson(tutor.email(), true);

        // given the sign-in page, when they choose their organisation's account
        visit("/sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(TestIdentityProvider.BUTTON)).click();

        // then the identity provider asks who they are, on its own page
        page.waitForURL(Pattern.compile("^" + Pattern.quote(TestIdentityProvider.get().issuer()) + "/login.*"));
        page.getByLabel("Username").fill(person.username());
        page.getByLabel("Password").fill(person.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        // and they are back in Waypoint, signed in as their own account
        page.waitForURL(Pattern.compile(".*:" + port + "/$"));
        assertThat(page.locator("h1")).isVisible();
        visit("/account");
        assertThat(page.locator("h1")).containsText("Your account");
        assertThat(page.getByText(tutor.email())).isVisible();
    }
}
