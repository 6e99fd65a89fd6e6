package waypoint.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.support.BrowserJourney;

/**
 * An apprentice adds a passkey on their account page and signs in with it, no password, through Chromium's virtual
 * authenticator (a platform authenticator that always verifies the user, as a phone's screen lock would).
 */
class PasskeyJourneyTest extends BrowserJourney {

    @Autowired
    UserAccounts accounts;

    @Test
    void an_apprentice_adds_a_passkey_signs_out_and_signs_in_with_it() {
        AccountSummary apprentice = TestPeople.active(accounts, "passkeyjourney", Role.LEARNER);
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        JsonObject authenticator = new JsonObject();
        authenticator.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", authenticator);

        // signed in with their password, they name and add a passkey on their account page
        signIn(apprentice.email(), TestPeople.PASSWORD);
        visit("/account");
        page.getByLabel("Passkey name").fill("My phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey")).click();
        // the server has checked the name: the device is asked for the passkey next
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the passkey")).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Your passkey has been added");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Your passkeys")))
                .containsText("My phone");
        assertAccessible();

        // signed out, they sign in with the passkey alone and reach the home page
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
        assertThat(page.locator(".govuk-notification-banner")).containsText("You have signed out");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use a passkey")).click();
        page.waitForURL(Pattern.compile(".*:" + port + "/$"));
        assertThat(page.locator("h1")).isVisible();
        visit("/account");
        assertThat(page.locator("h1")).containsText("Your account");
        assertThat(page.getByText(apprentice.email())).isVisible();
    }
}
