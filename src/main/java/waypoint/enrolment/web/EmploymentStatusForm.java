package waypoint.enrolment.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/**
 * An employment status from a date, as the page's form and the API's body give it (docs/domain/ilr.md, "Employment
 * status"): a date like 1/8/2025 or 2025-08-01, the status, and for someone in paid employment how long they have
 * been. Whether a length of employment goes with the status is the apprenticeship's rule.
 */
record EmploymentStatusForm(
        @NotBlank(message = "Enter the date the employment status applies from")
        @TypedDate(message = "Enter a real date, like 1/8/2025") String appliesFrom,
        @NotNull(message = "Select the employment status") EmpStat status,
        LengthOfEmployment lengthOfEmployment, Benefits benefits) {

    static EmploymentStatusForm blank() {
        return new EmploymentStatusForm(null, null, null, null);
    }

    /** The typed request, once the form is checked. */
    EmploymentRequest request() {
        return new EmploymentRequest(TypedValues.date(appliesFrom).orElseThrow(), status, lengthOfEmployment,
                benefits);
    }
}
