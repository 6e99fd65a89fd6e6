package waypoint.shared.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A module's email written from its text template and asked for, once per key. */
class TextEmailsTest {

    private final List<Object> published = new ArrayList<>();
    private final TextEmails emails = new TextEmails("https://waypoint.example.ac.uk", published::add);

    @Test
    void an_email_is_written_from_the_modules_text_template_with_the_model() {
        emails.send("review:1:LEARNER", "ada@example.com", "Your review", "review/email/review", Map.of(
                "name", "Ada", "apprentice", "Ada Lovelace", "standard", "Software developer (ST0116)",
                "message", "Your review is booked.", "link", emails.baseUrl() + "/reviews/1"));

        assertThat(published).singleElement().isInstanceOfSatisfying(EmailRequested.class, email -> {
            assertThat(email.key()).isEqualTo("review:1:LEARNER");
            assertThat(email.to()).isEqualTo("ada@example.com");
            assertThat(email.subject()).isEqualTo("Your review");
            assertThat(email.body()).contains("Ada").contains("Your review is booked.")
                    .contains("https://waypoint.example.ac.uk/reviews/1");
        });
    }

    @Test
    void a_link_given_as_a_path_in_waypoint_is_written_as_an_absolute_link() {
        emails.send("review:2:LEARNER", "ada@example.com", "Your review", "review/email/review", Map.of(
                "name", "Ada", "apprentice", "Ada Lovelace", "standard", "Software developer (ST0116)",
                "message", "Your review is booked.", "link", "/reviews/2"));

        assertThat(published).singleElement().isInstanceOfSatisfying(EmailRequested.class, email ->
                assertThat(email.body()).contains("https://waypoint.example.ac.uk/reviews/2"));
        assertThat(emails.link("https://elsewhere.example/x")).isEqualTo("https://elsewhere.example/x");
    }

    @Test
    void an_email_that_asks_for_a_reply_names_who_the_reply_goes_to() {
        emails.sendAskingForReply("review:3:LEARNER", "ada@example.com", "Taylor Tutor <tutor@example.com>",
                "Your review", "review/email/review", Map.of("name", "Ada", "apprentice", "Ada Lovelace",
                        "standard", "Software developer (ST0116)", "message", "Reply to this email with a date.",
                        "link", "/reviews/3"));

        assertThat(published).singleElement().isInstanceOfSatisfying(EmailRequested.class, email -> {
            assertThat(email.replyTo()).isEqualTo("Taylor Tutor <tutor@example.com>");
            assertThat(email.body()).contains("https://waypoint.example.ac.uk/reviews/3");
        });
    }

    @Test
    void a_notice_is_asked_for_with_its_link_in_waypoint() {
        UUID account = UUID.randomUUID();
        emails.notice("review:1:LEARNER:notice", account, "Your review", "Booked", "/reviews/1");

        assertThat(published).containsExactly(new NotificationRequested("review:1:LEARNER:notice", account,
                "Your review", "Booked", "/reviews/1"));
    }
}
