package waypoint.enrolment.internal.apprenticeship;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

import waypoint.enrolment.StaffPart;

/** A member of staff working on an apprenticeship besides its primary tutor, and their part. */
@Table("apprenticeship_staff")
public record AssignedStaff(UUID staffId, StaffPart part) {
}
