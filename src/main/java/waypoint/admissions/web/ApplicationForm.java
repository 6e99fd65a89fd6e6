package waypoint.admissions.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.admissions.internal.PersonDetails;
import waypoint.admissions.internal.Sources;
import waypoint.shared.validation.Postcode;
import waypoint.shared.validation.PostcodeRule;
import waypoint.shared.validation.Uln;
import waypoint.shared.validation.UlnRule;
import waypoint.shared.web.DateText;

/**
 * The public application form: what a person needs to give to become a learner, their employer and line manager,
 * and the English and maths they already hold. {@code website} is the honeypot.
 */
record ApplicationForm(
        @NotNull(message = "Select the cohort you want to join") UUID cohortId,
        @NotBlank(message = "Enter your first name") @Size(max = 100, message = "First name must be 100 characters or fewer") String givenNames,
        @NotBlank(message = "Enter your last name") @Size(max = 100, message = "Last name must be 100 characters or fewer") String familyName,
        @NotBlank(message = "Enter your date of birth, for example 27 3 2001") String dateOfBirth,
        @NotBlank(message = "Enter your email address")
        @Email(regexp = ".+@.+\\..+", message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 254, message = "Email address must be 254 characters or fewer") String email,
        @Pattern(regexp = "^$|^[0-9+() -]{7,20}$", message = "Enter a telephone number, like 01632 960 001") String phone,
        @NotBlank(message = "Enter your postcode")
        @Postcode(message = "Enter a real postcode, like LS1 6DT") String postcode,
        @Uln String uln,
        @NotBlank(message = "Enter your employer's name") @Size(max = 200, message = "Employer must be 200 characters or fewer") String employerName,
        @NotBlank(message = "Enter your line manager's name") @Size(max = 200, message = "Name must be 200 characters or fewer") String lineManagerName,
        @NotBlank(message = "Enter your line manager's email address")
        @Email(regexp = ".+@.+\\..+", message = "Enter your line manager's email address in the correct format") String lineManagerEmail,
        @Pattern(regexp = "^$|^[0-9+() -]{7,20}$", message = "Enter a telephone number, like 01632 960 001") String lineManagerPhone,
        @NotBlank(message = "Tell us which English qualification you hold, or say none") @Size(max = 200, message = "English must be 200 characters or fewer") String englishHeld,
        @NotBlank(message = "Tell us which maths qualification you hold, or say none") @Size(max = 200, message = "Maths must be 200 characters or fewer") String mathsHeld,
        String source,
        String website) {

    static ApplicationForm forCohort(UUID cohortId) {
        return new ApplicationForm(cohortId, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }

    java.util.Optional<LocalDate> birthDate() {
        return DateText.parse(dateOfBirth);
    }

    PersonDetails person() {
        return new PersonDetails(PersonDetails.Enquirer.INDIVIDUAL, givenNames.strip(), familyName.strip(),
                email.strip(), EnquiryForm.blank(phone), employerName.strip(), null, birthDate().orElseThrow(),
                PostcodeRule.normalise(postcode), uln == null || uln.isBlank() ? null : UlnRule.normalise(uln),
                lineManagerName.strip(), lineManagerEmail.strip(), EnquiryForm.blank(lineManagerPhone),
                englishHeld.strip(), mathsHeld.strip(), Sources.of(source));
    }
}
