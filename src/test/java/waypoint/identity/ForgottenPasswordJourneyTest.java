package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.identity.internal.OneTimeLinks;
import waypoint.support.BrowserJourney;

class ForgottenPasswordJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OneTimeLinks links;

    @Test
    void a_person_who_forgot_their_password_resets_it_from_the_sign_in_page() {
        // given an employer contact who has forgotten their password
        AccountSummary contact = TestPeople.active(accounts, "employer", Role.EMPLOYER_CONTACT);

        // when they follow "I have forgotten my password" and give their email
        visit("/sign-in");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have forgotten my password")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter your email address");
        page.getByLabel("Email address").fill(contact.email());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
        // then they are told to check their email, in words that do not say whether the account exists
        assertAccessible();
        assertThat(page.locator("main")).containsText("If an account exists for that email, we have sent a link");

        // when they open the link from the email and choose a new password
        String secret = links.issue(contact.id(), OneTimeLinks.Purpose.PASSWORD_RESET, Invitations.RESET_LIFETIME).secret();
        visit("/account/reset-password/new?token=" + secret);
        assertThat(page.locator("h1")).hasText("Choose a new password");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("amber meadow signal");
        page.getByLabel("Confirm password", new Page.GetByLabelOptions().setExact(true)).fill("amber meadow signal");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
        // then they can sign in with it
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your password has been changed");
        signIn(contact.email(), "amber meadow signal");
        assertThat(page.locator("h1")).containsText("Welcome, " + contact.displayName());
    }
}
