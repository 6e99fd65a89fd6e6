package waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

import waypoint.demo.DemoAccounts;
import waypoint.shared.audit.RecordChanged;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The audit trail's page and API: administrators read it, everyone else is refused, bad filters are explained. */
@WaypointTest
class AuditTrailWebTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationEventPublisher events;

    private String recordEntries(int count) {
        String recordType = "Web test " + UUID.randomUUID();
        for (int i = 1; i <= count; i++) {
            events.publishEvent(new RecordChanged(recordType, "r" + i, RecordChanged.Action.UPDATED, "before " + i, "after " + i));
        }
        return recordType;
    }

    private Api api(DemoAccounts account) {
        return Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    private PageClient pages(DemoAccounts account) {
        return PageClient.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void an_administrator_reads_the_trail_through_the_api_page_by_page() {
        String recordType = recordEntries(27);
        Api admin = api(DemoAccounts.ADMIN);

        Api.Response first = admin.get("/api/v1/audit-events?recordType=" + recordType.replace(" ", "%20"));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("entries")).hasSize(25);
        assertThat(first.json().get("entries").get(0).get("recordId").asString()).isEqualTo("r27");
        String older = first.json().get("older").asString();

        Api.Response second = admin.get("/api/v1/audit-events?recordType=" + recordType.replace(" ", "%20") + "&before=" + older);
        assertThat(second.json().get("entries")).hasSize(2);
        assertThat(second.json().has("older")).isFalse();
    }

    @Test
    void a_tutor_is_refused_the_api_with_a_403_problem() {
        Api.Response response = api(DemoAccounts.TUTOR).get("/api/v1/audit-events");
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_tutor_is_refused_even_with_bad_filters() {
        assertThat(api(DemoAccounts.TUTOR).get("/api/v1/audit-events?from=yesterday").status()).isEqualTo(403);
    }

    @Test
    void bad_filters_are_a_400_problem_naming_the_field() {
        Api admin = api(DemoAccounts.ADMIN);
        assertThat(admin.get("/api/v1/audit-events?from=2026-02-30").json().get("errors").get(0).get("field").asString())
                .isEqualTo("from");
        assertThat(admin.get("/api/v1/audit-events?action=ERASED").json().get("errors").get(0).get("field").asString())
                .isEqualTo("action");
        assertThat(admin.get("/api/v1/audit-events?before=yesterday").json().get("errors").get(0).get("field").asString())
                .isEqualTo("before");
        assertThat(admin.get("/api/v1/audit-events?from=2026-05-02&to=2026-05-01").status()).isEqualTo(400);
    }

    @Test
    void an_administrator_sees_the_entries_with_a_link_to_older_ones() {
        String recordType = recordEntries(26);
        PageClient admin = pages(DemoAccounts.ADMIN);

        PageClient.Page page = admin.get("/admin/audit?recordType=" + recordType.replace(" ", "+"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("before 26").contains("after 26").contains("Older entries")
                .doesNotContain(">r1<");
        String olderLink = page.body().replaceAll("(?s).*href=\"([^\"]*)\" rel=\"next\".*", "$1").replace("&amp;", "&");
        PageClient.Page older = admin.get(olderLink);
        assertThat(older.body()).contains(">r1<").doesNotContain(">r2<").contains("Newest entries");
    }

    @Test
    void a_bad_date_on_the_page_is_shown_in_the_error_summary_with_what_was_typed() {
        PageClient.Page page = pages(DemoAccounts.ADMIN).get("/admin/audit?from=31%2F2%2F2026&action=SIGNED_IN");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-error-summary").contains("Enter the from date as a real date")
                .contains("value=\"31/2/2026\"").contains("<option value=\"SIGNED_IN\" selected=\"selected\"");
    }

    @Test
    void a_tutor_is_refused_the_page_with_a_403() {
        PageClient.Page page = pages(DemoAccounts.TUTOR).get("/admin/audit");
        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains("You do not have access to this page").doesNotContain("Filter entries");
    }

    @Test
    void only_administrators_see_the_audit_trail_in_the_navigation() {
        assertThat(pages(DemoAccounts.ADMIN).get("/").body()).contains("Audit trail").contains("Calendar");
        assertThat(pages(DemoAccounts.TUTOR).get("/").body()).doesNotContain("Audit trail");
    }
}
