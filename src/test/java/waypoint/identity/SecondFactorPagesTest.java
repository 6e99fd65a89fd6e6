package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.internal.SecondFactors;
import waypoint.identity.internal.SignInSettings;
import waypoint.identity.internal.Totp;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * An authenticator app as a second factor: set up from the account page with a QR code, asked for after the password,
 * recovery codes once each, a replayed code refused; required for the roles the provider chooses; reset by an
 * administrator; needed again to create an API token.
 */
@WaypointTest
class SecondFactorPagesTest {

    @Autowired
    TestClock clock;

    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    private static final Pattern RECOVERY = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>");

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    SignInSettings settings;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    JdbcClient jdbc;

    /** A person with an app set up through the pages: the key they were shown and their recovery codes. */
    record WithApp(AccountSummary person, String secret, List<String> recoveryCodes, long confirmedStep) {
        String code(long step) {
            return Totp.code(secret, step);
        }
    }

    private WithApp setUpApp(PageClient browser, AccountSummary person) {
        PageClient.Page setUp = browser.get("/account/second-factor/set-up");
        assertThat(setUp.status()).isEqualTo(200);
        assertThat(setUp.body()).contains("<svg", "QR code of the key for your authenticator app");
        Matcher shown = SECRET.matcher(setUp.body());
        assertThat(shown.find()).isTrue();
        String secret = shown.group(1).replace(" ", "");
        PageClient.Page wrong = browser.post("/account/second-factor/set-up", setUp, Map.of("code", "12345"));
        assertThat(wrong.text()).contains("There is a problem", "The code is not correct");
        long step = Totp.step(clock.instant());
        PageClient.Page codes = browser.post("/account/second-factor/set-up", wrong,
                Map.of("code", Totp.code(secret, step)));
        assertThat(codes.text()).contains("Your authenticator app is set up", "you will not be able to see them again");
        List<String> recovery = RECOVERY.matcher(codes.body()).results().map(m -> m.group(1)).toList();
        assertThat(recovery).hasSize(10);
        return new WithApp(person, secret, recovery, step);
    }

    private PageClient passwordOnly(AccountSummary person) {
        PageClient browser = PageClient.at(port);
        PageClient.Page landed = browser.signIn(person.email(), TestPeople.PASSWORD);
        assertThat(landed.status()).isEqualTo(302);
        return browser;
    }

    @Test
    void after_setting_up_an_app_a_person_signs_in_with_password_then_code_and_a_replayed_code_is_refused() {
        AccountSummary person = TestPeople.active(accounts, "twostep", Role.TUTOR);
        PageClient first = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        WithApp app = setUpApp(first, person);
        assertThat(first.get("/account").text()).contains("Second factor", "Authenticator app", "10 recovery codes left");

        // signing in again: the password alone reaches only the code page
        PageClient browser = passwordOnly(person);
        assertThat(browser.get("/").location()).endsWith("/sign-in/second-factor");
        assertThat(browser.get("/account").location()).endsWith("/sign-in/second-factor");
        PageClient.Page codePage = browser.get("/sign-in/second-factor");
        assertThat(codePage.text()).contains("Enter your security code");

        // an empty and a wrong code are refused with a GOV.UK error, counted and audited
        PageClient.Page empty = browser.post("/sign-in/second-factor", codePage, Map.of("code", ""));
        assertThat(empty.text()).contains("There is a problem", "Enter the 6-digit code from your authenticator app");
        PageClient.Page wrong = browser.post("/sign-in/second-factor", empty, Map.of("code", "000000".equals(
                app.code(Totp.step(clock.instant()))) ? "111111" : "000000"));
        assertThat(wrong.text()).contains("The code is not correct");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary = :why")
                .param("id", person.id().toString()).param("why", "wrong authenticator or recovery code")
                .query(Long.class).single()).isEqualTo(1);

        // the code already used to confirm the app is refused as replayed
        PageClient.Page replayed = browser.post("/sign-in/second-factor", wrong,
                Map.of("code", app.code(app.confirmedStep())));
        assertThat(replayed.text()).contains("That code has already been used");

        // the next code lets them in
        PageClient.Page passed = browser.post("/sign-in/second-factor", replayed,
                Map.of("code", app.code(app.confirmedStep() + 1)));
        assertThat(passed.status()).isEqualTo(302);
        assertThat(passed.location()).doesNotContain("sign-in");
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    @Test
    void a_recovery_code_signs_a_person_in_once_and_is_then_used_up() {
        AccountSummary person = TestPeople.active(accounts, "lostphone", Role.LEARNER);
        WithApp app = setUpApp(PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD), person);
        String recovery = app.recoveryCodes().get(0);

        PageClient browser = passwordOnly(person);
        PageClient.Page passed = browser.post("/sign-in/second-factor", browser.get("/sign-in/second-factor"),
                Map.of("code", recovery));
        assertThat(passed.location()).doesNotContain("sign-in");
        assertThat(browser.get("/account").text()).contains("9 recovery codes left");

