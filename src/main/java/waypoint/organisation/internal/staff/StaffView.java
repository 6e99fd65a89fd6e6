package waypoint.organisation.internal.staff;

import java.util.Set;
import java.util.UUID;

import waypoint.identity.Role;

/** A staff member as lists, pages and the API show them; caseload counts the learners assigned to them. */
public record StaffView(UUID id, String name, String email, String phone, Set<Role> roles, long caseload) {
}
