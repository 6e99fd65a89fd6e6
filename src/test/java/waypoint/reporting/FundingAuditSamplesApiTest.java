package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * Funding audit samples through the API (docs/domain/audit-and-inspection.md, "Samples"), as on the funding audit
 * page: leaders draw a sample, follow its export and download its packs, every apprentice's download audited; wrong
 * answers are field errors, a sample that does not exist is not found, and apprentices, tutors and people outside the
 * provider are refused.
 */
@WaypointTest
class FundingAuditSamplesApiTest {

    private static final String SAMPLES = "/api/v1/funding-audit/samples";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    JdbcClient jdbc;

    private Api quality() {
        return Api.at(port).signedInAs(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD);
    }

    @Test
    void quality_draws_a_sample_follows_its_export_and_downloads_its_packs_each_download_audited() throws Exception {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        Api quality = quality();

        Api.Response drawn = quality.post(SAMPLES, """
                {"size": 2, "how": "risk", "seed": 4242, "standard": "ST0116"}
                """);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(201);
        String id = drawn.json().get("id").asString();
        assertThat(drawn.json().get("how").asString()).isEqualTo("risk");
        assertThat(drawn.json().get("seed").asLong()).isEqualTo(4242);
        assertThat(drawn.json().get("chosen").asInt()).isEqualTo(2);

        Api.Response sample = await().atMost(Duration.ofSeconds(120)).until(() -> quality.get(SAMPLES + "/" + id),
                now -> List.of("READY", "FAILED").contains(now.json().get("state").asString()));
        assertThat(sample.json().get("state").asString()).as(sample.body()).isEqualTo("READY");
        assertThat(sample.json().get("members").size()).isEqualTo(2);
        assertThat(sample.json().get("packs").asString()).isEqualTo(SAMPLES + "/" + id + "/packs");
        assertThat(quality.get(SAMPLES).body()).contains(id);

        Api.Response packs = quality.get(SAMPLES + "/" + id + "/packs");
        assertThat(packs.status()).isEqualTo(200);
        assertThat(packs.contentType()).isEqualTo("application/zip");
        assertThat(packs.body()).startsWith("PK");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'VIEWED' AND after_summary = :what")
                .param("what", "Funding audit evidence pack downloaded in sample " + id).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void wrong_answers_are_field_errors_and_nothing_is_drawn() {
        Api quality = quality();
        Api.Response missing = quality.post(SAMPLES, "{\"how\": \"sometimes\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.body()).contains("\"size\"").contains("\"how\"").contains("random or risk");

        Api.Response tooMany = quality.post(SAMPLES, "{\"size\": 501, \"how\": \"random\", \"year\": 1999}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("from 1 to 500").contains("\"year\"");

        assertThat(quality.post(SAMPLES, "{\"size\": \"lots\", \"how\": \"random\"}").status()).isEqualTo(400);
    }

    @Test
    void the_list_comes_25_samples_to_a_page_newest_first_and_the_second_page_goes_on_where_the_first_stopped() {
        // 26 old samples of our own, so there is a second page whatever else the suite has drawn
        UUID by = UUID.randomUUID();
        java.util.List<UUID> ours = new java.util.ArrayList<>();
        for (int i = 0; i < 26; i++) {
            UUID id = UUID.randomUUID();
            ours.add(id);
            jdbc.sql("""
                            INSERT INTO evidence_sample (id, requested_by, requested_by_name, requested_at, chosen_by,
                                   seed, size_asked, state, failure)
                            VALUES (:id, :by, 'Paging test', :at, 'RANDOM', 1, 1, 'FAILED', 'Made for the paging test')""")
                    .param("id", id).param("by", by)
                    .param("at", java.sql.Timestamp.from(java.time.Instant.parse("2001-01-01T00:00:00Z")
                            .plusSeconds(i)))
                    .update();
        }
        Api quality = quality();

        Api.Response first = quality.get(SAMPLES);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        long total = first.json().get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(26);
        assertThat(first.json().get("number").asInt()).isZero();
        assertThat(first.json().get("size").asInt()).isEqualTo(25);
        assertThat(first.json().get("items").size()).isEqualTo(25);

        Api.Response second = quality.get(SAMPLES + "?page=1");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.json().get("number").asInt()).isEqualTo(1);
        assertThat(second.json().get("items").size()).isEqualTo((int) Math.min(25, total - 25));
        String firstIds = first.json().get("items").toString();
        second.json().get("items").forEach(s -> assertThat(firstIds).doesNotContain(s.get("id").asString()));

        // the oldest of all, ours, is the very last on the last page
        int last = (int) ((total - 1) / 25);
        Api.Response end = quality.get(SAMPLES + "?page=" + last);
        var items = end.json().get("items");
        assertThat(items.get(items.size() - 1).get("id").asString()).isEqualTo(ours.get(0).toString());
        assertThat(quality.get(SAMPLES + "?page=" + Integer.MAX_VALUE).status()).isEqualTo(200);
    }

    @Test
    void a_sample_that_does_not_exist_is_not_found() {
        Api quality = quality();
        Api.Response missing = quality.get(SAMPLES + "/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(quality.get(SAMPLES + "/" + UUID.randomUUID() + "/packs").status()).isEqualTo(404);
    }

    @Test
    void apprentices_tutors_employers_and_people_outside_the_provider_are_refused_as_on_the_page() {
        for (DemoAccounts refused : new DemoAccounts[] {DemoAccounts.LEARNER, DemoAccounts.TUTOR,
                DemoAccounts.EMPLOYER, DemoAccounts.AUDITOR}) {
            Api as = Api.at(port).signedInAs(refused.email(), DemoAccounts.PASSWORD);
            assertThat(as.get(SAMPLES).status()).as(refused.name()).isEqualTo(403);
            assertThat(as.get(SAMPLES + "/" + UUID.randomUUID()).status()).as(refused.name()).isEqualTo(403);
            if (refused != DemoAccounts.AUDITOR) {
                Api.Response drawn = as.post(SAMPLES, "{\"size\": 2, \"how\": \"random\"}");
                assertThat(drawn.status()).as(refused.name()).isEqualTo(403);
                assertThat(drawn.contentType()).startsWith("application/problem+json");
            }
        }
        for (DemoAccounts reader : new DemoAccounts[] {DemoAccounts.HEAD, DemoAccounts.DIRECTOR,
                DemoAccounts.DATA_OFFICER, DemoAccounts.ADMIN}) {
            assertThat(Api.at(port).signedInAs(reader.email(), DemoAccounts.PASSWORD).get(SAMPLES).status())
                    .as(reader.name()).isEqualTo(200);
        }
    }
}
