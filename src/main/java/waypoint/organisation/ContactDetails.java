package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/** A person at an employer, such as an apprentice's line manager: they sign in as an employer contact. */
public record ContactDetails(
        @NotBlank(message = "Enter the contact's full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the contact's email address") @ValidFormat(Format.EMAIL) String email,
        @ValidFormat(Format.PHONE) String phone) {
}
