package waypoint.organisation.internal.employer;

import java.util.List;
import java.util.UUID;

import waypoint.organisation.Funding;
import waypoint.organisation.internal.Address;

/** An employer as a page or the API shows it: its details, its contacts and how many apprentices it has. */
public record EmployerView(UUID id, String name, Address address, Funding funding, String employerReferenceNumber,
        List<ContactView> contacts, long apprentices) {
}
