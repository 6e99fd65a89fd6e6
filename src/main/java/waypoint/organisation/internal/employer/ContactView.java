package waypoint.organisation.internal.employer;

import java.util.UUID;

public record ContactView(UUID id, UUID employerId, String name, String email, String phone) {

    static ContactView of(EmployerContact contact) {
        return new ContactView(contact.id(), contact.employerId(), contact.name(), contact.email(), contact.phone());
    }
}
