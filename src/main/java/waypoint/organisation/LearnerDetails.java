package waypoint.organisation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.NationalInsuranceNumber;
import waypoint.shared.validation.Postcode;
import waypoint.shared.validation.Uln;
import waypoint.shared.validation.ValidFormat;

/**
 * A learner's personal and contact details. Who they work with (employer, line manager, tutor) is not among them: it
 * is recorded on their apprenticeship (docs/domain/enrolment.md, "Who an apprentice works with"). The sensitive
 * declarations are apart, in {@code LearnerDeclarations}.
 */
public record LearnerDetails(
        @NotBlank(message = "Enter the learner's first name")
        @Size(max = 100, message = "First name must be 100 characters or fewer") String givenNames,
        @NotBlank(message = "Enter the learner's last name")
        @Size(max = 100, message = "Last name must be 100 characters or fewer") String familyName,
        @NotNull(message = "Enter the learner's date of birth") LocalDate dateOfBirth,
        @NotBlank(message = "Enter the learner's ULN") @Uln String uln,
        @NationalInsuranceNumber String niNumber,
        @NotBlank(message = "Enter the learner's email address") @ValidFormat(Format.EMAIL) String email,
        @ValidFormat(Format.PHONE) String phone,
        @Size(max = 200, message = "Address line 1 must be 200 characters or fewer") String addressLine1,
        @Size(max = 200, message = "Address line 2 must be 200 characters or fewer") String addressLine2,
        @Size(max = 100, message = "Town or city must be 100 characters or fewer") String town,
        @NotBlank(message = "Enter the learner's postcode") @Postcode String postcode,
        @Size(max = 200, message = "Emergency contact name must be 200 characters or fewer") String emergencyContactName,
        @ValidFormat(Format.PHONE) String emergencyContactPhone) {

    public String fullName() {
        return (givenNames == null ? "" : givenNames.strip()) + " " + (familyName == null ? "" : familyName.strip());
    }
}