        PageClient again = passwordOnly(person);
        PageClient.Page refused = again.post("/sign-in/second-factor", again.get("/sign-in/second-factor"),
                Map.of("code", recovery));
        assertThat(refused.text()).contains("The code is not correct");
    }

    @Test
    void a_person_in_a_role_that_needs_a_second_factor_reaches_nothing_until_they_set_one_up() {
        Set<Role> before = settings.rolesNeedingSecondFactor();
        try {
            settings.change(EnumSet.of(Role.LEAD));
            AccountSummary person = TestPeople.active(accounts, "mustsetup", Role.LEAD);
            PageClient browser = passwordOnly(person);
            assertThat(browser.get("/").location()).endsWith("/account/second-factor/set-up");
            assertThat(browser.get("/account").location()).endsWith("/account/second-factor/set-up");
            // nor can they get a token from the API with the password alone
            Api.Response token = Api.at(port).post("/api/v1/auth/token",
                    "{\"email\":\"" + person.email() + "\",\"password\":\"" + TestPeople.PASSWORD + "\"}");
            assertThat(token.status()).isEqualTo(401);
            assertThat(token.body()).contains("Your role needs a second factor");

            setUpApp(browser, person);
            assertThat(browser.get("/account").status()).isEqualTo(200);
        } finally {
            settings.change(before);
        }
    }

    @Test
    void only_an_administrator_changes_which_roles_need_a_second_factor() {
        AccountSummary tutor = TestPeople.active(accounts, "nosettings", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, tutor.email(), TestPeople.PASSWORD);
        assertThat(browser.get("/admin/sign-in-settings").status()).isEqualTo(403);
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page page = admin.get("/admin/sign-in-settings");
        assertThat(page.text()).contains("Which roles must have a second factor?", "Safeguarding lead");
        Set<Role> before = settings.rolesNeedingSecondFactor();
        try {
            PageClient.Page saved = admin.post("/admin/sign-in-settings", page, List.of(
                    Map.entry("roles", "DIRECTOR"), Map.entry("roles", "QUALITY")));
            assertThat(saved.location()).endsWith("/admin/sign-in-settings");
            assertThat(settings.rolesNeedingSecondFactor()).containsExactlyInAnyOrder(Role.DIRECTOR, Role.QUALITY);
        } finally {
            settings.change(before);
        }
    }

    @Test
    void an_administrator_resets_a_persons_second_factor_and_the_person_is_emailed() throws Exception {
        AccountSummary person = TestPeople.active(accounts, "resetme", Role.TUTOR);
        setUpApp(PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD), person);

        PageClient other = PageClient.signedInAs(port, TestPeople.active(accounts, "notadmin", Role.TUTOR).email(),
                TestPeople.PASSWORD);
        PageClient.Page denied = other.post("/admin/accounts/" + person.id() + "/second-factor/reset",
                other.get("/account"), Map.of());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(secondFactors.has(person.id())).isTrue();

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        PageClient.Page view = admin.get("/admin/accounts/" + person.id());
        assertThat(view.text()).contains("Second factor", "Authenticator app");
        PageClient.Page reset = admin.post("/admin/accounts/" + person.id() + "/second-factor/reset", view, Map.of());
        assertThat(admin.follow(reset).text()).contains("Their second factor has been reset");
        assertThat(secondFactors.has(person.id())).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'SecondFactor' AND record_id = :id "
                        + "AND action = 'DELETED'").param("id", person.id().toString()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(waitForSubjects(person.email())).contains("Your Waypoint second factor has been reset");
        // and the password alone signs them in again
        assertThat(passwordOnly(person).get("/account").status()).isEqualTo(200);
    }

    @Test
    void creating_an_api_token_needs_a_fresh_code_where_the_account_has_a_second_factor() {
        AccountSummary person = TestPeople.active(accounts, "tokencode", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        WithApp app = setUpApp(browser, person);

        PageClient.Page form = browser.get("/account");
        assertThat(form.text()).contains("Security code");
        PageClient.Page noCode = browser.post("/account/tokens", form, Map.of("name", "Script", "code", ""));
        assertThat(noCode.text()).contains("There is a problem", "Enter the code from your authenticator app");
        String wrongCode = "000000".equals(app.code(Totp.step(clock.instant()))) ? "111111" : "000000";
        PageClient.Page wrong = browser.post("/account/tokens", noCode, Map.of("name", "Script", "code", wrongCode));
        assertThat(wrong.text()).contains("The code is not correct");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary = :why")
                .param("id", person.id().toString()).param("why", "wrong authenticator or recovery code")
                .query(Long.class).single()).as("a wrong code is counted and audited").isEqualTo(1);
        PageClient.Page made = browser.post("/account/tokens", wrong,
                Map.of("name", "Script", "code", app.code(app.confirmedStep() + 1)));
        assertThat(made.location()).contains("/account");

        String password = "{\"email\":\"" + person.email() + "\",\"password\":\"" + TestPeople.PASSWORD + "\"";
        Api.Response without = Api.at(port).post("/api/v1/auth/token", password + "}");
        assertThat(without.status()).isEqualTo(401);
        assertThat(without.body()).contains("Second factor needed", "'code'");
        // (the app's next code is already used: a recovery code stands in for it)
        Api.Response with = Api.at(port).post("/api/v1/auth/token", password + ",\"code\":\""
                + app.recoveryCodes().get(0) + "\"}");
        assertThat(with.status()).as(with.body()).isEqualTo(200);
        assertThat(with.json().get("token").asString()).startsWith("wp_");
    }

    private List<String> waitForSubjects(String email) {
        return await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.sql("SELECT subject FROM email_message"
                + " WHERE recipient = :to").param("to", email).query(String.class).list(), subjects -> !subjects.isEmpty());
    }
}
