package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.organisation.validation.Format;
import waypoint.organisation.validation.ValidFormat;

/** The training provider this installation serves: its name, UKPRN, address and contact details. */
public record ProviderDetails(
        @NotBlank(message = "Enter the provider's name")
        @Size(max = 200, message = "Provider name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the provider's UKPRN") @ValidFormat(Format.UKPRN) String ukprn,
        @Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
        @ValidFormat(Format.POSTCODE) String postcode,
        @ValidFormat(Format.EMAIL) String email,
        @ValidFormat(Format.PHONE) String phone) {
}
