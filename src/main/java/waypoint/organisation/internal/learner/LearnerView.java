package waypoint.organisation.internal.learner;

import java.time.LocalDate;
import java.util.UUID;

import waypoint.organisation.internal.Address;
import waypoint.shared.validation.UlnRule;
import waypoint.organisation.EmployerId;

/**
 * A learner's record as a page or the API shows it, with the people they work with: those of their current
 * apprenticeship ({@code apprenticeshipId}), the one record of them; all null while they have none. The learner
 * reference number is the provider's own number for them in the ILR, given once when they are added and never
 * changed (docs/domain/ilr.md, "The learner's facts").
 */
public record LearnerView(UUID id, String givenNames, String familyName, LocalDate dateOfBirth, String uln,
        String niNumber, String email, String phone, Address address, String emergencyContactName,
        String emergencyContactPhone, EmployerId employerId, String employerName, Person lineManager, Person tutor,
        UUID apprenticeshipId, String learnerReference) {

    /** Someone the learner works with, and how to reach them. */
    public record Person(UUID id, String name, String email, String phone) {
    }

    /** The record as an employer contact sees it: no date of birth, NI number, home address or emergency contact. */
    public LearnerView withoutPersonalDetails() {
        return new LearnerView(id, givenNames, familyName, null, uln, null, email, phone, null, null, null, employerId,
                employerName, lineManager, tutor, apprenticeshipId, learnerReference);
    }

    public boolean hasApprenticeship() {
        return apprenticeshipId != null;
    }

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** The temporary ULN 9999999999 stands in until the learner's own is known (docs/domain/identifiers.md). */
    public boolean hasTemporaryUln() {
        return UlnRule.isTemporary(uln);
    }
}
