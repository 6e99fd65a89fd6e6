package waypoint.enrolment.web.onboarding;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.enrolment.internal.onboarding.Subject;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * An English or maths initial or diagnostic assessment result, as the page's form and the API's body give it: the
 * subject (English, Maths), the kind (INITIAL, DIAGNOSTIC), the result in words and the date, like 27/3/2026 or
 * 2026-03-27. Whether the date may be recorded is the service's rule.
 */
record ResultForm(
        @NotNull(message = ResultForm.CHOOSE_SUBJECT)
        @Pattern(regexp = ResultForm.SUBJECT, message = ResultForm.CHOOSE_SUBJECT) String subject,
        @NotNull(message = ResultForm.CHOOSE_KIND)
        @Pattern(regexp = "(?i)\\s*(initial|diagnostic)\\s*", message = ResultForm.CHOOSE_KIND) String kind,
        @NotBlank(message = "Enter the result, like Entry Level 3 or Level 1")
        @Size(max = 100, message = "The result must be 100 characters or fewer") String result,
        @NotBlank(message = ResultForm.REAL_DATE) @TypedDate(message = ResultForm.REAL_DATE) String assessedOn) {

    /** English or maths as people write them (read by {@link Subject#parse}). */
    static final String SUBJECT = "(?i)\\s*(english|maths|math|mathematics)\\s*";
    static final String CHOOSE_SUBJECT = "Choose English or maths";
    static final String CHOOSE_KIND = "Choose initial or diagnostic assessment";
    static final String REAL_DATE = "Enter the date of the assessment as a real date, like 27/3/2026";

    /** The values typed, once checked. */
    Subject subjectChosen() {
        return Subject.parse(subject).orElseThrow();
    }

    String kindChosen() {
        return kind.strip().toUpperCase(Locale.ROOT);
    }

    LocalDate assessedOnDate() {
        return TypedValues.date(assessedOn).orElseThrow();
    }
}
