package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class LockoutJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Test
    void a_person_locked_out_by_wrong_passwords_is_unlocked_by_an_administrator() {
        // given a tutor with an account of their own
        AccountSummary tutor = TestPeople.active(accounts, "forgetful", Role.TUTOR);

        // when they type a wrong password five times
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(tutor.email(), "wrong password " + attempt);
            assertThat(page.locator(".govuk-error-summary")).containsText("Enter a correct email address and password");
        }
        signIn(tutor.email(), "wrong password 5");
        // then the sign-in page says the account is locked, and what to do
        assertThat(page.locator(".govuk-error-summary")).containsText("Your account is locked after 5 failed sign-in attempts");
        assertThat(page.locator(".govuk-error-summary")).containsText("ask an administrator to unlock it");

        // and even the right password is refused while it is locked
        signIn(tutor.email(), TestPeople.PASSWORD);
        assertThat(page.locator(".govuk-error-summary")).containsText("Your account is locked");

        // when an administrator finds the account among the locked ones and unlocks it
        signInAs(DemoAccounts.ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Accounts").setExact(true)).click();
        assertAccessible();
        page.getByLabel("Name or email address").fill(tutor.email());
        page.getByLabel("Status").selectOption("locked");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertAccessible();
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody")).containsText("Locked");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(tutor.displayName())).click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Locked after repeated failed sign-ins");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unlock account")).click();
        // then the account page says it is unlocked
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("The account has been unlocked");
        assertThat(page.locator("main")).containsText("Not locked");
        page.getByText("Sign out").click();

        // when the tutor signs in again with the right password
        signIn(tutor.email(), TestPeople.PASSWORD);
        // then they are home
        assertThat(page.locator("h1")).containsText("Welcome, " + tutor.displayName());
    }
}
