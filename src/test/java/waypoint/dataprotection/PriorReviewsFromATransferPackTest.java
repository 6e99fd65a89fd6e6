package waypoint.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import waypoint.dataprotection.internal.SubjectAccessPack;
import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackExport.AgreementHow;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;
import waypoint.shared.personaldata.DataSubject;
import waypoint.shared.personaldata.PersonalDataRetention;
import waypoint.shared.personaldata.PersonalDataSection;
import waypoint.shared.personaldata.RetentionAction;
import waypoint.shared.personaldata.RetentionKind;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The progress reviews an apprentice had with their previous provider come in with their transfer pack as reviews
 * with a previous provider (docs/domain/progress-reviews.md, "Reviews with a previous provider"): shown read-only on
 * the apprenticeship's reviews page to its people and to nobody else, in the apprentice's subject access pack, and
 * counted by the schedule; a pack whose held review has no date is refused and nothing is kept.
 */
@WaypointTest
class PriorReviewsFromATransferPackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROVIDER = "Westfield Skills Ltd";

    @LocalServerPort
    int port;
    @Autowired
    TransferPackExport export;
    @Autowired
    SubjectAccessPack subjectAccess;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    List<PersonalDataRetention> retentions;

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
    }

    /** Lola's pack as another provider's learner's, its reviews those given, on the first apprenticeship only. */
    private byte[] packWith(String suffix, ArrayNode reviews) throws Exception {
        return packWith(suffix, reviews, Map.of());
    }

    /** The same, with these files added to the ZIP (a review's signed record). */
    private byte[] packWith(String suffix, ArrayNode reviews, Map<String, byte[]> files) throws Exception {
        UUID lola = jdbc.sql("SELECT id FROM organisation.learner WHERE email = :e")
                .param("e", DemoAccounts.LEARNER.email()).query(UUID.class).single();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.export(new CurrentUser(UUID.randomUUID(), DemoAccounts.ADMIN.email(), DemoAccounts.ADMIN.displayName(),
                Set.of(Role.ADMINISTRATOR)), lola, new TransferPackExport.Agreement(today().minusDays(3),
                AgreementHow.BY_EMAIL, null, "Us")).accept(out);
        Map<String, byte[]> entries = TransferPackRoundTripTest.entries(
                TransferPackRoundTripTest.asAnotherLearner(out.toByteArray(), suffix));
        ObjectNode json = (ObjectNode) JSON.readTree(entries.get("transfer-pack.json"));
        json.put("previousProvider", PROVIDER);
        json.put("previousProviderUkprn", "10012345");
        ArrayNode apprenticeships = (ArrayNode) json.get("apprenticeships");
        for (int i = 0; i < apprenticeships.size(); i++) {
            ((ObjectNode) apprenticeships.get(i)).set("reviews", i == 0 ? reviews : JSON.createArrayNode());
        }
        entries.put("transfer-pack.json", JSON.writeValueAsBytes(json));
        entries.putAll(files);
        return TransferPackRoundTripTest.zip(entries);
    }

    private static ObjectNode review(String id, int number, String state, LocalDate heldOn, String words) {
        ObjectNode review = JSON.createObjectNode();
        review.put("id", id);
        review.put("number", number);
        review.put("state", state);
        if (heldOn != null) {
            review.put("heldOn", heldOn.toString());
        }
        ArrayNode signers = review.putArray("signers");
        if (heldOn != null) {
            signers.addObject().put("party", "Apprentice").put("name", "The apprentice")
                    .put("signedAt", heldOn.atTime(11, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString());
            signers.addObject().put("party", "Tutor").put("name", "Wendy Westfield")
                    .put("signedAt", heldOn.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant().toString());
        }
        ObjectNode record = review.putObject("record");
        record.put("State", state);
        record.put("Record", words);
        return review;
    }

    private Api.Response bringIn(byte[] pack, boolean dryRun) {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD).postMultipart(
                "/api/v1/transfer-packs", Map.of("tutor", DemoAccounts.TUTOR.email(), "dryRun",
                        String.valueOf(dryRun)), "file", "pack.zip", pack);
    }

    /** The learner brought in signs in with the demo password, as if they had accepted their invitation. */
    private void letSignIn(String email) {
        jdbc.sql("""
                UPDATE user_account SET status = 'ACTIVE', password_hash = (SELECT password_hash FROM user_account
                    WHERE email = :demo) WHERE email = :e""").param("demo", DemoAccounts.LEARNER.email())
                .param("e", email).update();
    }

    @Test
    void two_reviews_held_with_the_previous_provider_become_its_reviews_seen_by_the_apprenticeship_s_people_only()
            throws Exception {
        String suffix = TestApprenticeships.unique();
        LocalDate first = today().minusDays(120);
        LocalDate second = today().minusDays(30);
        ArrayNode reviews = JSON.createArrayNode();
        reviews.add(review("w-1", 1, "SIGNED", first, "Settled in well; first project started " + suffix));
        reviews.add(review("w-2", 2, "SIGNED", second, "On track with the off-the-job plan " + suffix));
        reviews.add(review("w-3", 3, "DUE", null, ""));
        String signedRecord = "files/reviews/w-1/progress-review-1-signed.pdf";
        ((ObjectNode) reviews.get(0)).put("signedRecord", signedRecord);
        byte[] pdf = TransferPackRoundTripTest.aPdf();
        Map<String, byte[]> files = Map.of(signedRecord, pdf);

        Api.Response checked = bringIn(packWith(suffix, reviews, files), true);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        assertThat(checked.json().get("apprenticeships").get(0).get("reviews").asInt()).isEqualTo(2);
        Api.Response done = bringIn(packWith(suffix, reviews, files), false);
        assertThat(done.status()).as(done.body()).isEqualTo(201);
        UUID learner = UUID.fromString(done.json().get("learnerId").asString());
        UUID apprenticeship = jdbc.sql("SELECT id FROM enrolment.apprenticeship WHERE learner_id = :l"
                + " ORDER BY start_date LIMIT 1").param("l", learner).query(UUID.class).single();
        List<UUID> prior = jdbc.sql("SELECT id FROM prior_review WHERE apprenticeship_id = :a ORDER BY held_on")
                .param("a", apprenticeship).query(UUID.class).list();
        assertThat(prior).hasSize(2);

        // staff working on it see them in their own section, marked with the previous provider
        PageClient tutor = PageClient.signedInAs(port, DemoAccounts.TUTOR);
        PageClient.Page page = tutor.get("/apprenticeships/" + apprenticeship + "/reviews");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Reviews with your previous provider")
                .contains("Progress review 1 with your previous provider " + PROVIDER + " (UKPRN 10012345)")
                .contains("Progress review 2 with your previous provider").contains("Tutor: Wendy Westfield");
        PageClient.Page one = tutor.get("/prior-reviews/" + prior.get(1));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.text()).contains("On track with the off-the-job plan " + suffix)
                .contains("cannot be changed here").doesNotContain("Amend the record");
        assertThat(one.text()).contains("The previous provider's pack held no signed record of this review");
        // the first came with the PDF of its signed record, downloadable by the apprenticeship's people only
        assertThat(tutor.get("/prior-reviews/" + prior.get(0)).text()).contains("Download the signed record (PDF");
        PageClient.Page download = tutor.get("/prior-reviews/" + prior.get(0) + "/signed-record");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("application/pdf");
        assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(pdf.length));
        assertThat(download.header("Content-Disposition")).contains("progress-review-1-signed.pdf");

        Api.Response api = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/apprenticeships/" + apprenticeship + "/prior-reviews");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().size()).isEqualTo(2);
        assertThat(api.json().get(0).get("heldOn").asString()).isEqualTo(second.toString());
        assertThat(Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/apprenticeships/" + apprenticeship + "/prior-reviews").status()).isEqualTo(404);

        // the apprentice sees them
        String email = "moved-" + suffix + "@example.test";
        letSignIn(email);
        PageClient apprentice = PageClient.signedInAs(port, email, DemoAccounts.PASSWORD);
        assertThat(apprentice.get("/apprenticeships/" + apprenticeship + "/reviews").text())
                .contains("Progress review 2 with your previous provider " + PROVIDER);
        assertThat(apprentice.get("/reviews").text()).contains("Reviews with a previous provider")
                .contains("2 reviews with a previous provider");
        assertThat(apprentice.get("/prior-reviews/" + prior.get(0)).text())
                .contains("Settled in well; first project started " + suffix);

        // another learner, and a tutor with someone else's caseload, are told it is not found
        PageClient anotherLearner = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        assertThat(anotherLearner.get("/prior-reviews/" + prior.get(0)).status()).isEqualTo(404);
        assertThat(anotherLearner.get("/apprenticeships/" + apprenticeship + "/reviews").status()).isEqualTo(404);
        String otherTutor = "other-tutor-" + suffix + "@example.test";
        accounts.createWithPassword(otherTutor, "Olly Other " + suffix, Set.of(Role.TUTOR), DemoAccounts.PASSWORD);
        organisation.staff(new StaffDetails("Olly Other " + suffix, otherTutor, null, Set.of(Role.TUTOR)));
        PageClient.Page denied = PageClient.signedInAs(port, otherTutor, DemoAccounts.PASSWORD)
                .get("/prior-reviews/" + prior.get(0));
        assertThat(denied.status()).isEqualTo(404);
        assertThat(PageClient.signedInAs(port, otherTutor, DemoAccounts.PASSWORD)
                .get("/prior-reviews/" + prior.get(0) + "/signed-record").status()).isEqualTo(404);
        assertThat(anotherLearner.get("/prior-reviews/" + prior.get(0) + "/signed-record").status()).isEqualTo(404);
        assertThat(denied.body()).doesNotContain("Settled in well");

        // the next review here counts from the last one held there
        Map<String, Object> open = jdbc.sql("SELECT anchor_date, due_date FROM progress_review"
                + " WHERE apprenticeship_id = :a AND state IN ('DUE', 'PLANNED')").param("a", apprenticeship).query()
                .singleRow();
        assertThat(String.valueOf(open.get("anchor_date"))).isEqualTo(second.toString());
        assertThat(LocalDate.parse(String.valueOf(open.get("due_date")))).isAfter(second.plusWeeks(11));

        // and they are in the apprentice's subject access pack, the previous provider's tutor named as another person
        UUID account = jdbc.sql("SELECT account_id FROM organisation.learner WHERE id = :l").param("l", learner)
                .query(UUID.class).single();
        List<UUID> all = jdbc.sql("SELECT id FROM enrolment.apprenticeship WHERE learner_id = :l")
                .param("l", learner).query(UUID.class).list();
        PersonalDataSection section = subjectAccess.gather(new DataSubject(learner, account, all)).stream()
                .filter(s -> s.key().equals("prior-progress-reviews")).findFirst().orElseThrow();
        assertThat(section.records()).hasSize(2);
        assertThat(section.records().get(0).heading()).contains("with your previous provider " + PROVIDER);
        assertThat(section.records()).anySatisfy(r -> assertThat(r.fields().values())
                .contains("On track with the off-the-job plan " + suffix));
        assertThat(section.records().get(0).otherPeople()).contains("Wendy Westfield");

        // past the apprenticeship records' retention period, the record's words and the signers' names go
        PersonalDataRetention reviewRetention = retentions.stream()
                .filter(r -> r.getClass().getName().startsWith("waypoint.review.")).findFirst().orElseThrow();
        assertThat(reviewRetention.kind()).isEqualTo(RetentionKind.APPRENTICESHIP_RECORDS);
        assertThat(reviewRetention.applyTo(new DataSubject(learner, account, all), RetentionAction.ANONYMISE))
                .isEqualTo(2);
        PageClient.Page anonymised = tutor.get("/prior-reviews/" + prior.get(1));
        assertThat(anonymised.text()).contains("removed when its retention period passed")
                .doesNotContain("On track with the off-the-job plan " + suffix).doesNotContain("Wendy Westfield")
                .contains(PROVIDER);
        // the signed record names the people too: it goes with them
        assertThat(tutor.get("/prior-reviews/" + prior.get(0)).text())
                .contains("Removed when its retention period passed").doesNotContain("Download the signed record");
        assertThat(tutor.get("/prior-reviews/" + prior.get(0) + "/signed-record").status()).isEqualTo(404);
    }

    @Test
    void a_pack_whose_signed_record_is_missing_or_not_a_pdf_is_refused_naming_the_review_and_nothing_is_kept()
            throws Exception {
        String suffix = TestApprenticeships.unique();
        ArrayNode reviews = JSON.createArrayNode();
        reviews.add(review("w-1", 1, "SIGNED", today().minusDays(60), "Fine"));
        String signedRecord = "files/reviews/w-1/progress-review-1-signed.pdf";
        ((ObjectNode) reviews.get(0)).put("signedRecord", signedRecord);
        long before = jdbc.sql("SELECT count(*) FROM prior_review").query(Long.class).single();

        Api.Response missing = bringIn(packWith(suffix, reviews), true);
        assertThat(missing.status()).as(missing.body()).isEqualTo(422);
        assertThat(missing.body()).contains("Progress review 1").contains("which is not in the pack");

        Api.Response notAPdf = bringIn(packWith(suffix, reviews, Map.of(signedRecord,
                "MZ not a PDF at all".getBytes(java.nio.charset.StandardCharsets.UTF_8))), false);
        assertThat(notAPdf.status()).as(notAPdf.body()).isEqualTo(422);
        assertThat(notAPdf.contentType()).contains("application/problem+json");
        assertThat(notAPdf.body()).contains("Progress review 1's signed record was refused");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner WHERE email = :e")
                .param("e", "moved-" + suffix + "@example.test").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM prior_review").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void a_pack_whose_held_review_has_no_date_is_refused_naming_the_review_and_nothing_is_kept() throws Exception {
        String suffix = TestApprenticeships.unique();
        ArrayNode reviews = JSON.createArrayNode();
        reviews.add(review("w-1", 1, "SIGNED", today().minusDays(60), "Fine"));
        reviews.add(review("w-2", 2, "SIGNED", null, "No date given"));
        long before = jdbc.sql("SELECT count(*) FROM prior_review").query(Long.class).single();

        Api.Response refused = bringIn(packWith(suffix, reviews), false);

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.body()).contains("progress review 2").contains("has no date it was held");
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.learner WHERE email = :e")
                .param("e", "moved-" + suffix + "@example.test").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM prior_review").query(Long.class).single()).isEqualTo(before);
    }
}
