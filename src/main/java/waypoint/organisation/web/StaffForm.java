package waypoint.organisation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import waypoint.identity.Role;
import waypoint.organisation.StaffDetails;
import waypoint.organisation.internal.staff.StaffView;

/** The staff form as typed; roles are the ticked role names. */
record StaffForm(String name, String email, String phone, List<String> roles) {

    static StaffForm empty() {
        return new StaffForm(null, null, null, List.of());
    }

    static StaffForm of(StaffView member) {
        return new StaffForm(member.name(), member.email(), member.phone(),
                member.roles().stream().map(Role::name).toList());
    }

    StaffDetails details() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().map(name -> Enums.parse(Role.class, name)).filter(Objects::nonNull).forEach(chosen::add);
        }
        return new StaffDetails(name, email, phone, chosen);
    }
}
