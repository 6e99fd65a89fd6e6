package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.feedback.internal.PublicSubmissions;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The public feedback form: anyone without an account, a confirmation by email, bad input answered on the page, a
 * honeypot that records nothing, and a limit per address against spam. Each test comes from its own address (sent
 * as X-Forwarded-For through the trusted local proxy), so the limit of one test does not touch another.
 */
@WaypointTest
class PublicFeedbackFormTest {

    @Autowired
    TestClock clock;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** A visitor from one address with their own cookies. */
    private final class Visitor {
        final String ip = "203.0." + ThreadLocalRandom.current().nextInt(0, 255) + "." + ThreadLocalRandom.current().nextInt(1, 255);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> get(String path) throws Exception {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("X-Forwarded-For", ip).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return response;
        }

        HttpResponse<String> submit(Map<String, String> fields) throws Exception {
            get("/feedback/new");
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/feedback/new"))
                    .header("X-Forwarded-For", ip).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, String> complaint(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "COMPLAINT");
        fields.put("formal", "true");
        fields.put("complainantName", "Robin Public");
        fields.put("complainantEmail", email);
        fields.put("complainantType", "EMPLOYER");
        fields.put("summary", "Nobody returned my calls");
        fields.put("details", "I called three times about our apprentice's review.");
        fields.put("website", "");
        return fields;
    }

    private long casesFrom(String email) {
        return jdbc.sql("SELECT count(*) FROM feedback WHERE complainant_email = :e").param("e", email)
                .query(Long.class).single();
    }

    @Test
    void anyone_can_send_a_complaint_without_an_account_and_is_emailed_a_confirmation() throws Exception {
        Visitor visitor = new Visitor();
        String email = "public-" + UUID.randomUUID() + "@example.test";

        assertThat(visitor.get("/sign-in").body()).as("the sign-in page links to the public form")
                .contains("href=\"/feedback/new\"");
        assertThat(visitor.get("/feedback/new").statusCode()).isEqualTo(200);
        var sent = visitor.submit(complaint(email));

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).contains("/feedback/new/sent?reference=FB-");
        assertThat(visitor.get("/feedback/new/sent?reference=FB-1").body()).contains("Feedback sent");
        assertThat(casesFrom(email)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                "SELECT body FROM email_message WHERE recipient = :to").param("to", email).query(String.class).list())
                .anyMatch(body -> body.contains("acknowledge it by")));
    }

    @Test
    void an_assessment_appeal_can_be_sent_from_the_public_form_with_what_it_needs() throws Exception {
        Visitor visitor = new Visitor();
        String email = "appeal-" + UUID.randomUUID() + "@example.test";
        // the form asks what the appeal is about and when the assessment was
        assertThat(visitor.get("/feedback/new").body()).contains("name=\"appealRoute\"", "name=\"assessmentDate\"",
                "The awarding organisation’s appeals process");
        Map<String, String> fields = complaint(email);
        fields.put("kind", "APPEAL");
        fields.remove("formal");
        fields.put("summary", "Unit 2 grade");

        // leaving them out is explained
        var missing = visitor.submit(fields);
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("Select what the appeal is about", "Enter the date of the assessment");

        // and with them the appeal is sent, its window counted in calendar days from the assessment
        LocalDate assessed = LocalDate.now(clock).minusDays(5);
        fields.put("appealRoute", "AWARDING_ORGANISATION");
        fields.put("assessmentDate", assessed.getDayOfMonth() + "/" + assessed.getMonthValue() + "/" + assessed.getYear());
        var sent = visitor.submit(fields);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT appeal_route || ' ' || appeal_by FROM feedback WHERE complainant_email = :e")
                .param("e", email).query(String.class).single())
                .isEqualTo("AWARDING_ORGANISATION " + assessed.plusDays(20));
    }

    @Test
    void bad_input_comes_back_on_the_page_with_the_errors_and_what_was_typed() throws Exception {
        Visitor visitor = new Visitor();
        Map<String, String> fields = complaint("not-an-email");
        fields.put("kind", "GRUMBLE");
        fields.put("summary", "");
        fields.put("complainantType", "");

        var page = visitor.submit(fields);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("There is a problem", "Select what kind of feedback this is",
                "Enter an email address in the correct format", "Enter a short summary", "Select who you are",
                "value=\"not-an-email\"", "Robin Public");
        assertThat(page.body()).doesNotContain("Exception");
    }

    @Test
    void a_robot_filling_the_honeypot_is_thanked_and_nothing_is_recorded() throws Exception {
        Visitor robot = new Visitor();
        String email = "robot-" + UUID.randomUUID() + "@example.test";
        Map<String, String> fields = complaint(email);
        fields.put("website", "http://spam.example");

        var sent = robot.submit(fields);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/feedback/new/sent");
        assertThat(casesFrom(email)).isZero();
    }

    @Test
    void more_than_five_submissions_an_hour_from_one_address_are_refused() throws Exception {
        Visitor visitor = new Visitor();
        String email = "busy-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < PublicSubmissions.LIMIT; i++) {
            assertThat(visitor.submit(complaint(email)).statusCode()).isEqualTo(302);
        }

        var refused = visitor.submit(complaint(email));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts");
        assertThat(casesFrom(email)).isEqualTo(PublicSubmissions.LIMIT);
        // while someone else, from another address, still gets through
        assertThat(new Visitor().submit(complaint(email)).statusCode()).isEqualTo(302);
    }
}
