package waypoint.dataprotection.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The data protection officer's steps on a request, each carrying the version it was read at. */
final class StepForms {

    private StepForms() {
    }

    record IdentityForm(@NotBlank(message = "Say how you checked who they are")
            @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String note,
            int version) {
    }

    record ExtendForm(Integer months,
            @Size(max = 2000, message = "The reason must be 2,000 characters or fewer") String reason, int version) {
    }

    record ReleaseForm(List<String> refused,
            @Size(max = 4000, message = "The reason must be 4,000 characters or fewer") String reason, int version) {
    }

    record VersionForm(int version) {
    }
}
