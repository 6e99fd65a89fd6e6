package waypoint.enrolment.internal.apprenticeship;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import waypoint.enrolment.EmploymentLists.Benefits;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;

/**
 * One of the apprentice's employment status records, applying from its date until the next (docs/domain/ilr.md,
 * "Employment status"). The employer is the apprenticeship's on that date, set by the apprenticeship.
 */
@Table("apprenticeship_employment_status")
public record EmploymentStatus(LocalDate appliesFrom, EmpStat status, UUID employerId,
        LengthOfEmployment lengthOfEmployment, Benefits benefits) {
}
