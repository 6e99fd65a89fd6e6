package waypoint.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.ProviderProfile;
import waypoint.review.internal.ReviewPdf;
import waypoint.review.internal.ReviewSchedule;
import waypoint.review.internal.ReviewService;
import waypoint.support.Api;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/** Progress reviews through the API: the schedule, the record, three signatures, and who may do what. */
@WaypointTest
class ReviewsApiTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    ReviewService reviews;
    @Autowired
    ReviewPdf pdf;
    @Autowired
    ProviderProfile provider;

    ReviewPeople people;
    Api tutor;
    Api learner;
    Api manager;

    @BeforeEach
    void givenAnApprenticeshipInLearning() {
        people = new ReviewPeople(accounts, organisation, apprenticeships, 40);
        reviews.schedule(new ApprenticeshipId(people.apprenticeship));
        tutor = Api.at(port).signedInAs(people.tutor.email(), ReviewPeople.PASSWORD);
        learner = Api.at(port).signedInAs(people.learner.email(), ReviewPeople.PASSWORD);
        manager = Api.at(port).signedInAs(people.manager.email(), ReviewPeople.PASSWORD);
    }

    private JsonNode firstReview(Api as) {
        Api.Response list = as.get("/api/v1/apprenticeships/" + people.apprenticeship + "/reviews");
        assertThat(list.status()).isEqualTo(200);
        return list.json().get(list.json().size() - 1);
    }

    @Test
    void the_first_review_falls_due_from_the_start_by_the_rule_pack_or_the_providers_cadence() {
        JsonNode review = firstReview(tutor);
        LocalDate expected = ReviewSchedule.due(ReviewSchedule.cadence(people.start,
                provider.planningPolicy().reviewIntervalWeeks()), people.start, true, java.util.List.of())
                .orElseThrow().date();
        assertThat(review.get("state").asString()).isEqualTo("DUE");
        assertThat(review.get("dueDate").asString()).isEqualTo(expected.toString());
        assertThat(review.get("overdue").asBoolean()).isFalse();
        assertThat(firstReview(learner).get("id").asString()).isEqualTo(review.get("id").asString());
        assertThat(firstReview(manager).get("id").asString()).isEqualTo(review.get("id").asString());
    }

    @Test
    void people_outside_the_apprenticeship_are_told_it_is_not_found_and_others_are_refused_what_is_not_theirs() {
        String id = firstReview(tutor).get("id").asString();
        ReviewPeople others = new ReviewPeople(accounts, organisation, apprenticeships, 10);
        Api stranger = Api.at(port).signedInAs(others.learner.email(), ReviewPeople.PASSWORD);
        Api otherEmployer = Api.at(port).signedInAs(others.manager.email(), ReviewPeople.PASSWORD);
        Api otherTutor = Api.at(port).signedInAs(others.tutor.email(), ReviewPeople.PASSWORD);

        assertThat(stranger.get("/api/v1/apprenticeships/" + people.apprenticeship + "/reviews").status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/reviews/" + id).status()).isEqualTo(404);
        assertThat(otherEmployer.get("/api/v1/reviews/" + id).status()).isEqualTo(404);
        assertThat(otherTutor.post("/api/v1/reviews/" + id + "/plan",
                "{\"date\":\"" + LocalDate.now(clock).plusDays(3) + "\",\"time\":\"10:00\",\"place\":\"Office\","
                        + "\"lockVersion\":0}").status()).isEqualTo(404);
        assertThat(learner.post("/api/v1/reviews/" + id + "/plan",
                "{\"date\":\"" + LocalDate.now(clock).plusDays(3) + "\",\"time\":\"10:00\",\"place\":\"Office\","
                        + "\"lockVersion\":0}").status()).isEqualTo(403);
        assertThat(learner.get("/api/v1/reviews/compliance").status()).isEqualTo(403);
        assertThat(manager.get("/api/v1/reviews/compliance").status()).isEqualTo(403);
        assertThat(tutor.get("/api/v1/reviews/compliance?filter=DUE_THIS_WEEK").status()).isEqualTo(200);
        assertThat(stranger.get("/api/v1/reviews/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/apprenticeships/not-an-id/reviews").status()).isEqualTo(400);
    }

    @Test
    void staff_read_the_review_template_and_only_administrators_change_it() {
        assertThat(tutor.get("/api/v1/review-settings").body()).contains("Work completed");
        assertThat(learner.get("/api/v1/review-settings").status()).isEqualTo(403);
        assertThat(tutor.put("/api/v1/review-settings", "{\"chaseAfterDays\":3,\"sections\":[]}").status())
                .isEqualTo(403);
        Api admin = Api.at(port).signedInAs("admin@waypoint.test", "waypoint-demo");
        Api.Response wrong = admin.put("/api/v1/review-settings", "{\"chaseAfterDays\":0,\"sections\":[]}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("chaseAfterDays").contains("sections");
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_never_a_server_error() {
        String id = firstReview(tutor).get("id").asString();
        Api.Response wrong = tutor.post("/api/v1/reviews/" + id + "/plan",
                "{\"date\":\"31/2/2026\",\"time\":\"noon\",\"place\":\"\",\"lockVersion\":0}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("date").contains("time").contains("place");
        assertThat(tutor.post("/api/v1/reviews/" + id + "/plan", "not json").status()).isEqualTo(400);
        assertThat(tutor.post("/api/v1/reviews/" + id + "/exception", "{\"dueDate\":\"2026-01-01\"}").status())
                .isEqualTo(400);
    }

    @Test
    void the_three_sign_the_version_they_were_shown_and_the_last_signature_completes_and_locks_the_review()
            throws IOException {
        String id = firstReview(tutor).get("id").asString();
        String review = "/api/v1/reviews/" + id;
        // given a planned meeting and the learner's self-reflection
        JsonNode planned = tutor.post(review + "/plan", "{\"date\":\"" + LocalDate.now(clock).plusDays(7)
                + "\",\"time\":\"10:30\",\"place\":\"Teams\",\"lockVersion\":0}").json();
        assertThat(planned.get("review").get("state").asString()).isEqualTo("PLANNED");
        int lock = planned.get("review").get("lockVersion").asInt();
        JsonNode reflected = learner.put(review + "/reflection",
                "{\"reflection\":\"I built the booking page.\",\"lockVersion\":" + lock + "}").json();
        lock = reflected.get("review").get("lockVersion").asInt();

        // when two people edit the record, the second is told
        String record = record(lock, "Built the booking page");
        assertThat(tutor.put(review + "/record", record).status()).isEqualTo(200);
        Api.Response second = tutor.put(review + "/record", record(lock, "Someone else's words"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("Someone else changed this review");
        lock = tutor.get(review).json().get("review").get("lockVersion").asInt();

        // and the record is sent for signatures as version 1
        JsonNode sent = tutor.post(review + "/send-for-signatures", "{\"lockVersion\":" + lock + "}").json();
        assertThat(sent.get("review").get("state").asString()).isEqualTo("AWAITING_SIGNATURES");
        assertThat(sent.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(sent.get("canonicalText").asString()).contains("Built the booking page", "I built the booking page");
        assertThat(learner.post(review + "/signatures", sign(1, people.learner.displayName())).status())
                .isEqualTo(200);

        // when the tutor amends it, version 2 is signed again, and a signature on version 1 is refused with why
        lock = tutor.get(review).json().get("review").get("lockVersion").asInt();
        lock = tutor.post(review + "/amend", "{\"lockVersion\":" + lock + "}").json().get("review")
                .get("lockVersion").asInt();
        tutor.put(review + "/record", record(lock, "Built and tested the booking page"));
        lock = tutor.get(review).json().get("review").get("lockVersion").asInt();
        assertThat(tutor.post(review + "/send-for-signatures", "{\"lockVersion\":" + lock + "}").json()
                .get("latestVersion").asInt()).isEqualTo(2);
        Api.Response stale = manager.post(review + "/signatures", sign(1, people.manager.displayName()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body()).contains("version 2: “Work completed”");
        assertThat(manager.post(review + "/signatures", sign(2, "someone else")).status()).isEqualTo(400);

        manager.post(review + "/signatures", sign(2, people.manager.displayName()));
        learner.post(review + "/signatures", sign(2, people.learner.displayName()));
        assertThat(tutor.get(review).json().get("review").get("state").asString()).isEqualTo("AWAITING_SIGNATURES");
        JsonNode signed = tutor.post(review + "/signatures", sign(2, people.tutor.displayName())).json();

        // then it is signed by all three, locked, and the next review is on the schedule
        assertThat(signed.get("review").get("state").asString()).isEqualTo("SIGNED");
        assertThat(signed.get("signatures").size()).isEqualTo(3);
        assertThat(signed.get("waitingFor").size()).isZero();
        assertThat(tutor.put(review + "/record", record(signed.get("review").get("lockVersion").asInt(), "x"))
                .status()).isEqualTo(409);
        JsonNode history = tutor.get("/api/v1/apprenticeships/" + people.apprenticeship + "/reviews").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("state").asString()).isEqualTo("DUE");
        assertThat(history.get(0).get("dueDate").isNull()).isFalse();

        // and its PDF opens and shows the three signatures
        byte[] document = pdf.render(people.tutor, UUID.fromString(id), 2);
        try (PDDocument opened = Loader.loadPDF(document)) {
            String text = new PDFTextStripper().getText(opened).replaceAll("\\s+", " ");
            assertThat(text).contains("Progress review 1").contains("Signed by " + people.learner.displayName())
                    .contains("Signed by " + people.manager.displayName())
                    .contains("Signed by " + people.tutor.displayName())
                    .contains("Verified: the signed text is unchanged");
        }
    }

    @Test
    void a_target_for_english_and_maths_health_and_safety_or_wider_development_need_not_name_a_ksb() {
        String review = "/api/v1/reviews/" + firstReview(tutor).get("id").asString();
        int lock = tutor.post(review + "/plan", "{\"date\":\"" + LocalDate.now(clock).plusDays(7)
                + "\",\"time\":\"10:30\",\"place\":\"Teams\",\"lockVersion\":0}").json().get("review")
                .get("lockVersion").asInt();
        lock = learner.put(review + "/reflection", "{\"reflection\":\"I passed the mock exam.\",\"lockVersion\":"
                + lock + "}").json().get("review").get("lockVersion").asInt();
        String record = record(lock, "Built the booking page").replace("]}", ", {\"title\": \"Sit functional skills"
                + " maths level 2\", \"targetDate\": \"" + LocalDate.now(clock).plusWeeks(6) + "\", \"ksbs\": \"\"}]}");
        assertThat(tutor.put(review + "/record", record).status()).isEqualTo(200);
        lock = tutor.get(review).json().get("review").get("lockVersion").asInt();

        Api.Response sent = tutor.post(review + "/send-for-signatures", "{\"lockVersion\":" + lock + "}");

        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.json().get("canonicalText").asString())
                .contains("Write tests for the booking page by")
                .contains("Sit functional skills maths level 2 by")
                .doesNotContain("()");
    }

    private String record(int lock, String workCompleted) {
        String today = LocalDate.now(clock).toString();
        return """
                {"lockVersion": %d, "heldOn": "%s", "nextReviewDate": "%s",
                 "sections": {"workCompleted": "%s", "priorities": "The payments project",
                   "offTheJob": "Wednesdays, on plan", "supportNeeds": "None", "englishAndMaths": "Exempt",
                   "healthAndSafety": "Discussed lone working; no concerns", "employerView": "Good progress",
                   "circumstances": "None"},
                 "targets": [{"title": "Write tests for the booking page", "targetDate": "%s", "ksbs": "K1, S2"}]}
                """.formatted(lock, today, LocalDate.now(clock).plusWeeks(10), workCompleted,
                LocalDate.now(clock).plusWeeks(8));
    }

    private static String sign(int version, String name) {
        return "{\"version\":" + version + ",\"fullName\":\"" + name + "\"}";
    }
}
