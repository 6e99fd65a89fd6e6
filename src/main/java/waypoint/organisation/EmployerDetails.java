package waypoint.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.Postcode;
import waypoint.shared.validation.ValidFormat;

/**
 * What an administrator enters about an employer. The employer reference number is the one the ILR names the
 * employer by (docs/domain/identifiers.md, "Employer reference number"); optional until the return needs it.
 */
public record EmployerDetails(
        @NotBlank(message = "Enter the employer's name")
        @Size(max = 200, message = "Employer name must be 200 characters or fewer") String name,
        @Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
        @Postcode String postcode,
        @NotNull(message = "Select whether the employer pays the apprenticeship levy") Funding funding,
        @ValidFormat(Format.EMPLOYER_REFERENCE_NUMBER) String employerReferenceNumber) {

    /** An employer whose reference number is not yet known: it shows as missing until it is entered. */
    public EmployerDetails(String name, String addressLine1, String addressLine2, String town, String postcode,
            Funding funding) {
        this(name, addressLine1, addressLine2, town, postcode, funding, null);
    }
}
