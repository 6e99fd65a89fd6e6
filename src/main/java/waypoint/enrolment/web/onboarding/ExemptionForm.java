package waypoint.enrolment.web.onboarding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import waypoint.enrolment.internal.onboarding.Subject;

/**
 * A certificate that exempts the apprentice from English or maths, as the page's form and the API's multipart body
 * give it: the subject (English, Maths), the qualification and grade in words, and the certificate's file (null when
 * none was chosen). Whether the file is a document small enough to keep is the upload's rule.
 */
record ExemptionForm(
        @NotNull(message = ResultForm.CHOOSE_SUBJECT)
        @Pattern(regexp = ResultForm.SUBJECT, message = ResultForm.CHOOSE_SUBJECT) String subject,
        @NotBlank(message = "Enter the qualification and grade, like GCSE English Language grade 5")
        @Size(max = 200, message = "The qualification must be 200 characters or fewer") String qualification,
        @NotNull(message = "Select the certificate") MultipartFile file) {

    ExemptionForm {
        file = file == null || file.isEmpty() ? null : file;
    }

    /** The values typed, once checked. */
    Subject subjectChosen() {
        return Subject.parse(subject).orElseThrow();
    }

    String qualificationGiven() {
        return qualification.strip();
    }
}
