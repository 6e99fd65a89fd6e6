package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.Postcode;
import waypoint.shared.validation.Ukprn;
import waypoint.shared.validation.ValidFormat;

/** The training provider this installation serves: its name, UKPRN, address and contact details. */
public record ProviderDetails(
        @NotBlank(message = "Enter the provider's name")
        @Size(max = 200, message = "Provider name must be 200 characters or fewer") String name,
        @NotBlank(message = "Enter the provider's UKPRN") @Ukprn String ukprn,
        @Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
        @Postcode String postcode,
        @ValidFormat(Format.EMAIL) String email,
        @ValidFormat(Format.PHONE) String phone) {
}
