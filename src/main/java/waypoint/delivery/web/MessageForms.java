package waypoint.delivery.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;
import waypoint.enrolment.ApprenticeshipId;

/**
 * The message forms as typed: a new thread (the page's, and the API's body) and a reply (both). What must be filled
 * in, and how long it may be, is checked here; who may write to whom is the service's.
 */
final class MessageForms {

    static final String SUBJECT_NEEDED = "Enter a subject";
    static final String SUBJECT_TOO_LONG = "The subject must be {max} characters or fewer";
    static final String BODY_NEEDED = "Enter your message";
    static final String BODY_TOO_LONG = "The message must be {max} characters or fewer";
    static final String CHOOSE_APPRENTICE = "Choose the apprentice";
    static final String AN_ID = "\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*";

    private MessageForms() {
    }

    /** A new thread on the page: the apprentice is chosen from a list, or from the matches of a search. */
    record NewThread(
            @NotBlank(message = CHOOSE_APPRENTICE) @Pattern(regexp = AN_ID, message = CHOOSE_APPRENTICE)
            String apprenticeshipId,
            @NotBlank(message = SUBJECT_NEEDED) @Size(max = 200, message = SUBJECT_TOO_LONG) String subject,
            @NotBlank(message = BODY_NEEDED) @Size(max = 8000, message = BODY_TOO_LONG) String body,
            Boolean includeEmployer) {

        ApprenticeshipId apprenticeship() {
            return ApprenticeshipId.of(apprenticeshipId);
        }

        /** The employer's line manager is included: the box ticked (a box left unticked sends nothing). */
        boolean withEmployer() {
            return Boolean.TRUE.equals(includeEmployer);
        }
    }

    /** A new thread through the API. */
    record StartRequest(
            @NotNull(message = "Choose the apprenticeship") UUID apprenticeshipId,
            @NotBlank(message = SUBJECT_NEEDED) @Size(max = 200, message = SUBJECT_TOO_LONG) String subject,
            @NotBlank(message = BODY_NEEDED) @Size(max = 8000, message = BODY_TOO_LONG) String body,
            Boolean includeEmployer) {
    }

    /** A reply, on the page and through the API. */
    record Reply(@NotBlank(message = BODY_NEEDED) @Size(max = 8000, message = BODY_TOO_LONG) String body) {
    }
}
