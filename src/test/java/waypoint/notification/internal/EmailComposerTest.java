package waypoint.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.identity.InvitationIssued;
import waypoint.identity.PasswordResetRequested;

class EmailComposerTest {

    private final EmailComposer composer = new EmailComposer("https://waypoint.example.ac.uk");

    @Test
    void an_invitation_email_has_the_link_and_says_when_it_expires_in_london_time() {
        // 16:30 UTC on 21 July 2026 is 5:30pm British Summer Time
        InvitationIssued invitation = new InvitationIssued(UUID.randomUUID(), "sam@example.com", "Sam Jones",
                "https://waypoint.example.ac.uk/account/set-password?token=abc123", Instant.parse("2026-07-21T16:30:00Z"));

        ComposedEmail email = composer.invitation(invitation);

        assertThat(email.to()).isEqualTo("sam@example.com");
        assertThat(email.subject()).isEqualTo("You have been invited to Waypoint");
        assertThat(email.body())
                .startsWith("Dear Sam Jones,")
                .contains("\nhttps://waypoint.example.ac.uk/account/set-password?token=abc123\n")
                .contains("It expires at 5:30pm on Tuesday 21 July 2026 (UK time)")
                .contains("Waypoint is the system your apprenticeship training provider uses")
                .endsWith("https://waypoint.example.ac.uk\n");
    }

    @Test
    void a_password_reset_email_has_the_link_and_its_expiry_in_greenwich_mean_time_in_winter() {
        PasswordResetRequested reset = new PasswordResetRequested(UUID.randomUUID(), "sam@example.com", "Sam Jones",
                "https://waypoint.example.ac.uk/account/reset-password/new?token=xyz", Instant.parse("2026-01-05T09:05:00Z"));

        ComposedEmail email = composer.passwordReset(reset);

        assertThat(email.subject()).isEqualTo("Reset your Waypoint password");
        assertThat(email.body())
                .contains("https://waypoint.example.ac.uk/account/reset-password/new?token=xyz")
                .contains("It expires at 9:05am on Monday 5 January 2026 (UK time)")
                .contains("your password has not changed");
    }

    @Test
    void a_name_is_written_as_typed_in_a_plain_text_email() {
        InvitationIssued invitation = new InvitationIssued(UUID.randomUUID(), "a@example.com", "Siân O'Brien <&>",
                "https://w.test/x", Instant.parse("2026-07-21T16:30:00Z"));

        assertThat(composer.invitation(invitation).body()).startsWith("Dear Siân O'Brien <&>,");
    }
}
