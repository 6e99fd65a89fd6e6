package waypoint.admissions;

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

import waypoint.admissions.internal.AdmissionReminders;
import waypoint.admissions.internal.PublicSubmissionLimit;
import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;
import waypoint.support.TestClock;

/**
 * The public enquiry form against robots: the hidden field holds a submission back as spam (answered as a person
 * would be, with no email and nothing on the board), and too many from one address are answered 429. Each visitor
 * comes from its own address (X-Forwarded-For through the trusted local proxy). And the reminder when one waits.
 */
@WaypointTest
class PublicAdmissionFormsTest {

    @Autowired
    TestClock clock;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final String FORM = "/courses/learning-and-skills-mentor/enquire";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicSubmissionLimit limit;
    @Autowired
    AdmissionReminders reminders;

    private final class Visitor {
        final String ip = "198.51." + ThreadLocalRandom.current().nextInt(0, 255) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> send(Map<String, String> fields) throws Exception {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FORM))
                    .header("X-Forwarded-For", ip).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = CSRF.matcher(form.body());
            assertThat(token.find()).isTrue();
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token.group(1));
            String body = all.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + FORM + "/send"))
                    .header("X-Forwarded-For", ip).header("Accept", "text/html")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static Map<String, String> enquiry(String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("enquirer", "INDIVIDUAL");
        fields.put("givenNames", "Robin");
        fields.put("familyName", "Public");
        fields.put("email", email);
        fields.put("message", "When is the next cohort?");
        fields.put("website", "");
        return fields;
    }

    @Test
    void a_robot_filling_the_hidden_field_is_thanked_and_held_back_as_spam() throws Exception {
        String email = "robot-" + UUID.randomUUID() + "@example.test";
        Map<String, String> fields = enquiry(email);
        fields.put("website", "http://spam.example");

        var sent = new Visitor().send(fields);

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith(FORM + "/sent");
        assertThat(jdbc.sql("SELECT spam FROM admissions_admission WHERE email = :e").param("e", email)
                .query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM email_message WHERE recipient = :e").param("e", email)
                .query(Long.class).single()).isZero();
        String board = PageClient.signedInAs(port, DemoAccounts.ADMIN).get("/admissions/board").body();
        assertThat(board).doesNotContain(email);
    }

    @Test
    void too_many_submissions_from_one_address_are_answered_429_with_a_clear_page() throws Exception {
        Visitor visitor = new Visitor();
        String email = "busy-" + UUID.randomUUID() + "@example.test";
        for (int i = 0; i < limit.perHour(); i++) {
            assertThat(visitor.send(enquiry(email)).statusCode()).isEqualTo(302);
        }

        var refused = visitor.send(enquiry(email));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Too many attempts", "Nothing more has been sent");
        assertThat(jdbc.sql("SELECT count(*) FROM admissions_admission WHERE email = :e").param("e", email)
                .query(Long.class).single()).isEqualTo(limit.perHour());
        assertThat(new Visitor().send(enquiry(email)).statusCode()).isEqualTo(302);
    }

    @Test
    void an_enquiry_waiting_more_than_the_working_days_set_is_brought_to_the_administrators_notice_once()
            throws Exception {
        String email = "waiting-" + UUID.randomUUID() + "@example.test";
        assertThat(new Visitor().send(enquiry(email)).statusCode()).isEqualTo(302);
        String reference = jdbc.sql("SELECT reference FROM admissions_admission WHERE email = :e").param("e", email)
                .query(String.class).single();
        clock.moveBy(Duration.ofDays(1));
        reminders.remindWaiting(clock);
        assertThat(notificationsAbout(reference)).isZero();

        clock.moveBy(Duration.ofDays(20));
        reminders.remindWaiting(clock);
        reminders.remindWaiting(clock);

        UUID admin = jdbc.sql("SELECT id FROM identity.user_account WHERE email = :e")
                .param("e", DemoAccounts.ADMIN.email()).query(UUID.class).single();
        await().atMost(Duration.ofSeconds(10)).until(() -> notificationsAbout(reference) > 0);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE recipient_id = :a AND title LIKE :t")
                .param("a", admin).param("t", "%" + reference + "%").query(Long.class).single()).isEqualTo(1);
    }

    private long notificationsAbout(String reference) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE title LIKE :t").param("t", "%" + reference + "%")
                .query(Long.class).single();
    }
}
