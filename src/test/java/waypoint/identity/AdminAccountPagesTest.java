package waypoint.identity;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.WaypointTest;

/** /admin/accounts: an administrator's pages, refused to everyone else with the 403 page. */
@WaypointTest
class AdminAccountPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void an_administrator_sees_a_locked_account_with_its_badge_and_unlocks_it() {
        AccountSummary person = TestPeople.active(accounts, "badged", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            PageClient.at(port).signIn(person.email(), "wrong password");
        }
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);

        PageClient.Page list = admin.get("/admin/accounts?state=locked&q=" + person.email());
        assertThat(list.text()).contains(person.displayName()).contains("Locked").contains("Showing 1 to 1 of 1 account");
        PageClient.Page detail = admin.get("/admin/accounts/" + person.id());
        assertThat(detail.text()).contains("Locked after repeated failed sign-ins").contains("Unlock account");

        PageClient.Page unlocked = admin.post("/admin/accounts/" + person.id() + "/unlock", Map.of());
        assertThat(unlocked.location()).endsWith("/admin/accounts/" + person.id());
        assertThat(admin.get("/admin/accounts/" + person.id()).text())
                .contains("The account has been unlocked").contains("Not locked");
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location()).doesNotContain("/sign-in");
    }

    @Test
    void disabling_an_account_ends_its_open_session_and_enabling_lets_it_sign_in_again() {
        AccountSummary person = TestPeople.active(accounts, "leaver", Role.TUTOR);
        PageClient theirs = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        assertThat(theirs.get("/account").status()).isEqualTo(200);
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        admin.get("/admin/accounts/" + person.id());

        admin.post("/admin/accounts/" + person.id() + "/disable", Map.of());

        assertThat(admin.get("/admin/accounts/" + person.id()).text()).contains("Disabled").contains("Enable account");
        assertThat(theirs.get("/account").location()).endsWith("/sign-in");
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location()).contains("error");
        admin.post("/admin/accounts/" + person.id() + "/enable", Map.of());
        assertThat(PageClient.at(port).signIn(person.email(), TestPeople.PASSWORD).location()).doesNotContain("/sign-in");
    }

    @Test
    void the_account_list_is_paginated() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        for (int i = 0; i < 26; i++) {
            TestPeople.invited(accounts, "paged", Role.LEARNER);
        }
        PageClient.Page first = admin.get("/admin/accounts?q=paged-");
        assertThat(first.body()).contains("govuk-pagination").contains("page=1");
        PageClient.Page second = admin.get("/admin/accounts?q=paged-&state=all&page=1");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text()).contains("Showing 26 to");
    }

    @Test
    void a_state_problem_is_shown_on_the_account_page() {
        AccountSummary person = TestPeople.active(accounts, "noinvite", Role.TUTOR);
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        admin.get("/admin/accounts/" + person.id());
        admin.post("/admin/accounts/" + person.id() + "/invitation", Map.of());
        assertThat(admin.get("/admin/accounts/" + person.id()).text()).contains("has already set a password");
    }

    @Test
    void administrators_have_an_accounts_link_and_tutors_do_not() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        assertThat(admin.get("/").body()).contains("href=\"/admin/accounts\"");
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get("/").body()).doesNotContain("href=\"/admin/accounts\"");
    }

    @Test
    void a_tutor_gets_the_403_page_for_the_accounts_pages_and_their_forms() {
        AccountSummary person = TestPeople.active(accounts, "protected", Role.LEARNER);
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);

        PageClient.Page list = tutor.get("/admin/accounts");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.text()).contains("You do not have access to this page").doesNotContain("@waypoint.test");
        assertThat(tutor.get("/admin/accounts/" + person.id()).status()).isEqualTo(403);
        tutor.get("/account");
        assertThat(tutor.post("/admin/accounts/" + person.id() + "/disable", Map.of()).status()).isEqualTo(403);
        assertThat(accounts.find(person.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void an_unknown_or_malformed_account_address_is_the_404_page() {
        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        PageClient.Page unknown = admin.get("/admin/accounts/00000000-0000-0000-0000-000000000000");
        assertThat(unknown.status()).isEqualTo(404);
        PageClient.Page malformed = admin.get("/admin/accounts/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.text()).contains("Page not found").doesNotContain("Exception");
    }
}
