package waypoint.organisation.web;

import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.internal.employer.EmployerView;

/** The employer form as typed. */
record EmployerForm(String name, String addressLine1, String addressLine2, String town, String postcode,
        String funding, String employerReferenceNumber) {

    static EmployerForm empty() {
        return new EmployerForm(null, null, null, null, null, null, null);
    }

    static EmployerForm of(EmployerView employer) {
        return new EmployerForm(employer.name(), employer.address().line1(), employer.address().line2(),
                employer.address().town(), employer.address().postcode(), employer.funding().name(),
                employer.employerReferenceNumber());
    }

    EmployerDetails details() {
        return new EmployerDetails(name, addressLine1, addressLine2, town, postcode, Enums.parse(Funding.class, funding),
                employerReferenceNumber);
    }
}
