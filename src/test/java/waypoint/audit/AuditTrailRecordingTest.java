package waypoint.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import waypoint.demo.DemoAccounts;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.audit.SensitiveRecordViewed;
import waypoint.shared.calendar.BankHolidayUploadTest;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** What the audit trail writes down for a change or a sensitive view, and that nothing can rewrite it. */
@WaypointTest
class AuditTrailRecordingTest {

    static final CurrentUser ADMINISTRATOR = new CurrentUser(UUID.randomUUID(), "audit-reader@waypoint.test",
            "Audit Reader", Set.of(Role.ADMINISTRATOR));

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserAccounts accounts;

    private AuditSearch byRecordType(String recordType) {
        return new AuditSearch(recordType, null, null, null, null, null, null);
    }

    @Test
    void a_sign_in_through_the_api_is_recorded_with_the_address_it_came_from() throws Exception {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + DemoAccounts.QUALITY.email()
                        + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        String accountId = accounts.findByEmail(DemoAccounts.QUALITY.email()).orElseThrow().id().toString();

        AuditPage page = trail.search(ADMINISTRATOR, new AuditSearch("Account", accountId, "SIGNED_IN", null, null, null, null));

        assertThat(page.entries()).filteredOn(entry -> address.equals(entry.remoteAddress())).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo("Not signed in");
                    assertThat(entry.sensitive()).isFalse();
                });
    }

    @Test
    void a_change_by_a_signed_in_person_records_who_they_are_and_what_changed() throws Exception {
        String fileName = "bank-holidays-" + UUID.randomUUID() + ".json";
        PageClient.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD)
                .postFile("/admin/calendar", "/admin/calendar", "file", fileName, BankHolidayUploadTest.shippedFile());

        AuditPage page = trail.search(ADMINISTRATOR, byRecordType("Bank holidays file"));

        assertThat(page.entries()).filteredOn(entry -> entry.after().contains(fileName)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorName()).isEqualTo(DemoAccounts.ADMIN.displayName());
                    assertThat(entry.actorEmail()).isEqualTo(DemoAccounts.ADMIN.email());
                    assertThat(entry.actorId()).isNotNull();
                    assertThat(entry.remoteAddress()).isEqualTo("127.0.0.1");
                    assertThat(entry.action()).isEqualTo("CREATED");
                    assertThat(entry.before()).startsWith("in use: ");
                });
    }

    @Test
    void a_change_the_application_makes_by_itself_is_recorded_as_the_system() {
        String recordType = "Test record " + UUID.randomUUID();
        events.publishEvent(new RecordChanged(recordType, "42", RecordChanged.Action.UPDATED, "old", "new"));

        assertThat(trail.search(ADMINISTRATOR, byRecordType(recordType)).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.actorName()).isEqualTo("System");
            assertThat(entry.actorId()).isNull();
            assertThat(entry.remoteAddress()).isNull();
            assertThat(entry.before()).isEqualTo("old");
            assertThat(entry.after()).isEqualTo("new");
        });
    }

    @Test
    void a_view_of_a_sensitive_record_is_recorded_as_sensitive() {
        String recordType = "Test case " + UUID.randomUUID();
        events.publishEvent(new SensitiveRecordViewed(recordType, "7", "the case notes"));

        assertThat(trail.search(ADMINISTRATOR, byRecordType(recordType)).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditSearch.VIEWED);
            assertThat(entry.sensitive()).isTrue();
            assertThat(entry.after()).isEqualTo("the case notes");
        });
    }

    @Test
    void a_change_that_rolls_back_leaves_no_entry() {
        String recordType = "Test record " + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new RecordChanged(recordType, "1", RecordChanged.Action.CREATED, null, "made"));
            status.setRollbackOnly();
        });

        assertThat(trail.search(ADMINISTRATOR, byRecordType(recordType)).entries()).isEmpty();
    }

    @Test
    void the_database_refuses_to_update_an_entry() {
        String recordType = "Test record " + UUID.randomUUID();
        events.publishEvent(new RecordChanged(recordType, "1", RecordChanged.Action.CREATED, null, "made"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET after_summary = 'forged' WHERE record_type = :type")
                .param("type", recordType).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThat(trail.search(ADMINISTRATOR, byRecordType(recordType)).entries().get(0).after()).isEqualTo("made");
    }

    @Test
    void the_database_refuses_to_delete_or_truncate_entries() {
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
    }
}
