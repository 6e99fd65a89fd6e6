package waypoint.organisation.internal.employer;

import java.util.UUID;

import waypoint.organisation.Funding;

/** A row of the employers list. */
public record EmployerRow(UUID id, String name, String town, String postcode, Funding funding, long apprentices) {
}
