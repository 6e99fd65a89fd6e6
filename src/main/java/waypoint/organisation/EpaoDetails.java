package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/** An end-point assessment organisation and who to contact there. */
public record EpaoDetails(
        @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Organisation name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the EPAO ID") @ValidFormat(Format.EPAO_ID) String epaoId,
        @Size(max = 200, message = "Contact name must be 200 characters or fewer") String contactName,
        @ValidFormat(Format.EMAIL) String contactEmail,
        @ValidFormat(Format.PHONE) String contactPhone) {
}
