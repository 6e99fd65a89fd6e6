package waypoint.enrolment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import waypoint.enrolment.internal.apprenticeship.UnitAssessment;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * How an apprenticeship unit ended (docs/domain/programme-types.md), as the page's form and the API's body give it:
 * the provider's test, the date it was passed, who validated it for the employer and when (dates like 3 12 2026 or
 * 2026-12-03), and the version read. Whether the dates fit the apprenticeship is its own rule.
 */
record UnitCompletionForm(
        @NotBlank(message = "Enter the name of the provider's test")
        @Size(max = 300, message = "The name of the test must be 300 characters or fewer") String test,
        @NotBlank(message = "Enter the date the apprentice passed the test")
        @TypedDate(message = "Enter a real date, like 3 12 2026") String passedOn,
        @NotBlank(message = "Enter who validated the test for the employer")
        @Size(max = 200, message = "The name must be 200 characters or fewer") String validatedBy,
        @NotBlank(message = "Enter the date the employer validated the test")
        @TypedDate(message = "Enter a real date, like 3 12 2026") String validatedOn,
        Integer version) {

    static UnitCompletionForm at(int version) {
        return new UnitCompletionForm(null, null, null, null, version);
    }

    /** The typed assessment, once the form is checked. */
    UnitAssessment assessment() {
        return new UnitAssessment(test, TypedValues.date(passedOn).orElseThrow(), validatedBy,
                TypedValues.date(validatedOn).orElseThrow());
    }
}
