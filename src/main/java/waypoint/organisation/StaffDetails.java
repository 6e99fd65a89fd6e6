package waypoint.organisation;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import waypoint.identity.Role;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/** A member of the provider's staff and the jobs (staff roles) they do. */
public record StaffDetails(
        @NotBlank(message = "Enter the staff member's full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the staff member's email address") @ValidFormat(Format.EMAIL) String email,
        @ValidFormat(Format.PHONE) String phone,
        @NotEmpty(message = "Select at least one role") Set<Role> roles) {

    public StaffDetails {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
