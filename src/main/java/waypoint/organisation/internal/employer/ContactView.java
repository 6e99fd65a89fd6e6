package waypoint.organisation.internal.employer;

import java.util.UUID;
import waypoint.organisation.EmployerId;

public record ContactView(UUID id, EmployerId employerId, String name, String email, String phone) {

    static ContactView of(EmployerContact contact) {
        return new ContactView(contact.id(), new EmployerId(contact.employerId()), contact.name(), contact.email(),
                contact.phone());
    }
}
