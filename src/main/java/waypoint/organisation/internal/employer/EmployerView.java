package waypoint.organisation.internal.employer;

import java.util.List;

import waypoint.organisation.Funding;
import waypoint.organisation.internal.Address;
import waypoint.organisation.EmployerId;

/** An employer as a page or the API shows it: its details, its contacts and how many apprentices it has. */
public record EmployerView(EmployerId id, String name, Address address, Funding funding, String employerReferenceNumber,
        List<ContactView> contacts, long apprentices) {
}
