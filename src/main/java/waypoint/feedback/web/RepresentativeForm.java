package waypoint.feedback.web;

import jakarta.validation.constraints.NotBlank;

/**
 * A representative acting for the complainant (page and API): who they are and how they know the complainant. Their
 * written authority is uploaded with it, and is the case's own rule.
 */
record RepresentativeForm(
        @NotBlank(message = "Enter the representative’s name") String name,
        @NotBlank(message = "Enter how they know the complainant, like parent or friend") String relationship) {
}
