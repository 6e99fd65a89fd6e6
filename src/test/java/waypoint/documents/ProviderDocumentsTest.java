package waypoint.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The provider's own documents: administrators publish versions (written or uploaded), everyone signed in reads the
 * current one and every earlier one, nobody else publishes, and bad input is answered with what to correct.
 */
@WaypointTest
class ProviderDocumentsTest {

    @LocalServerPort
    int port;

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void the_demo_provider_has_published_its_handbook_both_policies_and_its_privacy_notice() {
        var list = api(DemoAccounts.LEARNER).get("/api/v1/documents");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(4);
        list.json().forEach(d -> assertThat(d.get("current").get("number").asInt()).isPositive());
        // other tests publish later versions: the demo's own is version 1
        var complaints = api(DemoAccounts.EMPLOYER).get("/api/v1/documents/complaints-policy/versions/1").json();
        assertThat(complaints.get("body").asString()).contains("Complaints and Feedback Policy");
    }

    @Test
    void an_administrator_publishes_a_new_version_and_apprentices_and_employers_read_it_with_the_old_one_kept() {
        String marker = "Stage 2 is answered within 15 working days " + UUID.randomUUID();
        var published = api(DemoAccounts.ADMIN).post("/api/v1/documents/support-policy/versions",
                "{\"changeSummary\": \"Stage 2 timings\", \"body\": \"## Stages\\n\\n" + marker + "\\n- one\\n- two\"}");

        assertThat(published.status()).as(published.body()).isEqualTo(201);
        int number = published.json().get("number").asInt();
        assertThat(number).isGreaterThan(1);
        assertThat(published.json().get("sha256").asString()).hasSize(64);

        for (DemoAccounts reader : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.EMPLOYER, DemoAccounts.TUTOR}) {
            PageClient pages = PageClient.signedInAs(port, reader);
            var current = pages.get("/documents/support-policy");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.body()).contains(marker).contains("Version " + number).contains("Stage 2 timings");
            var earlier = pages.get("/documents/support-policy/versions/" + (number - 1));
            assertThat(earlier.status()).isEqualTo(200);
            assertThat(earlier.body()).doesNotContain(marker).contains("This is an earlier version");
        }
        var history = api(DemoAccounts.LEARNER).get("/api/v1/documents/support-policy").json().get("versions");
        assertThat(history.get(0).get("number").asInt()).isEqualTo(number);
        assertThat(history.get(0).get("changeSummary").asString()).isEqualTo("Stage 2 timings");
    }

    @Test
    void only_an_administrator_publishes() {
        for (DemoAccounts other : new DemoAccounts[] {DemoAccounts.TUTOR, DemoAccounts.QUALITY, DemoAccounts.LEARNER,
                DemoAccounts.EMPLOYER}) {
            var refused = api(other).post("/api/v1/documents/learner-handbook/versions",
                    "{\"changeSummary\": \"Mine\", \"body\": \"Text\"}");
            assertThat(refused.status()).as(other.name()).isEqualTo(403);
            PageClient pages = PageClient.signedInAs(port, other);
            assertThat(pages.get("/documents/learner-handbook/new-version").status()).as(other.name()).isEqualTo(403);
            assertThat(pages.get("/documents/learner-handbook").body()).doesNotContain("Publish a new version");
        }
        assertThat(PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/documents/learner-handbook").body())
                .contains("Publish a new version");
    }

    @Test
    void a_version_without_its_text_or_a_summary_is_refused_with_what_to_correct_and_nothing_is_published() {
        int before = api(DemoAccounts.ADMIN).get("/api/v1/documents/complaints-policy").json().get("versions").size();

        var api = api(DemoAccounts.ADMIN).post("/api/v1/documents/complaints-policy/versions", "{\"body\": \"  \"}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.contentType()).contains("application/problem+json");
        assertThat(api.body()).contains("changeSummary").contains("body");

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        admin.get("/documents/complaints-policy/new-version");
        var page = admin.post("/documents/complaints-policy/new-version", Map.of("changeSummary", "", "body",
                "Kept as typed"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Say what this version changes")
                .contains("Kept as typed");

        assertThat(api(DemoAccounts.ADMIN).get("/api/v1/documents/complaints-policy").json().get("versions").size())
                .isEqualTo(before);
        assertThat(api(DemoAccounts.ADMIN).get("/api/v1/documents/no-such-thing").status()).isEqualTo(404);
    }

    @Test
    void pasted_markup_is_shown_as_typed_never_run() {
        var published = api(DemoAccounts.ADMIN).post("/api/v1/documents/learner-handbook/versions",
                "{\"changeSummary\": \"Test\", \"body\": \"<script>alert(1)</script> and <b>bold</b>\"}");
        assertThat(published.status()).isEqualTo(201);

        String body = PageClient.signedInAs(port, DemoAccounts.LEARNER).get("/documents/learner-handbook").body();
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt; and bold").doesNotContain("<script>alert");
    }
}
