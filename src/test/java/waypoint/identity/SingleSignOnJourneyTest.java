package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.internal.AccountAdministration;
import waypoint.identity.internal.FirstSignOnAccounts;
import waypoint.identity.internal.SignInRefusalsByAddress;
import waypoint.identity.internal.SignInSettings;
import waypoint.support.PageClient;
import waypoint.support.TestIdentityProvider;
import waypoint.support.WaypointTest;

/**
 * Staff sign in through their organisation's identity provider: a real OpenID Connect provider running beside the
 * suite (Spring Authorization Server), followed redirect by redirect as a browser would. Matched on a verified email
 * to an active staff account, or refused with a page that says why, and audited either way.
 */
@WaypointTest
class SingleSignOnJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    SignInSettings settings;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SignInRefusalsByAddress refusalsByAddress;

    private final TestIdentityProvider provider = TestIdentityProvider.get();

    private String app() {
        return "http://localhost:" + port;
    }

    /**
     * Presses the button, signs in at the provider, and stops at the provider's redirect back to Waypoint: the
     * address the browser is sent to, not yet followed.
     */
    private String signInAtTheProvider(PageClient browser, TestIdentityProvider.Person person) {
        return signInAtTheProvider(browser, person, address -> address);
    }

    /** The same, with each address at the provider changed on the way, as someone in the middle could change it. */
    private String signInAtTheProvider(PageClient browser, TestIdentityProvider.Person person,
            java.util.function.UnaryOperator<String> tampered) {
        PageClient.Page signIn = browser.get("/sign-in");
        assertThat(signIn.text()).contains(TestIdentityProvider.BUTTON);
        assertThat(signIn.body()).contains("href=\"/sign-in/single-sign-on/organisation\"");
        String address = app() + "/sign-in/single-sign-on/organisation";
        PageClient.Page page = browser.get(address);
        for (int step = 0; step < 10; step++) {
            if (page.status() == 200 && page.body().contains("name=\"username\"")) {
                address = provider.issuer() + "/login";
                page = browser.post(address, Map.of("username", person.username(), "password", person.password()));
                continue;
            }
            assertThat(page.status()).as("a redirect at " + address).isEqualTo(302);
            address = URI.create(address).resolve(page.location()).toString();
            if (address.startsWith(provider.issuer())) {
                address = tampered.apply(address);
            }
            if (address.startsWith(app())) {
                assertThat(address).contains("/sign-in/single-sign-on/callback/organisation?code=");
                return address;
            }
            page = browser.get(address);
        }
        throw new AssertionError("The provider never sent the browser back to Waypoint");
    }

    private long audited(String recordId, String action, String summaryPart) {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND action = :action "
                        + "AND after_summary LIKE :summary")
                .param("id", recordId).param("action", action).param("summary", "%" + summaryPart + "%")
                .query(Long.class).single();
    }

    @Test
    void a_member_of_staff_with_a_verified_email_signs_in_reaches_their_home_page_and_signs_out() {
        AccountSummary tutor = TestPeople.active(accounts, "ssotutor", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        String callback = signInAtTheProvider(browser, provider.addPerson(tutor.email(), true));

        PageClient.Page landed = browser.get(callback);
        assertThat(landed.status()).isEqualTo(302);
        assertThat(landed.location()).doesNotContain("sign-in");
        PageClient.Page home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.text()).contains(tutor.displayName());
        assertThat(browser.get("/account").text()).contains(tutor.email());
        assertThat(audited(tutor.id().toString(), "SIGNED_IN", "single sign-on")).isEqualTo(1);

        // signing out of Waypoint ends its session
        PageClient.Page out = browser.post("/sign-out", browser.get("/account"), Map.of());
        assertThat(out.location()).contains("/sign-in?signed-out");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void disabling_an_account_stops_a_single_sign_on_session_at_once_and_refuses_the_next() {
        AccountSummary lead = TestPeople.active(accounts, "ssodisabled", Role.LEAD);
        TestIdentityProvider.Person person = provider.addPerson(lead.email(), true);
        PageClient browser = PageClient.at(port);
        browser.get(signInAtTheProvider(browser, person));
        assertThat(browser.get("/account").status()).isEqualTo(200);

        AccountSummary admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        administration.disable(new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles()),
                lead.id());
        assertThat(browser.get("/account").location()).endsWith("/sign-in");

        PageClient again = PageClient.at(port);
        PageClient.Page refused = again.follow(again.get(signInAtTheProvider(again, person)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "Your Waypoint account has been disabled");
        assertThat(again.get("/account").location()).endsWith("/sign-in");
        assertThat(audited(lead.id().toString(), "SIGN_IN_FAILED", "the account is disabled")).isEqualTo(1);
    }

    @Test
    void an_email_with_no_account_is_refused_and_no_account_is_created() {
        String email = TestPeople.uniqueEmail("stranger");
        PageClient browser = PageClient.at(port);
        PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                provider.addPerson(email, true))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", email, "has no staff account");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(audited(email, "SIGN_IN_FAILED", "no staff account has this email address")).isEqualTo(1);
    }

    @Test
    void an_email_the_provider_has_not_verified_is_refused_even_when_an_account_has_it() {
        AccountSummary tutor = TestPeople.active(accounts, "unverified", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                provider.addPerson(tutor.email(), false))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "confirmed your email address");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        // the email names an account: the refusal counts towards its lockout, audited on it, like a wrong password
        assertThat(audited(tutor.id().toString(), "SIGN_IN_FAILED", "has not verified the email address"))
                .isEqualTo(1);
        assertThat(failedSignIns(tutor)).isEqualTo(1);

        // nor may the provider leave the question out
        PageClient silent = PageClient.at(port);
        assertThat(silent.follow(silent.get(signInAtTheProvider(silent, provider.addPerson(tutor.email(), null))))
                .status()).isEqualTo(403);
    }

    @Test
    void an_entra_organisation_account_whose_email_domain_is_verified_signs_in() {
        AccountSummary tutor = TestPeople.active(accounts, "ssoentra", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        browser.get(signInAtTheProvider(browser, provider.addEntraPerson(tutor.email())));
        assertThat(browser.get("/account").status()).isEqualTo(200);
    }

    @Test
    void an_apprentice_is_not_signed_in_by_single_sign_on_which_is_for_staff() {
        AccountSummary learner = TestPeople.active(accounts, "ssolearner", Role.LEARNER);
        PageClient browser = PageClient.at(port);
        PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                provider.addPerson(learner.email(), true))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(audited(learner.id().toString(), "SIGN_IN_FAILED", "not a staff account")).isEqualTo(1);
    }

    @Test
    void a_reply_whose_state_matches_no_sign_in_this_browser_started_is_refused_and_audited() {
        AccountSummary tutor = TestPeople.active(accounts, "ssostate", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        String callback = signInAtTheProvider(browser, provider.addPerson(tutor.email(), true));
        String forged = callback.replaceAll("state=[^&]+", "state=forged-state");

        PageClient.Page refused = browser.follow(browser.get(forged));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "did not belong to a sign-in started in this browser");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        assertThat(audited("unknown", "SIGN_IN_FAILED", "authorization_request_not_found")).isGreaterThanOrEqualTo(1);
        // and a refusal page reached directly shows nothing but the way back
        assertThat(PageClient.at(port).get("/sign-in/refused").location()).endsWith("/sign-in");
    }

    private int failedSignIns(AccountSummary account) {
        return jdbc.sql("SELECT failed_sign_ins FROM user_account WHERE id = :id").param("id", account.id())
                .query(Integer.class).single();
    }

    @Test
    void an_id_token_whose_nonce_does_not_match_the_sign_in_is_refused_and_counted_towards_its_accounts_lockout() {
        AccountSummary tutor = TestPeople.active(accounts, "ssononce", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        // the provider is asked for another nonce than the one this browser's sign-in holds
        String callback = signInAtTheProvider(browser, provider.addPerson(tutor.email(), true),
                address -> address.replaceAll("nonce=[^&]+", "nonce=someone-elses-nonce"));

        PageClient.Page refused = browser.follow(browser.get(callback));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "could not be checked", "This attempt has been recorded");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        assertThat(audited(tutor.id().toString(), "SIGN_IN_FAILED", "invalid_nonce")).isEqualTo(1);
        assertThat(failedSignIns(tutor)).isEqualTo(1);
    }

    @Test
    void an_identity_provider_that_cannot_be_reached_is_refused_with_a_page_that_says_so() {
        AccountSummary tutor = TestPeople.active(accounts, "ssodown", Role.TUTOR);
        PageClient browser = PageClient.at(port);
        String callback = signInAtTheProvider(browser, provider.addPerson(tutor.email(), true));
        PageClient.Page refused;
        try {
            // the provider stops answering before Waypoint exchanges the code for the ID token
            provider.goDown();
            refused = browser.follow(browser.get(callback));
        } finally {
            provider.comeBack();
        }
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "could not reach your organisation's sign-in",
                "sign in with your email address and password");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        assertThat(audited("unknown", "SIGN_IN_FAILED", "could not be reached (invalid_token_response)"))
                .isGreaterThanOrEqualTo(1);
        assertThat(failedSignIns(tutor)).isZero();
    }

    @Test
    void replies_naming_no_sign_in_count_against_their_address_which_then_waits_for_the_hour() {
        String address = "203.0." + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 255) + "."
                + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        PageClient browser = PageClient.at(port);
        for (int i = 0; i < refusalsByAddress.perHour(); i++) {
            PageClient.Page forged = browser.get("/sign-in/single-sign-on/callback/organisation?code=guess&state="
                    + i, "X-Forwarded-For", address);
            assertThat(forged.location()).endsWith("/sign-in/refused");
            assertThat(browser.follow(forged).status()).isEqualTo(403);
        }

        PageClient.Page paused = browser.get("/sign-in/single-sign-on/organisation", "X-Forwarded-For", address);
        assertThat(paused.location()).endsWith("/sign-in/refused");
        PageClient.Page page = browser.follow(paused);
        assertThat(page.status()).isEqualTo(429);
        assertThat(page.text()).contains("You cannot sign in", "too many sign-ins from your network",
                "Sign in with your email address and password");
        // another address is not held back
        PageClient elsewhere = PageClient.at(port);
        assertThat(elsewhere.get("/sign-in/single-sign-on/organisation").location()).startsWith(provider.issuer());
    }

    @Test
    void the_providers_multi_factor_sign_in_counts_as_the_second_factor_and_a_password_alone_does_not() {
        Set<Role> before = settings.rolesNeedingSecondFactor();
        try {
            settings.change(EnumSet.of(Role.QUALITY));
            AccountSummary quality = TestPeople.active(accounts, "ssomfa", Role.QUALITY);

            PageClient withMfa = PageClient.at(port);
            withMfa.get(signInAtTheProvider(withMfa, provider.addPerson(quality.email(), true, "pwd", "mfa")));
            assertThat(withMfa.get("/account").status()).isEqualTo(200);
            assertThat(audited(quality.id().toString(), "SIGNED_IN", "multi-factor")).isEqualTo(1);

            PageClient passwordOnly = PageClient.at(port);
            passwordOnly.get(signInAtTheProvider(passwordOnly, provider.addPerson(quality.email(), true, "pwd")));
            assertThat(passwordOnly.get("/account").location()).endsWith("/account/second-factor/set-up");
        } finally {
            settings.change(before);
        }
    }

    // Accounts on first single sign-on (docs/domain/sign-in.md): off unless the provider turns it on

    private static String uniqueDomain() {
        return "sso-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".example.test";
    }

    private CurrentUser administrator() {
        AccountSummary admin = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        return new CurrentUser(admin.id(), admin.email(), admin.displayName(), admin.roles());
    }

    /** Runs the step with a first single sign-on creating accounts of the role for the domains, then turns it off. */
    private void withFirstSignOnAccounts(Role role, java.util.List<String> domains, Runnable step) {
        FirstSignOnAccounts before = settings.firstSignOnAccounts();
        settings.changeFirstSignOnAccounts(administrator(), new FirstSignOnAccounts(true, role, domains));
        try {
            step.run();
        } finally {
            settings.changeFirstSignOnAccounts(administrator(), before);
        }
    }

    @Test
    void a_first_single_sign_on_creates_a_staff_account_with_the_chosen_role_when_the_provider_turned_it_on() {
        String domain = uniqueDomain();
        String email = "priya.shah@" + domain;
        withFirstSignOnAccounts(Role.TUTOR, java.util.List.of("other.example.test", domain), () -> {
            PageClient browser = PageClient.at(port);
            PageClient.Page landed = browser.get(signInAtTheProvider(browser,
                    provider.addNamedPerson(email, true, "Priya Shah")));
            assertThat(landed.status()).isEqualTo(302);
            assertThat(landed.location()).doesNotContain("sign-in");
            assertThat(browser.get("/").text()).contains("Priya Shah");

            AccountSummary created = accounts.findByEmail(email).orElseThrow();
            assertThat(created.displayName()).isEqualTo("Priya Shah");
            assertThat(created.roles()).containsExactly(Role.TUTOR);
            assertThat(created.status()).isEqualTo(AccountStatus.ACTIVE);
            // the staff record an administrator's "add staff" makes, with the account, name and role
            assertThat(jdbc.sql("""
                    SELECT count(*) FROM staff_member s JOIN staff_role r ON r.staff_id = s.id
                     WHERE s.account_id = :account AND s.name = 'Priya Shah' AND r.role = 'TUTOR'""")
                    .param("account", created.id()).query(Long.class).single()).isEqualTo(1);
            assertThat(audited(created.id().toString(), "CREATED",
                    "account created on first single sign-on: Tutor, email domain " + domain)).isEqualTo(1);
            assertThat(audited(created.id().toString(), "SIGNED_IN", "single sign-on")).isEqualTo(1);

            // the administrators' list marks it
            PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
            assertThat(admin.get("/admin/accounts?q=" + email).text())
                    .contains("Priya Shah", "Created at first single sign-on");

            // the next single sign-on finds the account and creates nothing more
            PageClient again = PageClient.at(port);
            again.get(signInAtTheProvider(again, provider.addNamedPerson(email, true, "Priya Shah")));
            assertThat(again.get("/account").status()).isEqualTo(200);
            assertThat(jdbc.sql("SELECT count(*) FROM staff_member WHERE email = :email").param("email", email)
                    .query(Long.class).single()).isEqualTo(1);
        });
    }

    @Test
    void an_account_created_on_first_single_sign_on_meets_the_second_factor_rules_of_its_role() {
        Set<Role> before = settings.rolesNeedingSecondFactor();
        String domain = uniqueDomain();
        try {
            settings.change(EnumSet.of(Role.LEAD));
            withFirstSignOnAccounts(Role.LEAD, java.util.List.of(domain), () -> {
                PageClient browser = PageClient.at(port);
                browser.get(signInAtTheProvider(browser, provider.addNamedPerson("new.lead@" + domain, true,
                        "New Lead")));
                assertThat(accounts.findByEmail("new.lead@" + domain).orElseThrow().roles())
                        .containsExactly(Role.LEAD);
                assertThat(browser.get("/account").location()).endsWith("/account/second-factor/set-up");
            });
        } finally {
            settings.change(before);
        }
    }

    @Test
    void a_first_single_sign_on_creates_no_account_when_the_setting_is_off() {
        String domain = uniqueDomain();
        withFirstSignOnAccounts(Role.TUTOR, java.util.List.of(domain), () -> {
        });
        assertThat(settings.firstSignOnAccounts().on()).isFalse();
        String email = "off@" + domain;
        PageClient browser = PageClient.at(port);
        PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                provider.addNamedPerson(email, true, "Off Tester"))));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("You cannot sign in", "has no staff account", "Ask a Waypoint administrator");
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(audited(email, "SIGN_IN_FAILED", "no staff account has this email address")).isEqualTo(1);
    }

    @Test
    void a_first_single_sign_on_from_a_domain_not_listed_or_a_sub_domain_of_one_is_refused() {
        String domain = uniqueDomain();
        withFirstSignOnAccounts(Role.LEAD, java.util.List.of(domain), () -> {
            for (String email : java.util.List.of("someone@staff." + domain, "someone@" + uniqueDomain())) {
                PageClient browser = PageClient.at(port);
                PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                        provider.addNamedPerson(email, true, "Someone Else"))));
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.text()).contains("You cannot sign in", email, "could not create one for you",
                        "Ask a Waypoint administrator to give you an account");
                assertThat(browser.get("/account").location()).endsWith("/sign-in");
                assertThat(accounts.findByEmail(email)).isEmpty();
                assertThat(audited(email, "SIGN_IN_FAILED", "its domain is not one the provider lets")).isEqualTo(1);
            }
        });
    }

    @Test
    void a_first_single_sign_on_with_an_email_the_provider_has_not_verified_creates_no_account() {
        String domain = uniqueDomain();
        withFirstSignOnAccounts(Role.TUTOR, java.util.List.of(domain), () -> {
            String email = "unverified@" + domain;
            PageClient browser = PageClient.at(port);
            PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                    provider.addNamedPerson(email, false, "Not Verified"))));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains("You cannot sign in", "confirmed your email address");
            assertThat(accounts.findByEmail(email)).isEmpty();
            assertThat(audited(email, "SIGN_IN_FAILED", "has not verified the email address")).isEqualTo(1);
        });
    }

    @Test
    void a_disabled_account_at_a_listed_domain_stays_disabled_and_is_refused() {
        String domain = uniqueDomain();
        AccountSummary lead = accounts.createWithPassword("disabled@" + domain, "Disabled Lead", Set.of(Role.LEAD),
                TestPeople.PASSWORD);
        administration.disable(administrator(), lead.id());
        withFirstSignOnAccounts(Role.TUTOR, java.util.List.of(domain), () -> {
            PageClient browser = PageClient.at(port);
            PageClient.Page refused = browser.follow(browser.get(signInAtTheProvider(browser,
                    provider.addNamedPerson(lead.email(), true, "Disabled Lead"))));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.text()).contains("Your Waypoint account has been disabled");
            assertThat(accounts.findByEmail(lead.email()).orElseThrow().status()).isEqualTo(AccountStatus.DISABLED);
            assertThat(audited(lead.id().toString(), "SIGN_IN_FAILED", "the account is disabled")).isEqualTo(1);
        });
    }

    @Test
    void an_administrator_turns_accounts_on_first_single_sign_on_on_and_off_and_bad_input_is_named_on_the_form() {
        FirstSignOnAccounts before = settings.firstSignOnAccounts();
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        try {
            PageClient.Page page = admin.get("/admin/sign-in-settings");
            assertThat(page.text()).contains(
                    "Create a staff account the first time someone signs in through your identity provider",
                    "Only a tutor or a lead");

            PageClient.Page nothing = admin.post("/admin/sign-in-settings/first-sign-on", page, Map.of());
            assertThat(nothing.status()).isEqualTo(200);
            assertThat(nothing.text()).contains("There is a problem",
                    "Select yes if a first single sign-on should create a staff account");
            assertThat(nothing.body()).contains("href=\"#createAccounts\"", "<title>Error: ");

            PageClient.Page wrong = admin.post("/admin/sign-in-settings/first-sign-on", page, Map.of(
                    "createAccounts", "yes", "role", "ADMINISTRATOR", "domains", "example.ac.uk\nnot a domain!"));
            assertThat(wrong.status()).isEqualTo(200);
            assertThat(wrong.text()).contains("There is a problem", "Select the role to give: tutor or lead",
                    "Enter email domains like example.ac.uk: not, a, domain! are not domains");
            assertThat(wrong.body()).contains("href=\"#role\"", "href=\"#domains\"", "not a domain!");

            PageClient.Page none = admin.post("/admin/sign-in-settings/first-sign-on", page, Map.of(
                    "createAccounts", "yes", "role", "TUTOR", "domains", "  "));
            assertThat(none.text()).contains("Enter at least one email domain, like example.ac.uk");
            assertThat(settings.firstSignOnAccounts().on()).isEqualTo(before.on());

            String domain = uniqueDomain();
            PageClient.Page saved = admin.post("/admin/sign-in-settings/first-sign-on", page, Map.of(
                    "createAccounts", "yes", "role", "LEAD", "domains", "@" + domain.toUpperCase()));
            assertThat(saved.location()).endsWith("/admin/sign-in-settings");
            assertThat(settings.firstSignOnAccounts()).isEqualTo(
                    new FirstSignOnAccounts(true, Role.LEAD, java.util.List.of(domain)));
            assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE record_type = 'SignInSettings' "
                            + "AND before_summary = :before AND after_summary = :after")
                    .param("before", before.describe())
                    .param("after", "a first single sign-on creates a Lead account for email addresses at " + domain)
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(admin.get("/admin/sign-in-settings").body()).contains(domain);

            PageClient.Page off = admin.post("/admin/sign-in-settings/first-sign-on", page,
                    Map.of("createAccounts", "no"));
            assertThat(off.location()).endsWith("/admin/sign-in-settings");
            assertThat(settings.firstSignOnAccounts()).isEqualTo(FirstSignOnAccounts.off());
        } finally {
            settings.changeFirstSignOnAccounts(administrator(), before);
        }
    }

    @Test
    void only_an_administrator_sees_or_changes_whether_a_first_single_sign_on_creates_an_account() {
        AccountSummary tutor = TestPeople.active(accounts, "nofirstsignon", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, tutor.email(), TestPeople.PASSWORD);
        assertThat(browser.get("/admin/sign-in-settings").status()).isEqualTo(403);
        PageClient.Page denied = browser.post("/admin/sign-in-settings/first-sign-on", browser.get("/account"),
                Map.of("createAccounts", "yes", "role", "TUTOR", "domains", uniqueDomain()));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(settings.firstSignOnAccounts().on()).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.changeFirstSignOnAccounts(
                        new CurrentUser(tutor.id(), tutor.email(), tutor.displayName(), tutor.roles()),
                        new FirstSignOnAccounts(true, Role.TUTOR, java.util.List.of(uniqueDomain()))))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
