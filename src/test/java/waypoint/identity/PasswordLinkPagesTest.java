package waypoint.identity;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.identity.internal.ApiTokens;
import waypoint.identity.internal.OneTimeLinks;
import waypoint.identity.internal.OneTimeLinks.Purpose;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/** The pages an invitation or reset link opens: a good link works once, a stale one says what to do. */
@WaypointTest
class PasswordLinkPagesTest {

    @Autowired
    TestClock clock;

    private static final String NEW_PASSWORD = "plum orchard lantern";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OneTimeLinks links;
    @Autowired
    JdbcClient jdbc;

    @Test
    void an_invitation_link_sets_the_password_once_and_then_the_person_can_sign_in() {
        AccountSummary person = TestPeople.invited(accounts, "invitee", Role.TUTOR);
        String secret = links.issue(person.id(), Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        PageClient browser = PageClient.at(port);

        PageClient.Page form = browser.get("/account/set-password?token=" + secret);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.text()).contains("Create your password").contains(person.email());

        PageClient.Page done = setPassword(browser, "/account/set-password", secret, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith("/sign-in?password-set");
        assertThat(browser.get("/sign-in?password-set").text()).contains("Your password has been set");
        assertThat(accounts.find(person.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);

        PageClient.Page again = PageClient.at(port).get("/account/set-password?token=" + secret);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text()).contains("This link has expired or has already been used")
                .contains("Ask your administrator for a new invitation");

        assertThat(PageClient.at(port).signIn(person.email(), NEW_PASSWORD).location()).doesNotContain("/sign-in");
    }

    @Test
    void an_expired_invitation_link_is_refused_with_a_clear_page() {
        AccountSummary person = TestPeople.invited(accounts, "late", Role.LEARNER);
        String secret = links.issue(person.id(), Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        clock.moveBy(Invitations.INVITATION_LIFETIME.plusMinutes(1));
        PageClient browser = PageClient.at(port);

        PageClient.Page page = browser.get("/account/set-password?token=" + secret);
        assertThat(page.status()).isEqualTo(410);
        assertThat(page.text()).contains("This link has expired or has already been used").doesNotContain("Exception");

        browser.get("/account/reset-password"); // a page with a form, for a CSRF token: the expired page has none
        PageClient.Page posted = setPassword(browser, "/account/set-password", secret, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(posted.status()).isEqualTo(410);
        assertThat(accounts.find(person.id()).orElseThrow().status()).isEqualTo(AccountStatus.INVITED);
    }

    @Test
    void an_unknown_or_missing_token_gets_the_same_page() {
        assertThat(PageClient.at(port).get("/account/set-password?token=made-up").status()).isEqualTo(410);
        assertThat(PageClient.at(port).get("/account/set-password").status()).isEqualTo(410);
        assertThat(PageClient.at(port).get("/account/reset-password/new?token=made-up").text())
                .contains("Ask for a new link to reset your password");
    }

    @Test
    void a_password_that_breaks_the_rules_is_refused_and_the_link_still_works() {
        AccountSummary person = TestPeople.invited(accounts, "careful", Role.TUTOR);
        String secret = links.issue(person.id(), Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        PageClient browser = PageClient.at(port);
        browser.get("/account/set-password?token=" + secret);

        PageClient.Page tooShort = setPassword(browser, "/account/set-password", secret, "short", "short");
        assertThat(tooShort.status()).isEqualTo(200);
        assertThat(tooShort.body()).contains("govuk-error-summary").contains("href=\"#password\"");
        assertThat(tooShort.text()).contains("Password must be 12 characters or more");
        assertThat(tooShort.body()).doesNotContain("value=\"short\"");

        PageClient.Page email = setPassword(browser, "/account/set-password", secret, person.email(), person.email());
        assertThat(email.text()).contains("Password must not be your email address");

        PageClient.Page mismatch = setPassword(browser, "/account/set-password", secret, NEW_PASSWORD, NEW_PASSWORD + "x");
        assertThat(mismatch.text()).contains("The passwords do not match");

        assertThat(setPassword(browser, "/account/set-password", secret, NEW_PASSWORD, NEW_PASSWORD).status())
                .isEqualTo(302);
    }

    @Test
    void a_forgotten_password_request_answers_the_same_whether_or_not_the_account_exists() {
        AccountSummary person = TestPeople.active(accounts, "forgetful", Role.TUTOR);
        PageClient known = PageClient.at(port);
        known.get("/account/reset-password");
        PageClient.Page forKnown = known.post("/account/reset-password", Map.of("email", person.email()));
        PageClient unknown = PageClient.at(port);
        unknown.get("/account/reset-password");
        PageClient.Page forUnknown = unknown.post("/account/reset-password",
                Map.of("email", TestPeople.uniqueEmail("nobody")));

        assertThat(forKnown.location()).isEqualTo(forUnknown.location()).endsWith("/account/reset-password/sent");
        assertThat(known.get("/account/reset-password/sent").text())
                .contains("If an account exists for that email, we have sent a link");
        assertThat(jdbc.sql("SELECT count(*) FROM one_time_link WHERE user_id = :user AND purpose = 'PASSWORD_RESET'")
                .param("user", person.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_forgotten_password_form_asks_for_a_valid_email() {
        PageClient browser = PageClient.at(port);
        browser.get("/account/reset-password");
        assertThat(browser.post("/account/reset-password", Map.of("email", "")).text())
                .contains("There is a problem").contains("Enter your email address");
        PageClient.Page malformed = browser.post("/account/reset-password", Map.of("email", "not an email"));
        assertThat(malformed.text()).contains("Enter an email address in the correct format");
        assertThat(malformed.body()).contains("value=\"not an email\"");
    }

    @Test
    void a_reset_link_sets_a_new_password_and_unlocks_the_account() {
        AccountSummary person = TestPeople.active(accounts, "locked-out", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            PageClient.at(port).signIn(person.email(), "wrong password " + i);
        }
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location()).contains("locked");
        String secret = links.issue(person.id(), Purpose.PASSWORD_RESET, Invitations.RESET_LIFETIME).secret();
        PageClient browser = PageClient.at(port);
        assertThat(browser.get("/account/reset-password/new?token=" + secret).text()).contains("Choose a new password");

        PageClient.Page done = setPassword(browser, "/account/reset-password/new", secret, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(done.location()).endsWith("/sign-in?password-reset");
        assertThat(PageClient.at(port).signIn(person.email(), NEW_PASSWORD).location()).doesNotContain("/sign-in");
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location()).contains("error");
    }

    @Test
    void a_newer_invitation_replaces_the_older_link() {
        AccountSummary person = TestPeople.invited(accounts, "reinvited", Role.TUTOR);
        String first = links.issue(person.id(), Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        String second = links.issue(person.id(), Purpose.INVITATION, Invitations.INVITATION_LIFETIME).secret();
        assertThat(PageClient.at(port).get("/account/set-password?token=" + first).status()).isEqualTo(410);
        assertThat(PageClient.at(port).get("/account/set-password?token=" + second).status()).isEqualTo(200);
    }

    private static PageClient.Page setPassword(PageClient browser, String path, String token, String password,
            String confirmation) {
        return browser.post(path, Map.of("token", token, "password", password, "confirmPassword", confirmation));
    }
}
