package waypoint.identity;

import waypoint.support.PageClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.WaypointTest;

/** The foundation issue's security list, checked over real HTTP: headers, cookies, CSRF, fixation, error pages. */
@WaypointTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void pages_carry_a_content_security_policy_and_the_other_usual_headers() {
        PageClient.Page page = PageClient.at(port).get("/sign-in");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }

    @Test
    void api_responses_carry_a_restrictive_policy_too() {
        PageClient.Page problem = PageClient.at(port).get("/api/v1/accounts");
        assertThat(problem.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(problem.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() {
        String cookie = sessionCookie(PageClient.at(port).get("/sign-in"));
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure() {
        String cookie = sessionCookie(PageClient.at(port).get("/sign-in", "X-Forwarded-Proto", "https"));
        assertThat(cookie).contains("Secure");
    }

    @Test
    void a_form_posted_without_its_csrf_token_is_refused() {
        PageClient browser = PageClient.signedInAs(port, DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD);
        PageClient.Page refused = browser.postWithout("/account/tokens", Map.of("name", "forged"));
        assertThat(refused.status()).isEqualTo(403);
        PageClient.Page signIn = PageClient.at(port).postWithout("/sign-in",
                Map.of("email", DemoAccounts.QUALITY.email(), "password", DemoAccounts.PASSWORD));
        assertThat(signIn.status()).isEqualTo(403);
    }

    @Test
    void signing_in_gives_a_new_session_id() {
        PageClient browser = PageClient.at(port);
        browser.get("/sign-in");
        String before = browser.sessionId().orElseThrow();
        browser.post("/sign-in", Map.of("email", DemoAccounts.QUALITY.email(), "password", DemoAccounts.PASSWORD));
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
    }

    @Test
    void after_signing_in_people_return_to_the_page_they_asked_for_but_not_to_a_font() {
        PageClient browser = PageClient.at(port);
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
        browser.get("/assets/fonts/bold.woff2", "Accept", "*/*");
        PageClient.Page signedIn = browser.signIn(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD);
        assertThat(signedIn.location()).contains("/account").doesNotContain("fonts");
    }

    @Test
    void signing_out_ends_the_session() {
        PageClient browser = PageClient.signedInAs(port, DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD);
        browser.get("/account");
        PageClient.Page out = browser.post("/sign-out", Map.of());
        assertThat(out.location()).endsWith("/sign-in?signed-out");
        assertThat(browser.get("/account").location()).endsWith("/sign-in");
    }

    @Test
    void an_unknown_page_is_the_404_page_without_a_stack_trace() {
        PageClient browser = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        for (String path : List.of("/no-such-page", "/learners/not-a-uuid", "/admin/accounts/not-a-uuid")) {
            PageClient.Page page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.text()).as(path).contains("Page not found")
                    .doesNotContain("Exception").doesNotContain("at waypoint.").doesNotContain("springframework");
        }
    }

    @Test
    void a_malformed_page_number_is_not_a_server_error() {
        PageClient browser = PageClient.signedInAs(port, DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        PageClient.Page page = browser.get("/admin/accounts?page=abc");
        assertThat(page.status()).isBetween(400, 499);
        assertThat(page.text()).doesNotContain("Exception");
    }

    private static String sessionCookie(PageClient.Page page) {
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("WAYPOINT_SESSION="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
    }
}
