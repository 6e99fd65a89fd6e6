package waypoint.admissions.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.admissions.internal.PersonDetails;
import waypoint.admissions.internal.Sources;

/**
 * The public enquiry form. {@code website} is the honeypot: hidden from people, filled in only by robots.
 */
record EnquiryForm(
        @NotNull(message = "Select who you are") PersonDetails.Enquirer enquirer,
        @NotBlank(message = "Enter your first name") @Size(max = 100, message = "First name must be 100 characters or fewer") String givenNames,
        @NotBlank(message = "Enter your last name") @Size(max = 100, message = "Last name must be 100 characters or fewer") String familyName,
        @NotBlank(message = "Enter your email address")
        @Email(regexp = ".+@.+\\..+", message = "Enter an email address in the correct format, like name@example.com")
        @Size(max = 254, message = "Email address must be 254 characters or fewer") String email,
        @Pattern(regexp = "^$|^[0-9+() -]{7,20}$", message = "Enter a telephone number, like 01632 960 001") String phone,
        @Size(max = 200, message = "Employer must be 200 characters or fewer") String employerName,
        @NotBlank(message = "Enter your message") @Size(max = 2000, message = "Your message must be 2000 characters or fewer") String message,
        String source,
        String website) {

    static EnquiryForm empty() {
        return new EnquiryForm(null, null, null, null, null, null, null, null, null);
    }

    boolean isRobot() {
        return website != null && !website.isBlank();
    }

    PersonDetails person() {
        return new PersonDetails(enquirer, givenNames.strip(), familyName.strip(), email.strip(), blank(phone),
                blank(employerName), message.strip(), null, null, null, null, null, null, null, null,
                Sources.of(source));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
