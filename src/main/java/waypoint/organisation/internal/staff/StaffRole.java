package waypoint.organisation.internal.staff;

import org.springframework.data.relational.core.mapping.Table;

import waypoint.identity.Role;

@Table("staff_role")
record StaffRole(Role role) {
}
