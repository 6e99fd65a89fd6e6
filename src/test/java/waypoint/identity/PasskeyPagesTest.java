package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.identity.internal.SecondFactors;
import waypoint.identity.internal.SignInSettings;
import waypoint.identity.internal.Totp;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * Passkeys on the account page (listed with when each was added and last used, removable by their owner alone) and
 * the sign-in page (offered only where the browser supports them; a refused passkey counted and audited). The
 * browser journey through a virtual authenticator is {@code PasskeyJourneyTest}.
 */
@WaypointTest
class PasskeyPagesTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInSettings settings;
    @Autowired
    SecondFactors secondFactors;

    @Test
    void a_person_sees_their_passkeys_and_removes_one_and_nobody_else_may() {
        AccountSummary person = TestPeople.active(accounts, "passkeyowner", Role.LEARNER);
        String phone = passkey(person, "Grandad’s tablet");
        String laptop = passkey(person, "Work laptop");
        PageClient owner = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);

        PageClient.Page page = owner.get("/account");
        assertThat(page.text()).contains("Passkeys", "Your passkeys", "Grandad’s tablet", "Work laptop", "Never")
                .contains("Remove passkey Grandad’s tablet");
        assertThat(page.body()).contains("data-passkey-register hidden");
        assertThat(page.text()).contains("Second factor Your passkeys (sign in with one)");

        // another person, even an administrator, cannot remove it: it is not found among their own
        AccountSummary stranger = TestPeople.active(accounts, "passkeystranger", Role.TUTOR);
        PageClient other = PageClient.signedInAs(port, stranger.email(), TestPeople.PASSWORD);
        assertThat(other.post("/account/passkeys/" + phone + "/remove", other.get("/account"), Map.of()).status())
                .isEqualTo(404);
        assertThat(other.get("/account").text()).doesNotContain("Grandad’s tablet");
        // nor can someone signed out
        PageClient nobody = PageClient.at(port);
        PageClient.Page signIn = nobody.get("/sign-in");
        assertThat(nobody.post("/account/passkeys/" + phone + "/remove", signIn, Map.of()).location())
                .endsWith("/sign-in");
        assertThat(count(phone)).isEqualTo(1);

        PageClient.Page removed = owner.post("/account/passkeys/" + phone + "/remove", page, Map.of());
        assertThat(removed.location()).endsWith("/account#passkeys");
        PageClient.Page after = owner.follow(removed);
        assertThat(after.text()).contains("Your passkey ‘Grandad’s tablet’ has been removed", "Work laptop")
                .doesNotContain("Remove passkey Grandad’s tablet");
        assertThat(count(phone)).isZero();
        assertThat(count(laptop)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary = 'passkey removed'")
                .param("id", person.id().toString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_sign_in_page_offers_a_passkey_only_once_its_script_finds_the_browser_supports_them() {
        PageClient.Page page = PageClient.at(port).get("/sign-in");
        assertThat(page.body()).contains("data-passkey-sign-in hidden", "/js/passkeys.js");
        assertThat(PageClient.at(port).get("/js/passkeys.js").body()).contains("window.PublicKeyCredential");
    }

    @Test
    void a_passkey_answer_to_no_challenge_of_this_browser_is_refused_as_replayed_counted_and_audited() {
        AccountSummary person = TestPeople.active(accounts, "passkeyreplay", Role.LEARNER);
        String id = passkey(person, "Old phone");
        PageClient browser = PageClient.at(port);
        PageClient.Page signIn = browser.get("/sign-in");

        PageClient.Page refused = browser.postJson("/login/webauthn", signIn, """
                {"id":"%s","rawId":"%s","credType":"public-key","response":{"authenticatorData":"AAAA",
                "clientDataJSON":"e30","signature":"AAAA"},"clientExtensionResults":{}}""".formatted(id, id));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("\"authenticated\":false", "/sign-in?passkey-replayed");
        assertThat(browser.get("/sign-in?passkey-replayed").text())
                .contains("There is a problem", "That passkey sign-in had already been used or had expired");
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE id = :id").param("id", person.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND after_summary = :why")
                .param("id", person.id().toString()).param("why", "passkey sign-in replayed")
                .query(Long.class).single()).isEqualTo(1);
        // and the browser is not signed in
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void a_role_that_needs_a_second_factor_with_only_a_passkey_is_sent_from_the_password_to_the_passkey() {
        AccountSummary person = TestPeople.active(accounts, "passkeylead", Role.LEAD);
        passkey(person, "Desk key");
        Set<Role> before = settings.rolesNeedingSecondFactor();
        try {
            settings.change(EnumSet.of(Role.LEAD));
            PageClient browser = PageClient.at(port);
            PageClient.Page home = browser.follow(browser.signIn(person.email(), TestPeople.PASSWORD));
            assertThat(home.location()).endsWith("/sign-in?use-passkey");
            assertThat(browser.follow(home).text()).contains("There is a problem",
                    "Your role needs a second factor: sign in with your passkey");
            assertThat(browser.get("/account").location()).endsWith("/sign-in");
        } finally {
            settings.change(before);
        }
    }

    @Test
    void an_administrator_s_reset_of_a_person_s_second_factors_removes_their_passkeys() {
        AccountSummary person = TestPeople.active(accounts, "passkeylost", Role.LEARNER);
        String key = passkey(person, "Lost phone");
        PageClient admin = PageClient.signedInAs(port, waypoint.demo.DemoAccounts.ADMIN);
        PageClient.Page view = admin.get("/admin/accounts/" + person.id());
        assertThat(view.text()).contains("Second factor Passkeys");
        PageClient.Page reset = admin.post("/admin/accounts/" + person.id() + "/second-factor/reset", view, Map.of());
        assertThat(reset.status()).isEqualTo(302);
        assertThat(count(key)).isZero();
        assertThat(admin.get("/admin/accounts/" + person.id()).text()).contains("Second factor None");
    }

    @Test
    void a_passkey_is_named_on_the_server_before_the_browser_may_ask_the_device_for_one() {
        AccountSummary person = TestPeople.active(accounts, "passkeynamed", Role.LEARNER);
        PageClient owner = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        PageClient.Page account = owner.get("/account");
        assertThat(account.text()).contains("Add a passkey", "Passkey name").doesNotContain("Security code");
        // Spring's registration end points refuse a passkey the account page has not checked
        assertThat(owner.postJson("/webauthn/register/options", account, "").status()).isEqualTo(403);
        assertThat(owner.postJson("/webauthn/register", account, "{\"publicKey\":{\"label\":\"x\"}}").status())
                .isEqualTo(403);

        PageClient.Page blank = owner.post("/account/passkeys", account, Map.of("passkeyName", "   "));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.text()).contains("Error: Your account", "There is a problem", "Enter a name for your passkey");
        String tooLong = "Phone ".repeat(17).strip() + "!";
        PageClient.Page longName = owner.post("/account/passkeys", blank, Map.of("passkeyName", tooLong));
        assertThat(longName.text()).contains("The passkey name must be 100 characters or fewer");
        assertThat(longName.body()).contains("value=\"" + tooLong + "\"");
        assertThat(owner.postJson("/webauthn/register/options", longName, "").status()).isEqualTo(403);

        PageClient.Page named = owner.post("/account/passkeys", longName, Map.of("passkeyName", " My phone "));
        assertThat(named.location()).endsWith("/account#passkeys");
        PageClient.Page ready = owner.get("/account");
        assertThat(ready.text()).contains("Your device will now ask you to create the passkey ‘My phone’");
        assertThat(ready.body()).contains("data-passkey-name=\"My phone\"");
        assertThat(owner.postJson("/webauthn/register/options", ready, "").status()).isEqualTo(200);
        // and only for this person's session
        PageClient other = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        assertThat(other.postJson("/webauthn/register/options", other.get("/account"), "").status()).isEqualTo(403);
    }

    @Test
    void adding_a_passkey_needs_a_fresh_code_where_the_account_has_an_authenticator_app() {
        AccountSummary person = TestPeople.active(accounts, "passkeycode", Role.TUTOR);
        PageClient owner = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        assertThat(owner.get("/account").status()).isEqualTo(200);
        // the authenticator app is set up after this session's sign-in
        String secret = Totp.newSecret();
        long step = Totp.step(clock.instant());
        secondFactors.confirmAuthenticatorApp(new CurrentUser(person.id(), person.email(), person.displayName(),
                person.roles()), secret, Totp.code(secret, step));

        PageClient.Page account = owner.get("/account");
        assertThat(account.text()).contains("A passkey is another way into your account",
                "give a code from your authenticator app first", "Security code");
        PageClient.Page noCode = owner.post("/account/passkeys", account,
                Map.of("passkeyName", "Desk key", "passkeyCode", ""));
        assertThat(noCode.text()).contains("There is a problem", "Enter the code from your authenticator app");
        assertThat(noCode.body()).contains("value=\"Desk key\"");
        String wrongCode = "000000".equals(Totp.code(secret, Totp.step(clock.instant()))) ? "111111" : "000000";
        PageClient.Page wrong = owner.post("/account/passkeys", noCode,
                Map.of("passkeyName", "Desk key", "passkeyCode", wrongCode));
        assertThat(wrong.text()).contains("The code is not correct");
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE id = :id").param("id", person.id())
                .query(Integer.class).single()).as("a wrong code counts towards the lockout").isEqualTo(1);
        assertThat(owner.postJson("/webauthn/register/options", wrong, "").status()).isEqualTo(403);

        PageClient.Page named = owner.post("/account/passkeys", wrong,
                Map.of("passkeyName", "Desk key", "passkeyCode", Totp.code(secret, step + 1)));
        assertThat(named.location()).endsWith("/account#passkeys");
        PageClient.Page ready = owner.get("/account");
        assertThat(ready.text()).contains("create the passkey ‘Desk key’");
        assertThat(owner.postJson("/webauthn/register/options", ready, "").status()).isEqualTo(200);
    }

    /** A passkey of the person's own, as Spring Security stores one (the key itself is not checked here). */
    private String passkey(AccountSummary person, String name) {
        String entity = jdbc.sql("SELECT id FROM user_entities WHERE name = :email").param("email", person.email())
                .query(String.class).optional().orElseGet(() -> {
                    String made = UUID.randomUUID().toString().replace("-", "");
                    jdbc.sql("INSERT INTO user_entities (id, name, display_name) VALUES (:id, :email, :name)")
                            .param("id", made).param("email", person.email()).param("name", person.displayName())
                            .update();
                    return made;
                });
        String id = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                INSERT INTO user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
                    uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type,
                    backup_state, created, label)
                VALUES (:id, :entity, :key, 0, true, false, 'internal', 'public-key', false, now(), :name)""")
                .param("id", id).param("entity", entity).param("key", new byte[] {1, 2, 3}).param("name", name)
                .update();
        return id;
    }

    private long count(String passkeyId) {
        return jdbc.sql("SELECT count(*) FROM user_credentials WHERE credential_id = :id").param("id", passkeyId)
                .query(Long.class).single();
    }
}
