package waypoint.organisation.internal.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import waypoint.identity.Role;

/** A member of the provider's staff: the jobs they do (their roles) and how to reach them. */
@Table("staff_member")
public class StaffMember {

    @Id
    private final UUID id;
    private final UUID accountId;
    private String name;
    private String email;
    private String phone;
    @MappedCollection(idColumn = "staff_id")
    private Set<StaffRole> roles;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    StaffMember(UUID id, UUID accountId, String name, String email, String phone, Set<StaffRole> roles,
            Instant createdAt, Integer version) {
        this.id = id;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.roles = roles;
        this.createdAt = createdAt;
        this.version = version;
    }

    static StaffMember join(UUID accountId, String name, String email, String phone, Set<Role> roles, Instant now) {
        return new StaffMember(UUID.randomUUID(), accountId, name, email, phone, grants(roles), now, null);
    }

    void change(String name, String email, String phone, Set<Role> newRoles) {
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.roles = grants(newRoles);
    }

    private static Set<StaffRole> grants(Set<Role> roles) {
        if (roles.isEmpty() || roles.stream().anyMatch(role -> !role.isStaff())) {
            throw new IllegalArgumentException("A staff member holds one or more staff roles");
        }
        return roles.stream().map(StaffRole::new).collect(Collectors.toSet());
    }

    /** For the audit trail: the name and roles, not the contact details. */
    String summary() {
        return name + " " + roles();
    }

    public Set<Role> roles() {
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(grant -> held.add(grant.role()));
        return held;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
