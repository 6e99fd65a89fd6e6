package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.identity.internal.OneTimeLinks;
import waypoint.support.BrowserJourney;

class InvitationJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;
    @Autowired
    OneTimeLinks links;

    @Test
    void an_invited_tutor_creates_a_password_and_signs_in() {
        // given an administrator has created an account for a new tutor and invited them
        AccountSummary tutor = TestPeople.invited(accounts, "newtutor", Role.TUTOR);
        String secret = links.issue(tutor.id(), OneTimeLinks.Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();

        // when they open the link from the email
        visit("/account/set-password?token=" + secret);
        // then they are asked to create a password for their email address
        assertThat(page.locator("h1")).hasText("Create your password");
        assertThat(page.locator("main")).containsText(tutor.email());

        // when they choose one that is too short
        fill("Password", "too short");
        fill("Confirm password", "too short");
        click("Create password");
        // then the error summary and the field say why
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Password must be 12 characters or more");
        assertThat(page.locator("#password-error")).containsText("Password must be 12 characters or more");

        // when they choose a good one
        fill("Password", "quiet harbour evening");
        fill("Confirm password", "quiet harbour evening");
        click("Create password");
        // then they are sent to sign in, told their password is set
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your password has been set");

        // when they sign in with it
        signIn(tutor.email(), "quiet harbour evening");
        // then they are home
        assertThat(page.locator("h1")).containsText("Welcome, " + tutor.displayName());

        // and the link cannot be used again
        visit("/account/set-password?token=" + secret);
        assertThat(page.locator("h1")).hasText("This link has expired or has already been used");
        assertThat(page.locator("main")).containsText("Ask your administrator for a new invitation");
    }

    private void fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }
}
