package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.organisation.validation.Format;
import waypoint.organisation.validation.ValidFormat;

/** What an administrator enters about an employer. */
public record EmployerDetails(
        @NotBlank(message = "Enter the employer's name")
        @Size(max = 200, message = "Employer name must be 200 characters or fewer") String name,
        @Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
        @ValidFormat(Format.POSTCODE) String postcode,
        @NotNull(message = "Select whether the employer pays the apprenticeship levy") Funding funding) {
}
