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
    void a_notice_is_asked_for_with_its_link_in_waypoint() {
        UUID account = UUID.randomUUID();
        emails.notice("review:1:LEARNER:notice", account, "Your review", "Booked", "/reviews/1");

        assertThat(published).containsExactly(new NotificationRequested("review:1:LEARNER:notice", account,
                "Your review", "Booked", "/reviews/1"));
    }
}
