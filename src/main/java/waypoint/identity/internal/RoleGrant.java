package waypoint.identity.internal;

import org.springframework.data.relational.core.mapping.Table;

import waypoint.identity.Role;

@Table("user_role")
record RoleGrant(Role role) {
}
