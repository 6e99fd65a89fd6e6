package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import waypoint.shared.messaging.EmailRequested;

/** An email is read outside Waypoint: its links work from a mail client, and a reply reaches a person. */
class OutgoingEmailsTest {

    private static final String OFFICE = "Apprenticeships office <office@provider.example>";
    private final OutgoingEmails outgoing = new OutgoingEmails("https://waypoint.provider.example/", OFFICE);

    @Test
    void a_path_in_waypoint_becomes_a_link_with_waypoints_address() {
        ComposedEmail email = outgoing.prepare(new EmailRequested("k", "sam@example.com", "Survey",
                "Sign in to Waypoint and open /surveys/ab12cd.\nOr see (/apprenticeships/1/reviews)."));

        assertThat(email.body())
                .isEqualTo("Sign in to Waypoint and open https://waypoint.provider.example/surveys/ab12cd.\n"
                        + "Or see (https://waypoint.provider.example/apprenticeships/1/reviews).");
    }

    @Test
    void absolute_links_and_slashes_inside_words_are_left_alone() {
        String body = "Open https://waypoint.provider.example/reviews/1 and/or write to a/b 24/7 at sam@x.example/notes.";

        assertThat(outgoing.prepare(new EmailRequested("k", "sam@example.com", "Hello", body)).body()).isEqualTo(body);
    }

    @Test
    void an_email_that_asks_for_a_reply_and_names_nobody_gets_the_providers_reply_address() {
        ComposedEmail email = outgoing.prepare(new EmailRequested("k", "sam@example.com", "Recommendation",
                "To appeal, write to the director (reply to this email, or sign in and use \"Appeal\")."));

        assertThat(email.replyTo()).isEqualTo(OFFICE);
    }

    @Test
    void an_email_that_names_who_to_reply_to_keeps_it() {
        ComposedEmail email = outgoing.prepare(new EmailRequested("k", "sam@example.com", "Recommendation",
                "Please reply to this email.", "Dana Director <director@provider.example>"));

        assertThat(email.replyTo()).isEqualTo("Dana Director <director@provider.example>");
    }

    @Test
    void an_email_that_asks_for_no_reply_carries_no_reply_to() {
        ComposedEmail email = outgoing.prepare(new EmailRequested("k", "sam@example.com", "Booked",
                "Your review is booked."));

        assertThat(email.replyTo()).isNull();
    }
}
