package waypoint.organisation.internal.employer;


import waypoint.organisation.Funding;
import waypoint.organisation.EmployerId;

/** A row of the employers list. */
public record EmployerRow(EmployerId id, String name, String town, String postcode, Funding funding, long apprentices) {
}
