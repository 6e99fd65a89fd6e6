package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.shared.time.GovUkDates;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The apprentice and employer feedback indicators (docs/domain/accountability.md, "Apprentice and employer
 * feedback"): not known, with a warning, until quality or an administrator records the ratings the Apprenticeship
 * Service publishes; each field that is not what it publishes is an error on the page and a 400 problem in the API;
 * every recording is audited; no rating is judged against a threshold Waypoint does not hold; the other roles may not
 * record them.
 */
@WaypointTest
class FeedbackRatingsTest {

    @Autowired
    TestClock clock;

    private static final String FORM = "/accountability/feedback-ratings";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static Map<String, String> typed(String published, String apprentice, String apprenticeReviews,
            String employer, String employerReviews, String link) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("publishedOn", published);
        fields.put("apprenticeRating", apprentice);
        fields.put("apprenticeReviews", apprenticeReviews);
        fields.put("employerRating", employer);
        fields.put("employerReviews", employerReviews);
        fields.put("sourceLink", link);
        return fields;
    }

    @Test
    void ratings_not_recorded_are_not_known_and_quality_records_them_as_published_audited() {
        jdbc.sql("DELETE FROM accountability_feedback_rating").update();
        PageClient head = PageClient.signedInAs(port, DemoAccounts.HEAD);
        String before = head.get("/accountability").text();
        assertThat(before).contains("Apprentice and employer feedback",
                "Not known: the ratings published on the Apprenticeship Service have not been recorded",
                "your provider's own satisfaction surveys").doesNotContain("Record the published ratings");
        Api headApi = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        assertThat(headApi.get("/api/v1/accountability/feedback-ratings").json().get("recorded").asBoolean())
                .isFalse();

        PageClient quality = PageClient.signedInAs(port, DemoAccounts.QUALITY);
        PageClient.Page empty = quality.postForm(FORM, FORM, typed("", "", "", "", "", ""));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.text()).contains("There is a problem", "Enter the date the ratings were published",
                "Enter the apprentice rating or the employer rating", "Enter the address of the page");
        String tomorrow = LocalDate.now(clock).plusDays(2).toString();
        PageClient.Page wrong = quality.postForm(FORM, FORM, typed(tomorrow, "4.5", "-1", "three", "1.5",
                "ftp://example.test/ratings"));
        assertThat(wrong.text()).contains("The date published must be today or in the past",
                "The apprentice rating must be from 1 to 4 stars", "The number of apprentice reviews must be 0 or more",
                "The employer rating must be a number of stars", "The number of employer reviews must be a whole number",
                "The source must be a web address starting https://");

        String published = LocalDate.now(clock).minusDays(10).toString();
        PageClient.Page saved = quality.postForm(FORM, FORM, typed(published, "3.6", "42", "", "3",
                "https://find-apprenticeship-training.example.test/provider/10000000"));
        assertThat(saved.status()).isEqualTo(302);
        String after = quality.follow(saved).text();
        assertThat(after).contains("Feedback ratings saved", "3.6 out of 4 from 42 reviews",
                "none published (3 reviews)", "No threshold recorded", "Quinn Quality",
                "https://find-apprenticeship-training.example.test/provider/10000000")
                .doesNotContain("have not been recorded");
        JsonNode api = headApi.get("/api/v1/accountability/feedback-ratings").json();
        assertThat(api.get("recorded").asBoolean()).isTrue();
        assertThat(api.get("ratings").get(0).get("apprenticeRating").decimalValue()).isEqualByComparingTo("3.6");
        assertThat(api.get("ratings").get(0).has("employerRating")).as("none published is absent, never 0")
                .isFalse();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "SELECT count(*) FROM audit_event WHERE after_summary LIKE :text")
                .param("text", "Apprentice rating 3.6 out of 4 from 42 reviews, employer rating none published (3"
                        + " reviews)%").query(Long.class).single()).isPositive());
    }

    @Test
    void only_quality_and_administrators_record_ratings_and_the_api_names_each_wrong_field() {
        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.HEAD, DemoAccounts.TUTOR, DemoAccounts.DIRECTOR,
                DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            assertThat(PageClient.signedInAs(port, account).get(FORM).status()).as(account.name()).isEqualTo(403);
            Api api = Api.at(port).signedInAs(account.email(), DemoAccounts.PASSWORD);
            assertThat(api.post("/api/v1/accountability/feedback-ratings", "{\"publishedOn\": \"2026-11-01\","
                    + " \"apprenticeRating\": \"3\", \"sourceLink\": \"https://example.test\"}").status())
                    .as(account.name()).isEqualTo(403);
        }
        assertThat(Api.at(port).signedInAs(DemoAccounts.LEARNER.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/accountability/feedback-ratings").status()).isEqualTo(403);

        Api admin = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), DemoAccounts.PASSWORD);
        Api.Response bad = admin.post("/api/v1/accountability/feedback-ratings", "{\"publishedOn\": \"31/2/2026\","
                + " \"employerRating\": \"0.5\", \"sourceLink\": \"\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("publishedOn", "The date published must be a real date", "employerRating",
                "The employer rating must be from 1 to 4 stars", "sourceLink");
        Api.Response good = admin.post("/api/v1/accountability/feedback-ratings", "{\"publishedOn\": \"2026-11-01\","
                + " \"apprenticeRating\": \"3.2\", \"apprenticeReviews\": \"12\", \"employerRating\": \"4\","
                + " \"employerReviews\": \"7\", \"sourceLink\": \"https://example.test/ratings\"}");
        assertThat(good.status()).as(good.body()).isEqualTo(201);
        assertThat(good.json().get("employerRating").decimalValue()).isEqualByComparingTo("4.0");
    }

    @Test
    void quality_sees_the_provider_s_own_survey_beside_the_published_ratings_and_the_history_ten_at_a_time() {
        // an employer survey of its own: a rating question answered twice in the last year (and once long before,
        // which does not count), and one nobody has answered
        String suffix = Long.toString(System.nanoTime(), 36);
        String answered = "How well did we train your apprentice " + suffix + "?";
        String unanswered = "How easy was it to reach your tutor " + suffix + "?";
        java.util.UUID template = java.util.UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO survey_template (id, name, audience, occasion, anonymous, active, created_at, version)
                VALUES (:id, :name, 'EMPLOYER', 'EMPLOYER_YEARLY', TRUE, TRUE, now(), 0)""").param("id", template)
                .param("name", "Employer check-in " + suffix).update();
        java.util.UUID rated = question(template, 1, answered);
        question(template, 2, unanswered);
        respond(template, rated, 4, LocalDate.now(clock).minusDays(20));
        respond(template, rated, 5, LocalDate.now(clock).minusDays(3));
        respond(template, rated, 1, LocalDate.now(clock).minusYears(2));

        // twelve recordings of the published ratings: the newest ten on the first page, the other two on the next
        jdbc.sql("DELETE FROM accountability_feedback_rating").update();
        for (int i = 0; i < 12; i++) {
            jdbc.sql("""
                    INSERT INTO accountability_feedback_rating (id, published_on, apprentice_rating, apprentice_reviews,
                        employer_rating, employer_reviews, source_link, recorded_at, recorded_by, recorded_by_name)
                    VALUES (:id, :published, :rating, 10, 3.0, 5, 'https://example.test/ratings', now(), :by,
                            'Quinn Quality')""").param("id", java.util.UUID.randomUUID())
                    .param("published", LocalDate.now(clock).minusMonths(12 - i))
                    .param("rating", new java.math.BigDecimal("2.0").add(new java.math.BigDecimal(i).movePointLeft(1)))
                    .param("by", java.util.UUID.randomUUID()).update();
        }

        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.QUALITY, DemoAccounts.ADMIN}) {
            String page = PageClient.signedInAs(port, account).get(FORM).text();
            assertThat(page).as(account.name()).contains("The published ratings beside your own survey",
                    "Published on the Apprenticeship Service (stars out of 4)", "Your own survey (rated from 1 to 5)",
                    "Your own survey, " + GovUkDates.date(LocalDate.now(clock)
                            .minusYears(1).plusDays(1)) + " to "
                            + GovUkDates.date(LocalDate.now(clock)),
                    "“" + answered + "” (Employer check-in " + suffix + ") 4.5 out of 5 from 2 responses",
                    "“" + unanswered + "” (Employer check-in " + suffix + ") No responses in this period",
                    // the newest publication beside it
                    "3.1 out of 4 from 10 reviews", "1 to 10 of 12, newest first")
                    .doesNotContain("0 out of 5", " 2 out of 4", "2.1 out of 4");
            String older = PageClient.signedInAs(port, account).get(FORM + "?page=1").text();
            assertThat(older).contains("11 to 12 of 12, newest first", " 2 out of 4 from 10 reviews",
                    "2.1 out of 4 from 10 reviews").doesNotContain("2.2 out of 4 from 10 reviews");
        }
        // the API pages the history the same way and carries the provider's own survey, labelled apart
        JsonNode api = Api.at(port).signedInAs(DemoAccounts.QUALITY.email(), DemoAccounts.PASSWORD)
                .get("/api/v1/accountability/feedback-ratings?page=1").json();
        assertThat(api.get("recorded").asBoolean()).isTrue();
        assertThat(api.get("total").asLong()).isEqualTo(12);
        assertThat(api.get("ratings")).hasSize(2);
        assertThat(api.get("ratings").get(1).get("apprenticeRating").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(api.get("ownSurveys").toString()).contains(answered, unanswered);

        for (DemoAccounts account : new DemoAccounts[] {DemoAccounts.HEAD, DemoAccounts.DIRECTOR, DemoAccounts.TUTOR,
                DemoAccounts.LEARNER, DemoAccounts.EMPLOYER}) {
            assertThat(PageClient.signedInAs(port, account).get(FORM + "?page=1").status()).as(account.name())
                    .isEqualTo(403);
        }
    }

    private java.util.UUID question(java.util.UUID template, int position, String text) {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO survey_question (id, template_id, position, kind, text)"
                + " VALUES (:id, :t, :p, 'RATING', :text)").param("id", id).param("t", template).param("p", position)
                .param("text", text).update();
        return id;
    }

    private void respond(java.util.UUID template, java.util.UUID question, int rating, LocalDate on) {
        java.util.UUID response = java.util.UUID.randomUUID();
        jdbc.sql("INSERT INTO survey_response (id, template_id, submitted_at) VALUES (:id, :t, :at)")
                .param("id", response).param("t", template)
                .param("at", java.sql.Timestamp.from(on.atTime(12, 0).atZone(java.time.ZoneId.of("Europe/London"))
                        .toInstant())).update();
        jdbc.sql("INSERT INTO survey_answer (response_id, question_id, rating) VALUES (:r, :q, :rating)")
                .param("r", response).param("q", question).param("rating", rating).update();
    }
}
