package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.support.BrowserJourney;

class AccountJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Test
    void a_person_creates_an_api_token_sees_it_once_revokes_it_and_changes_their_password() {
        // given a lead who also tutors, signed in
        AccountSummary lead = TestPeople.active(accounts, "lead", Role.LEAD, Role.TUTOR);
        signIn(lead.email(), TestPeople.PASSWORD);

        // when they open their account from the header
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(lead.displayName())).click();
        assertAccessible();
        // then they see who they are and both their roles
        assertThat(page.locator("h1")).hasText("Your account");
        assertThat(page.locator(".govuk-summary-list")).containsText(lead.email());
        assertThat(page.locator(".govuk-summary-list")).containsText("Tutor");
        assertThat(page.locator(".govuk-summary-list")).containsText("Lead");
        assertThat(page.locator("#api-tokens ~ p.govuk-body").last()).containsText("You have no API tokens");

        // when they create a token without a name
        click("Create token");
        // then they are asked for one
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name for the token");

        // when they name it
        page.getByLabel("Token name").fill("Caseload export");
        click("Create token");
        // then the token is shown once, and listed as active
        assertAccessible();
        assertThat(page.locator("#issued-token")).hasValue(java.util.regex.Pattern.compile("^wp_.{20,}"));
        assertThat(page.locator("table:has(caption:text(\"Your tokens\"))")).containsText("Caseload export");
        assertThat(page.locator("table:has(caption:text(\"Your tokens\"))")).containsText("Active");
        page.reload();
        assertThat(page.locator("#issued-token")).hasCount(0);

        // when they revoke it
        click("Revoke token Caseload export");
        // then it is listed as revoked
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The API token has been revoked");
        assertThat(page.locator("table:has(caption:text(\"Your tokens\"))")).containsText("Revoked");

        // when they change their password, first getting the current one wrong
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password")).click();
        assertAccessible();
        fill("Current password", "not my password");
        fill("New password", "winter garden kettle");
        fill("Confirm new password", "winter garden kettle");
        click("Change password");
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Your current password is not correct");
        fill("Current password", TestPeople.PASSWORD);
        fill("New password", "winter garden kettle");
        fill("Confirm new password", "winter garden kettle");
        click("Change password");
        // then they are back on their account, told it worked
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your password has been changed");
    }

    private void fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
    }

    private void click(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }
}
