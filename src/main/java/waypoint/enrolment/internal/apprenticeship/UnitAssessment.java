package waypoint.enrolment.internal.apprenticeship;

import java.time.LocalDate;

import waypoint.shared.time.GovUkDates;

/**
 * How an apprenticeship unit ends (docs/domain/programme-types.md): a test the provider sets, passed on a date, and
 * the employer's validation of it, by whom and when. There is no gateway and no end-point assessment.
 */
public record UnitAssessment(String test, LocalDate passedOn, String validatedBy, LocalDate validatedOn) {

    public UnitAssessment {
        test = test == null ? null : test.strip();
        validatedBy = validatedBy == null ? null : validatedBy.strip();
        // what is recorded, all of it: the forms ask for each before it gets here
        java.util.Objects.requireNonNull(test, "the provider's test");
        java.util.Objects.requireNonNull(passedOn, "the date the test was passed");
        java.util.Objects.requireNonNull(validatedBy, "who validated the test");
        java.util.Objects.requireNonNull(validatedOn, "the date the employer validated the test");
    }

    /** “Provider test “Data essentials test” passed on 3 December 2026, validated by Erin Employer on 4 December 2026”. */
    public String inWords() {
        return "Provider test “" + test + "” passed on " + GovUkDates.date(passedOn) + ", validated by the employer ("
                + validatedBy + ") on " + GovUkDates.date(validatedOn);
    }
}
