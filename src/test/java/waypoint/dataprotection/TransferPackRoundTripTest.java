package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackExport.AgreementHow;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * A learner's record moves between two Waypoints (docs/domain/transfer-pack.md): the demo provider makes the pack
 * with the learner's agreement, and the pack, given a second identity as another provider's learner would have,
 * is brought in through the API; the learner's pages then show the same apprenticeship, hours and evidence, and the
 * previous provider's reviews. Bad packs are refused with a clear problem and nothing kept.
 */
@WaypointTest
@EnableScenarios
class TransferPackRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TransferPackExport export;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    waypoint.organisation.OrganisationImport organisation;
    @Autowired
    waypoint.identity.UserAccounts accounts;
    @Autowired
    waypoint.enrolment.ApprenticeshipImport enrolment;
    @Autowired
    waypoint.portfolio.PortfolioImport portfolio;
    @Autowired
    waypoint.shared.files.FileStore files;

    private UUID lola() {
        return jdbc.sql("SELECT id FROM organisation.learner WHERE email = :e").param("e",
                DemoAccounts.LEARNER.email()).query(UUID.class).single();
    }

    private static CurrentUser admin() {
        return new CurrentUser(UUID.randomUUID(), DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.displayName(),
                Set.of(Role.ADMINISTRATOR));
    }

    private byte[] packOf(UUID learner) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(admin(), learner, new TransferPackExport.Agreement(LocalDate.of(2026, 11, 30),
                AgreementHow.IN_WRITING, "Signed form on file", "Northfield Training")).accept(out);
        return out.toByteArray();
    }

    /** The pack's entries by name. */
    static Map<String, byte[]> entries(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The same pack as another provider's learner: a new name, ULN and email. */
    static byte[] asAnotherLearner(byte[] pack, String suffix) throws Exception {
        Map<String, byte[]> entries = entries(pack);
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("transfer-pack.json"));
        ObjectNode learner = (ObjectNode) json.get("learner");
        learner.put("familyName", "Moved " + suffix);
        learner.put("uln", TestApprenticeships.uln());
        learner.put("email", "moved-" + suffix + "@example.test");
        learner.putNull("niNumber");
        entries.put("transfer-pack.json", JSON.writeValueAsBytes(json));
        return zip(entries);
    }

    private Api.Response bringIn(Api api, byte[] pack, boolean dryRun) {
        return api.postMultipart("/api/v1/transfer-packs", Map.of("tutor", DemoAccounts.TUTOR.email(),
                "dryRun", String.valueOf(dryRun)), "file", "pack.zip", pack);
    }

    @Test
    void the_pack_holds_the_learner_their_apprenticeships_hours_reviews_sign_offs_and_evidence_files()
            throws Exception {
        Map<String, byte[]> entries = entries(packOf(lola()));

        JsonNode json = JSON.readTree(entries.get("transfer-pack.json"));
        assertThat(json.get("format").asString()).isEqualTo("waypoint-transfer-pack/1");
        assertThat(json.get("learner").get("email").asString()).isEqualTo(DemoAccounts.LEARNER.email());
        assertThat(json.get("agreement").get("how").asString()).isEqualTo("IN_WRITING");
        JsonNode apprenticeship = json.get("apprenticeships").get(0);
        assertThat(apprenticeship.get("standardReference").asString()).startsWith("ST");
        assertThat(apprenticeship.get("offTheJob")).isNotEmpty();
        assertThat(apprenticeship.get("reviews")).isNotEmpty();
        assertThat(apprenticeship.get("employer").get("name").asString()).isNotBlank();
        for (JsonNode evidence : apprenticeship.get("evidence")) {
            assertThat(entries).containsKey(evidence.get("file").asString());
        }
        // the review Lola, her employer and her tutor all signed carries its PDF
        assertThat(apprenticeship.get("reviews")).anySatisfy(r -> {
            assertThat(r.get("signedRecord").isNull()).isFalse();
            assertThat(new String(entries.get(r.get("signedRecord").asString()), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        });
        assertThat(new String(entries.get("transfer-pack.json"), StandardCharsets.UTF_8))
                .doesNotContain("bethany.barker@learners.test");
    }

    @Test
    void each_pack_made_is_in_the_sharing_log_with_the_learner_s_agreement(Scenario scenario) {
        UUID lola = lola();
        long before = sharedWithAnotherProvider(lola);

        scenario.stimulate(() -> packOf(lola))
                .andWaitForStateChange(() -> sharedWithAnotherProvider(lola), after -> after == before + 1)
                .andVerify(after -> assertThat(after).isEqualTo(before + 1));

        assertThat(jdbc.sql("SELECT agreement_how FROM transfer_pack_export WHERE learner_id = :l"
                + " ORDER BY exported_at DESC LIMIT 1").param("l", lola).query(String.class).single())
                .isEqualTo("IN_WRITING");
    }

    private long sharedWithAnotherProvider(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM personal_data_sharing WHERE learner_id = :l"
                + " AND recipient_kind = 'ANOTHER_PROVIDER'").param("l", learner).query(Long.class).single();
    }

    @Test
    void the_pack_needs_the_learner_s_agreement_and_is_refused_to_a_tutor() {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response missing = admin.get("/api/v1/learners/" + lola() + "/transfer-pack");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).contains("application/problem+json");
        assertThat(missing.body()).contains("agreementGivenOn", "agreementHow", "recipient");

        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(tutor.get("/api/v1/learners/" + lola() + "/transfer-pack?recipient=X&agreementGivenOn=2026-12-01"
                + "&agreementHow=BY_EMAIL").status()).isEqualTo(403);
        Api.Response dpo = Api.at(port).signedInAs(DemoAccounts.DATA_PROTECTION_OFFICER.email(),
                DemoAccounts.PASSWORD).get("/api/v1/learners/" + lola() + "/transfer-pack?recipient=Northfield"
                + "&agreementGivenOn=2026-12-01&agreementHow=BY_EMAIL");
        assertThat(dpo.status()).isEqualTo(200);
        assertThat(dpo.contentType()).isEqualTo("application/zip");
    }

    @Test
    void a_pack_brought_in_gives_the_same_apprenticeship_hours_reviews_and_evidence() throws Exception {
        String suffix = TestApprenticeships.unique();
        byte[] pack = asAnotherLearner(packOf(lola()), suffix);
        JsonNode original = JSON.readTree(entries(pack).get("transfer-pack.json")).get("apprenticeships").get(0);
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);

        Api.Response check = bringIn(admin, pack, true);
        assertThat(check.status()).as(check.body()).isEqualTo(200);
        assertThat(check.json().get("imported").asBoolean()).isFalse();
        assertThat(check.json().get("apprenticeships").get(0).get("standardReference").asString())
                .isEqualTo(original.get("standardReference").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner WHERE email = :e")
                .param("e", "moved-" + suffix + "@example.test").query(Long.class).single()).isZero();

        Api.Response done = bringIn(admin, pack, false);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        UUID learner = UUID.fromString(done.json().get("learnerId").asString());
        Map<String, Object> apprenticeship = jdbc.sql("SELECT * FROM enrolment.apprenticeship WHERE learner_id = :l")
                .param("l", learner).query().singleRow();
        assertThat(apprenticeship.get("standard_reference")).isEqualTo(original.get("standardReference").asString());
        assertThat(apprenticeship.get("status")).isEqualTo(original.get("status").asString());
        assertThat(String.valueOf(apprenticeship.get("start_date"))).isEqualTo(original.get("startDate").asString());
        UUID id = (UUID) apprenticeship.get("id");

        long approvedMinutes = 0;
        for (JsonNode e : original.get("offTheJob")) {
            if (e.get("state").asString().equals("APPROVED")) {
                approvedMinutes += e.get("minutes").asInt();
            }
        }
        assertThat(jdbc.sql("SELECT coalesce(sum(minutes), 0) FROM otj.entry WHERE apprenticeship_id = :a"
                + " AND state = 'APPROVED'").param("a", id).query(Long.class).single()).isEqualTo(approvedMinutes);
        assertThat(jdbc.sql("SELECT count(*) FROM portfolio.evidence_file WHERE apprenticeship_id = :a")
                .param("a", id).query(Long.class).single()).isEqualTo(original.get("evidence").size());

        PageClient staff = PageClient.signedInAs(port, DemoAccounts.ADMIN);
        assertThat(staff.get("/apprenticeships/" + id + "/off-the-job").body()).contains("Recorded by");
        String portfolio = staff.get("/apprenticeships/" + id + "/portfolio").body();
        if (original.get("evidence").size() > 0) {
            assertThat(portfolio).contains(original.get("evidence").get(0).get("title").asString());
        }
        String transferred = staff.get("/data-protection/transfers/" + done.json().get("importId").asString())
                .body();
        assertThat(transferred).contains("/apprenticeships/" + id + "/reviews");
        assertThat(staff.get("/apprenticeships/" + id + "/reviews").text()).contains("Progress review "
                + original.get("reviews").get(0).get("number").asInt() + " with your previous provider");

        // each signed review's PDF came in with it, the same bytes, downloadable on its page by those who may see it
        Map<String, byte[]> packed = entries(pack);
        int signed = 0;
        for (JsonNode review : original.get("reviews")) {
            if (review.get("signedRecord").isNull()) {
                continue;
            }
            signed++;
            byte[] pdf = packed.get(review.get("signedRecord").asString());
            Map<String, Object> prior = jdbc.sql("SELECT id, signed_record_size, signed_record_sha256 FROM prior_review"
                    + " WHERE apprenticeship_id = :a AND number = :n").param("a", id)
                    .param("n", review.get("number").asInt()).query().singleRow();
            assertThat(prior.get("signed_record_sha256")).as("the signed record kept").isEqualTo(sha256(pdf));
            String path = "/prior-reviews/" + prior.get("id");
            assertThat(staff.get(path).text()).contains("Download the signed record (PDF");
            PageClient.Page download = staff.get(path + "/signed-record");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.header("Content-Type")).startsWith("application/pdf");
            assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
            assertThat(download.body()).startsWith("%PDF-");
            assertThat(PageClient.signedInAs(port, DemoAccounts.LEARNER).get(path + "/signed-record").status())
                    .as("another learner").isEqualTo(404);
        }
        assertThat(signed).as("reviews brought in with their signed record").isPositive();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_pack_whose_learner_is_already_here_is_refused_and_nothing_is_kept() {
        byte[] pack = packOf(lola());
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        long learners = jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single();

        Api.Response refused = bringIn(admin, pack, false);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("ULN", "already here");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single())
                .isEqualTo(learners);
    }

    @Test
    void a_price_in_fractions_of_a_penny_is_refused_in_words_and_nothing_is_kept() throws Exception {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        byte[] pack = withTrainingPrice(asAnotherLearner(packOf(lola()), TestApprenticeships.unique()), "100.555");
        long learners = jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single();

        for (boolean dryRun : new boolean[] {true, false}) {
            Api.Response refused = bringIn(admin, pack, dryRun);

            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).contains("application/problem+json");
            assertThat(refused.body()).contains("pounds and whole pence");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner").query(Long.class).single())
                .isEqualTo(learners);
    }

    /** The pack with its first apprenticeship's training price as given, as a pack from elsewhere might carry it. */
    static byte[] withTrainingPrice(byte[] pack, String price) throws Exception {
        Map<String, byte[]> entries = entries(pack);
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("transfer-pack.json"));
        ((ObjectNode) json.get("apprenticeships").get(0)).put("trainingPrice", new java.math.BigDecimal(price));
        entries.put("transfer-pack.json", JSON.writeValueAsBytes(json));
        return zip(entries);
    }

    @Test
    void a_file_that_is_not_a_pack_or_of_another_version_is_refused_in_words() throws Exception {
        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response notZip = bringIn(admin, "hello".getBytes(StandardCharsets.UTF_8), true);
        assertThat(notZip.status()).isEqualTo(422);
        assertThat(notZip.body()).contains("not a transfer pack");

        Map<String, byte[]> entries = entries(packOf(lola()));
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("transfer-pack.json"));
        json.put("format", "waypoint-transfer-pack/2");
        entries.put("transfer-pack.json", JSON.writeValueAsBytes(json));
        Api.Response later = bringIn(admin, zip(entries), true);
        assertThat(later.status()).isEqualTo(422);
        assertThat(later.body()).contains("this Waypoint reads waypoint-transfer-pack/1");

        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        assertThat(bringIn(tutor, zip(entries), true).status()).isEqualTo(403);
        Api dpo = Api.at(port).signedInAs(DemoAccounts.DATA_PROTECTION_OFFICER.email(), DemoAccounts.PASSWORD);
        assertThat(bringIn(dpo, zip(entries), true).status()).isEqualTo(403);
    }

    @Test
    void a_file_the_store_has_lost_is_left_out_and_the_pack_is_still_whole() throws Exception {
        TestApprenticeships people = new TestApprenticeships(organisation, accounts);
        UUID apprenticeship = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        var account = accounts.findByEmail(people.lastLearnerEmail).orElseThrow();
        CurrentUser learner = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
        List<String> ksb = portfolio.ksbCodes(new ApprenticeshipId(apprenticeship)).subList(0, 1);
        portfolio.addFile(learner, new ApprenticeshipId(apprenticeship), "Kept report", "WORK_PRODUCT",
                LocalDate.of(2025, 10, 1),
                "kept.pdf", new ByteArrayInputStream(aPdf()), ksb);
        UUID lost = portfolio.addFile(learner, new ApprenticeshipId(apprenticeship), "Lost report", "WORK_PRODUCT",
                LocalDate.of(2025, 10, 2), "lost.pdf", new ByteArrayInputStream(aPdf()), ksb);
        files.delete(jdbc.sql("SELECT file_id FROM portfolio.evidence_file WHERE evidence_id = :e")
                .param("e", lost).query(String.class).single());
        UUID learnerId = jdbc.sql("SELECT learner_id FROM enrolment.apprenticeship WHERE id = :a")
                .param("a", apprenticeship).query(UUID.class).single();

        Map<String, byte[]> entries = entries(packOf(learnerId));

        String json = new String(entries.get("transfer-pack.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("Kept report").doesNotContain("Lost report");
        assertThat(entries.keySet()).anyMatch(name -> name.endsWith("kept.pdf"));
    }

    static byte[] aPdf() throws java.io.IOException {
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument(); ByteArrayOutputStream out =
                new ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
