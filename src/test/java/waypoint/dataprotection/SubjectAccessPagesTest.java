package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.dataprotection.internal.SubjectAccessReminders;
import waypoint.dataprotection.internal.SubjectAccessRequests;
import waypoint.demo.DemoAccounts;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A learner asks for a copy of their data from their account; the data protection officer gathers it, reviews it and
 * releases it; the learner downloads it, and the download is in the audit trail. Who may do what is checked too.
 */
@WaypointTest
class SubjectAccessPagesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;
    @Autowired
    SubjectAccessRequests requests;
    @Autowired
    SubjectAccessReminders reminders;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    private CurrentUser user(DemoAccounts demo) {
        var a = accounts.findByEmail(demo.email()).orElseThrow();
        return new CurrentUser(a.id(), a.email(), a.displayName(), a.roles());
    }

    private int version(UUID id) {
        return jdbc.sql("SELECT version FROM subject_access_request WHERE id = :id").param("id", id).query(Integer.class)
                .single();
    }

    @Test
    void a_learner_asks_the_officer_gathers_and_releases_and_the_learner_downloads_their_data() {
        PageClient learner = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        var page = learner.get("/my-data");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Ask for a copy of your data");
        var asked = learner.post("/my-data/requests", page, Map.of("words", "Everything, please"));
        assertThat(asked.status()).isEqualTo(302);
        UUID id = jdbc.sql("""
                SELECT id FROM subject_access_request WHERE request_words = 'Everything, please'
                ORDER BY recorded_at DESC LIMIT 1""").query(UUID.class).single();
        assertThat(learner.follow(asked).text()).contains("We are preparing it");

        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        var list = officer.get("/data-protection/requests");
        assertThat(list.status()).isEqualTo(200);
        var show = officer.get("/data-protection/requests/" + id);
        assertThat(show.text()).contains("Lola Learner", "Identity checked", "Gather their data");
        var gathered = officer.post("/data-protection/requests/" + id + "/gather", show,
                Map.of("version", String.valueOf(version(id))));
        assertThat(gathered.status()).isEqualTo(302);
        show = officer.follow(gathered);
        assertThat(show.text()).contains("Ready for review", "Off-the-job training entries", "Release the pack");
        var released = officer.post("/data-protection/requests/" + id + "/release", show,
                Map.of("version", String.valueOf(version(id))));
        assertThat(released.status()).isEqualTo(302);
        assertThat(officer.follow(released).text()).contains("Released");

        var download = learner.get("/my-data/requests/" + id + "/pack");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/zip");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_id = :id AND action = 'VIEWED'""")
                .param("id", id.toString()).query(Long.class).single()).isPositive();
    }

    @Test
    void only_the_person_may_download_their_pack_and_only_the_officer_handles_a_request() {
        UUID id = requests.record(user(DemoAccounts.ADMIN), DemoAccounts.LEARNER.email(),
                requests.today().minusDays(3), "Recorded for the access test");
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        assertThat(tutor.get("/data-protection/requests").status()).isEqualTo(403);
        assertThat(tutor.get("/data-protection/requests/" + id).status()).isEqualTo(403);

        PageClient admin = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        var show = admin.get("/data-protection/requests/" + id);
        assertThat(show.status()).isEqualTo(200);
        assertThat(show.text()).doesNotContain("Save: identity checked");
        assertThat(admin.post("/data-protection/requests/" + id + "/identity", show,
                Map.of("note", "Seen", "version", String.valueOf(version(id)))).status()).isEqualTo(403);

        CurrentUser officer = user(DemoAccounts.DATA_PROTECTION_OFFICER);
        requests.checkIdentity(officer, id, version(id), "Confirmed by phone");
        requests.gather(officer, id, version(id));
        requests.release(officer, id, version(id), List.of("messages"), "Messages name colleagues who did not agree");

        PageClient employer = PageClient.signedInAs(port, DemoAccounts.EMPLOYER);
        assertThat(employer.get("/my-data/requests/" + id + "/pack").status()).isEqualTo(403);
        PageClient learner = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        assertThat(learner.get("/my-data").text()).contains("Some parts were not released");
    }

    @Test
    void the_officer_gets_a_clear_message_for_a_missing_identity_note_and_a_bad_extension() {
        UUID id = requests.record(user(DemoAccounts.DATA_PROTECTION_OFFICER), DemoAccounts.LEARNER.email(),
                requests.today(), "Recorded for the message test");
        PageClient officer = PageClient.signedInAs(port, DemoAccounts.DATA_PROTECTION_OFFICER);
        var show = officer.get("/data-protection/requests/" + id);
        var noNote = officer.post("/data-protection/requests/" + id + "/identity", show,
                Map.of("note", "", "version", String.valueOf(version(id))));
        assertThat(noNote.status()).isEqualTo(200);
        assertThat(noNote.text()).contains("There is a problem", "Say how you checked who they are");
        var noReason = officer.post("/data-protection/requests/" + id + "/extend", show,
                Map.of("months", "2", "reason", "", "version", String.valueOf(version(id))));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.text()).contains("Say why the deadline is extended");

        var record = officer.get("/data-protection/requests/new");
        var badDate = officer.post("/data-protection/requests/new", record,
                Map.of("learnerEmail", "nobody@learners.test", "receivedOn", "31 2 2026", "words", ""));
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.text()).contains("Enter a real date");
        var unknown = officer.post("/data-protection/requests/new", record,
                Map.of("learnerEmail", "nobody@learners.test", "receivedOn", "1 12 2026", "words", ""));
        assertThat(unknown.text()).contains("No apprentice has that email address");
    }

    @Test
    void the_officer_is_reminded_a_week_before_the_deadline_once() {
        LocalDate received = requests.today().minusDays(5);
        UUID id = requests.record(user(DemoAccounts.DATA_PROTECTION_OFFICER), DemoAccounts.LEARNER.email(), received,
                "Recorded for the reminder test");
        LocalDate due = received.plusMonths(1);
        String key = "sar:" + id + ":deadline:" + due + ":NEAR:%";

        reminders.remind(at(due.minusDays(8)));
        assertThat(notifications(key)).isZero();
        reminders.remind(at(due.minusDays(6)));
        reminders.remind(at(due.minusDays(5)));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(notifications(key)).isEqualTo(1));
    }

    private long notifications(String keyPattern) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE dedupe_key LIKE :key").param("key", keyPattern)
                .query(Long.class).single();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(8, 0).atZone(LONDON).toInstant(), LONDON);
    }
}
