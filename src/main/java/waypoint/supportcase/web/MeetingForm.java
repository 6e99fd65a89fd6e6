package waypoint.supportcase.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.web.DateText;
import waypoint.supportcase.internal.FormalStages.MeetingInput;

/**
 * A formal stage meeting as typed, with the agenda your support policy sets (the page's form and the API's body):
 * every part of the agenda is answered, "none" where there is nothing to say. The dates the meeting may fall on are
 * the case's to check (docs/domain/support-policy.md).
 */
record MeetingForm(
        Integer version,
        @NotBlank(message = HELD_ON) @TypedDate(message = HELD_ON) String heldOn,
        @NotBlank(message = "Enter who attended")
        @Size(max = 5000, message = "Shorten who attended to {max} characters or fewer") String attendees,
        @NotNull(message = "Say whether the line manager or someone from the employer attended")
        Boolean employerAttended,
        @NotBlank(message = "Enter the update on progress with actions")
        @Size(max = 5000, message = "Shorten the update on progress with actions to {max} characters or fewer")
        String progressUpdate,
        @NotBlank(message = "Enter the successes (or “none”)")
        @Size(max = 5000, message = "Shorten the successes (or “none”) to {max} characters or fewer") String successes,
        @NotBlank(message = "Enter the blockers (or “none”)")
        @Size(max = 5000, message = "Shorten the blockers (or “none”) to {max} characters or fewer") String blockers,
        @NotBlank(message = "Enter any amendments proposed (or “none”)")
        @Size(max = 5000, message = "Shorten any amendments proposed (or “none”) to {max} characters or fewer")
        String amendments,
        @NotBlank(message = "Enter the support requests (or “none”)")
        @Size(max = 5000, message = "Shorten the support requests (or “none”) to {max} characters or fewer")
        String supportRequests,
        @Size(max = 5000, message = "Staff-only notes must be {max} characters or fewer") String staffNotes) {

    static final String HELD_ON = "Enter the date the meeting was held, today or earlier, like 27/4/2026";

    MeetingInput input() {
        return new MeetingInput(DateText.parse(heldOn).orElseThrow(), attendees.strip(), employerAttended,
                progressUpdate.strip(), successes.strip(), blockers.strip(), amendments.strip(),
                supportRequests.strip(), staffNotes == null || staffNotes.isBlank() ? null : staffNotes.strip());
    }
}
