package waypoint.identity;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.identity.internal.AccountTokens;
import waypoint.identity.internal.ApiTokens;
import waypoint.shared.NotFoundException;
import waypoint.support.WaypointTest;

/** /account: a person's own details, password and API tokens, and nobody else's. */
@WaypointTest
class AccountPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AccountTokens tokens;
    @Autowired
    ApiTokens apiTokens;

    @Test
    void the_account_page_shows_the_name_email_and_roles_by_their_labels() {
        AccountSummary person = TestPeople.active(accounts, "multirole", Role.TUTOR, Role.SAFEGUARDING_LEAD);
        PageClient.Page page = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD).get("/account");
        assertThat(page.text()).contains(person.displayName()).contains(person.email())
                .contains("Tutor").contains("Safeguarding lead").contains("Change password");
    }

    @Test
    void a_named_token_is_shown_once_listed_and_works_until_revoked() throws Exception {
        AccountSummary person = TestPeople.active(accounts, "scripter", Role.QUALITY);
        PageClient browser = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        browser.get("/account");

        PageClient.Page created = browser.post("/account/tokens", Map.of("name", "Weekly report"));
        assertThat(created.location()).contains("/account");
        PageClient.Page shown = browser.get("/account");
        String token = shown.body().replaceAll("(?s).*id=\"issued-token\"[^>]*value=\"(wp_[^\"]+)\".*", "$1");
        assertThat(token).startsWith("wp_");
        assertThat(shown.text()).contains("Weekly report").contains("Active");
        assertThat(browser.get("/account").body()).doesNotContain(token);

        assertThat(statusOfApiCall(token)).isEqualTo(403);
        ApiTokens.TokenSummary listed = tokens.list(currentUser(person), 0).items().get(0);
        browser.post("/account/tokens/" + listed.id() + "/revoke", Map.of());

        assertThat(browser.get("/account").text()).contains("Revoked");
        assertThat(statusOfApiCall(token)).isEqualTo(401);
    }

    @Test
    void a_token_needs_a_name() {
        AccountSummary person = TestPeople.active(accounts, "nameless", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        browser.get("/account");
        PageClient.Page page = browser.post("/account/tokens", Map.of("name", "  "));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem").contains("Enter a name for the token");
    }

    @Test
    void nobody_can_revoke_someone_elses_token_through_the_page() {
        AccountSummary owner = TestPeople.active(accounts, "owner", Role.TUTOR);
        AccountSummary other = TestPeople.active(accounts, "other", Role.ADMINISTRATOR);
        ApiTokens.IssuedToken issued = tokens.create(currentUser(owner), "Owner's script");
        PageClient browser = PageClient.signedInAs(port, other.email(), TestPeople.PASSWORD);
        browser.get("/account");

        PageClient.Page refused = browser.post("/account/tokens/" + issued.id() + "/revoke", Map.of());

        assertThat(refused.status()).isEqualTo(404);
        assertThat(apiTokens.authenticate(issued.token())).contains(owner.id());
    }

    @Test
    void nobody_can_revoke_someone_elses_token_through_the_service() {
        AccountSummary owner = TestPeople.active(accounts, "owner", Role.TUTOR);
        AccountSummary other = TestPeople.active(accounts, "other", Role.TUTOR);
        ApiTokens.IssuedToken issued = tokens.create(currentUser(owner), "Owner's script");

        assertThatThrownBy(() -> tokens.revoke(currentUser(other), issued.id())).isInstanceOf(NotFoundException.class);
        assertThat(tokens.list(currentUser(other), 0).items()).isEmpty();
        assertThat(apiTokens.authenticate(issued.token())).contains(owner.id());

        tokens.revoke(currentUser(owner), issued.id());
        assertThat(apiTokens.authenticate(issued.token())).isEmpty();
    }

    @Test
    void a_person_changes_their_password_by_giving_the_current_one() {
        AccountSummary person = TestPeople.active(accounts, "changer", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        browser.get("/account/password");

        PageClient.Page wrong = browser.post("/account/password", Map.of("currentPassword", "not it",
                "password", "new long password", "confirmPassword", "new long password"));
        assertThat(wrong.text()).contains("Your current password is not correct");

        PageClient.Page changed = browser.post("/account/password", Map.of("currentPassword", TestPeople.PASSWORD,
                "password", "new long password", "confirmPassword", "new long password"));
        assertThat(changed.location()).endsWith("/account");
        assertThat(browser.get("/account").text()).contains("Your password has been changed");
        assertThat(PageClient.at(port).signIn(person.email(), "new long password").location())
                .doesNotContain("/sign-in");
    }

    @Test
    void a_new_password_must_follow_the_rules_too() {
        AccountSummary person = TestPeople.active(accounts, "ruled", Role.TUTOR);
        PageClient browser = PageClient.signedInAs(port, person.email(), TestPeople.PASSWORD);
        browser.get("/account/password");
        PageClient.Page page = browser.post("/account/password", Map.of("currentPassword", "",
                "password", "short", "confirmPassword", "short"));
        assertThat(page.text()).contains("Enter your current password").contains("Password must be 12 characters or more");
        assertThat(page.body().indexOf("#currentPassword")).isLessThan(page.body().indexOf("#password\""));
    }

    /** A quality lead's token reaches the API (and is refused the administrators' part); a dead one is not. */
    private int statusOfApiCall(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/accounts"))
                .header("Authorization", "Bearer " + token).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static CurrentUser currentUser(AccountSummary account) {
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
