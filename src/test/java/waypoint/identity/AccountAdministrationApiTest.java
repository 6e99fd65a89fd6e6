package waypoint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/** /api/v1/accounts: administrators find, unlock and re-invite accounts; nobody else may. */
@WaypointTest
class AccountAdministrationApiTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;

    @Test
    void an_administrator_finds_accounts_by_part_of_an_email_or_name() {
        AccountSummary person = TestPeople.invited(accounts, "findable", Role.TUTOR);
        Api admin = signedIn(DemoAccounts.ADMIN);

        Api.Response byEmail = admin.get("/api/v1/accounts?q=" + person.email().substring(0, 17));
        assertThat(byEmail.status()).isEqualTo(200);
        assertThat(byEmail.json().get("items").get(0).get("email").asString()).isEqualTo(person.email());
        assertThat(byEmail.json().get("items").get(0).get("status").asString()).isEqualTo("INVITED");
        assertThat(byEmail.json().get("size").asInt()).isEqualTo(25);

        Api.Response invited = admin.get("/api/v1/accounts?state=invited&q=findable");
        assertThat(invited.body()).contains(person.email());
        Api.Response active = admin.get("/api/v1/accounts?state=active&q=findable");
        assertThat(active.body()).doesNotContain(person.email());
    }

    @Test
    void a_search_for_a_percent_sign_matches_only_a_percent_sign() {
        Api.Response response = signedIn(DemoAccounts.ADMIN).get("/api/v1/accounts?q=%25%25%25");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("total").asLong()).isZero();
    }

    @Test
    void an_administrator_unlocks_an_account_locked_by_failed_api_sign_ins() {
        AccountSummary person = TestPeople.active(accounts, "apilocked", Role.TUTOR);
        for (int i = 0; i < 5; i++) {
            Api.at(port).post("/api/v1/auth/token", credentials(person.email(), "wrong password"));
        }
        Api.Response refused = Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("title").asString()).isEqualTo("Account locked");

        Api admin = signedIn(DemoAccounts.ADMIN);
        assertThat(admin.get("/api/v1/accounts/" + person.id()).json().get("locked").asBoolean()).isTrue();
        Api.Response unlocked = admin.post("/api/v1/accounts/" + person.id() + "/unlock", "");

        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().get("locked").asBoolean()).isFalse();
        assertThat(Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void an_administrator_sends_an_invited_person_a_new_invitation() {
        AccountSummary person = TestPeople.invited(accounts, "reinvite", Role.LEARNER);
        Api.Response response = signedIn(DemoAccounts.ADMIN).post("/api/v1/accounts/" + person.id() + "/invitation", "");
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.json().get("status").asString()).isEqualTo("INVITED");
    }

    @Test
    void an_account_that_already_has_a_password_is_not_sent_an_invitation() {
        AccountSummary person = TestPeople.active(accounts, "settled", Role.TUTOR);
        Api.Response response = signedIn(DemoAccounts.ADMIN).post("/api/v1/accounts/" + person.id() + "/invitation", "");
        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_disabled_account_cannot_get_a_token_until_it_is_enabled() {
        AccountSummary person = TestPeople.active(accounts, "paused", Role.TUTOR);
        Api admin = signedIn(DemoAccounts.ADMIN);
        Api own = Api.at(port).signedInAs(person.email(), TestPeople.PASSWORD);

        assertThat(admin.post("/api/v1/accounts/" + person.id() + "/disable", "").json().get("status").asString())
                .isEqualTo("DISABLED");
        assertThat(Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD)).status())
                .isEqualTo(401);
        assertThat(own.get("/api/v1/accounts/" + person.id()).status()).isEqualTo(401);

        admin.post("/api/v1/accounts/" + person.id() + "/enable", "");
        assertThat(Api.at(port).post("/api/v1/auth/token", credentials(person.email(), TestPeople.PASSWORD)).status())
                .isEqualTo(200);
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        Api admin = signedIn(DemoAccounts.ADMIN);
        String id = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow().id().toString();
        assertThat(admin.post("/api/v1/accounts/" + id + "/disable", "").status()).isEqualTo(409);
    }

    @Test
    void a_tutor_may_not_list_unlock_or_invite_accounts() {
        AccountSummary person = TestPeople.invited(accounts, "target", Role.LEARNER);
        Api tutor = signedIn(DemoAccounts.TUTOR);

        Api.Response list = tutor.get("/api/v1/accounts");
        assertThat(list.status()).isEqualTo(403);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(list.body()).doesNotContain("@waypoint.test");
        assertThat(tutor.get("/api/v1/accounts/" + person.id()).status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/accounts/" + person.id() + "/unlock", "").status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/accounts/" + person.id() + "/invitation", "").status()).isEqualTo(403);
        assertThat(tutor.post("/api/v1/accounts/" + person.id() + "/disable", "").status()).isEqualTo(403);
    }

    @Test
    void an_unknown_account_is_a_404_problem_and_a_malformed_id_a_400() {
        Api admin = signedIn(DemoAccounts.ADMIN);
        assertThat(admin.get("/api/v1/accounts/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        Api.Response malformed = admin.get("/api/v1/accounts/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_api_documentation_lists_the_account_endpoints_without_the_signed_in_person_as_a_parameter() {
        Api.Response docs = Api.at(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/accounts/{id}/unlock");
        assertThat(docs.json().get("paths").get("/api/v1/accounts").get("get").get("parameters").toString())
                .contains("\"q\"").doesNotContain("\"user\"").doesNotContain("CurrentUser");
    }

    private Api signedIn(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
