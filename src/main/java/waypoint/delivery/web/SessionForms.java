package waypoint.delivery.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The session forms checked on their request records (the page's and the API's body alike). */
final class SessionForms {

    private SessionForms() {
    }

    /** Cancelling a session: why, told to everyone invited. */
    record CancelForm(
            @NotBlank(message = "Enter why the session is cancelled")
            @Size(max = 4000, message = "The reason must be {max} characters or fewer") String reason,
            Integer lockVersion) {

        String why() {
            return reason.strip();
        }
    }
}
