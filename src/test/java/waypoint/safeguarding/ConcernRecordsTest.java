package waypoint.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** What the case log keeps: every view in the audit trail, the narrative encrypted at rest, the workflow's refusals. */
@WaypointTest
class ConcernRecordsTest {

    @LocalServerPort
    int port;
    @Autowired
    SafeguardingImport safeguarding;
    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    SafeguardingFixtures fixtures;
    String secret;
    UUID concern;

    @BeforeEach
    void setUp() {
        fixtures = new SafeguardingFixtures(safeguarding, accounts);
        secret = "secret-" + SafeguardingFixtures.unique();
        concern = fixtures.raisedByLola(ConcernKind.SAFEGUARDING, secret);
    }

    long views() {
        return jdbc.sql("SELECT count(*) FROM audit_event WHERE record_id = :id AND action = 'VIEWED' AND sensitive")
                .param("id", concern.toString()).query(Long.class).single();
    }

    @Test
    void every_view_of_a_concern_through_the_api_or_a_page_is_in_the_audit_trail_with_who_viewed_it() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.SAFEGUARDING);

        lead.get("/api/v1/concerns/" + concern);
        assertThat(views()).isEqualTo(1);
        pages.get("/concerns/" + concern);
        pages.get("/concerns/" + concern);
        assertThat(views()).isEqualTo(3);
        assertThat(jdbc.sql("""
                SELECT DISTINCT actor_email FROM audit_event WHERE record_id = :id AND action = 'VIEWED'""")
                .param("id", concern.toString()).query(String.class).list())
                .containsExactly(DemoAccounts.SAFEGUARDING.email());
    }

    @Test
    void a_refused_read_is_not_a_view_and_the_audit_trail_never_holds_the_narrative() {
        Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD).get("/api/v1/concerns/" + concern);
        assertThat(views()).isZero();
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"HIGH\",\"note\":\"note " + secret + "\"}");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit_event WHERE record_id = :id
                  AND (coalesce(before_summary, '') LIKE :secret OR coalesce(after_summary, '') LIKE :secret)""")
                .param("id", concern.toString()).param("secret", "%" + secret + "%").query(Long.class).single())
                .isZero();
    }

    @Test
    void the_stored_narrative_and_referral_reference_are_not_plaintext_in_the_database() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"HIGH\"}");
        String reference = "REF-" + secret;
        Api.Response referred = lead.post("/api/v1/concerns/" + concern + "/actions", """
                {"kind":"REFERRAL","agency":"POLICE","referenceNumber":"%s","details":"Called 101 about %s"}"""
                .formatted(reference, secret));
        assertThat(referred.status()).isEqualTo(200);
        assertThat(referred.body()).contains(reference);

        byte[] description = jdbc.sql("SELECT description_enc FROM concern WHERE id = :id").param("id", concern)
                .query(byte[].class).single();
        assertThat(new String(description, StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM concern_entry WHERE concern_id = :id
                  AND (position(convert_to(:secret, 'UTF8') IN coalesce(details_enc, ''::bytea)) > 0
                    OR position(convert_to(:secret, 'UTF8') IN coalesce(reference_number_enc, ''::bytea)) > 0)""")
                .param("id", concern).param("secret", secret).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM concern WHERE id = :id
                  AND position(convert_to(:secret, 'UTF8') IN description_enc) = 0""")
                .param("id", concern).param("secret", secret).query(Long.class).single()).isOne();
    }

    @Test
    void the_generated_key_is_kept_in_the_test_runs_own_data_directory_readable_by_its_owner_only() throws Exception {
        Path key = Path.of("target/waypoint-test-data/safeguarding.key");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    @Test
    void a_concern_is_triaged_before_anything_is_done_about_it_and_closed_only_once() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        Api.Response early = lead.post("/api/v1/concerns/" + concern + "/close", "{\"outcome\":\"Done\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("Triage the concern");

        assertThat(lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"LOW\"}").status())
                .isEqualTo(200);
        Api.Response closed = lead.post("/api/v1/concerns/" + concern + "/close", "{\"outcome\":\"Resolved\"}");
        assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
        Api.Response again = lead.post("/api/v1/concerns/" + concern + "/close", "{\"outcome\":\"Resolved\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("closed");
    }

    @Test
    void a_stale_version_is_refused_so_two_leads_do_not_overwrite_each_other() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        assertThat(lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"LOW\",\"version\":0}")
                .status()).isEqualTo(200);
        Api.Response stale = lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"HIGH\",\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
    }

    @Test
    void a_referral_needs_its_agency_and_reference_number_and_bad_input_is_a_field_problem_not_an_error() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"MEDIUM\"}");
        Api.Response missing = lead.post("/api/v1/concerns/" + concern + "/actions", "{\"kind\":\"REFERRAL\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("agency").contains("referenceNumber").contains("details");
        Api.Response nonsense = lead.post("/api/v1/concerns", "{\"kind\":\"NOT_A_KIND\",\"whatHappened\":\"\"}");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.body()).contains("kind").contains("whatHappened");
    }

    @Test
    void an_update_shared_with_the_person_who_raised_it_reaches_them_as_a_notification() {
        Api lead = Api.at(port).signedInAs(DemoAccounts.SAFEGUARDING.email(), DemoAccounts.PASSWORD);
        lead.post("/api/v1/concerns/" + concern + "/triage", "{\"riskLevel\":\"LOW\"}");
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.SAFEGUARDING);
        PageClient.Page form = pages.get("/concerns/" + concern);
        String update = "We have spoken to your manager " + SafeguardingFixtures.unique();
        PageClient.Page shared = pages.post("/concerns/" + concern + "/updates", form,
                java.util.Map.of("update", update, "version", "1"));
        assertThat(shared.status()).isEqualTo(302);
        UUID lola = accounts.findByEmail(DemoAccounts.LEARNER.email()).orElseThrow().id();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT count(*) FROM notification WHERE recipient_id = :id AND body = :body")
                .param("id", lola).param("body", update).query(Long.class).single()).isOne());
    }
}
