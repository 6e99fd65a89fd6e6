package waypoint.delivery;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.AccountSummary;
import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.ContactDetails;
import waypoint.organisation.EmployerDetails;
import waypoint.organisation.Funding;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.organisation.StaffDetails;
import waypoint.support.TestClock;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * Uniquely named people who can sign in (password {@code waypoint-demo}): a tutor, an employer with a line manager,
 * and a learner on ST0116 who started {@code daysAgo} days ago, so the apprenticeship is in learning.
 */
public final class DeliveryPeople {

    public static final String PASSWORD = "waypoint-demo";

    public final CurrentUser tutor;
    final CurrentUser manager;
    final CurrentUser learner;
    public final UUID apprenticeship;
    final StaffMemberId staffId;
    final EmployerId employerId;
    final UUID contactId;
    final LocalDate start;

    public DeliveryPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo) {
        String suffix = TestApprenticeships.unique();
        tutor = account(accounts, "delivery-tutor-" + suffix, "Tess Tutor " + suffix, Role.TUTOR);
        manager = account(accounts, "delivery-manager-" + suffix, "Max Manager " + suffix, Role.EMPLOYER_CONTACT);
        learner = account(accounts, "delivery-learner-" + suffix, "Lee Learner" + suffix, Role.LEARNER);
        employerId = organisation.employer(new EmployerDetails("Delivery Employer " + suffix, "1 High Street", null,
                "Leeds", "LS1 1AA", Funding.LEVY));
        contactId = organisation.contact(employerId, new ContactDetails(manager.displayName(), manager.email(), null));
        staffId = organisation.staff(new StaffDetails(tutor.displayName(), tutor.email(), null, Set.of(Role.TUTOR)));
        start = TestClock.ofTheApplication().today().minusDays(daysAgo);
        apprenticeship = learnerOn(accounts, organisation, apprenticeships, learner, suffix);
    }

    /** Another apprentice of the same tutor and employer, for a group session. */
    CurrentUser another(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            UUID[] apprenticeshipOut) {
        String suffix = TestApprenticeships.unique();
        CurrentUser other = account(accounts, "delivery-learner-" + suffix, "Gil Grouped" + suffix, Role.LEARNER);
        apprenticeshipOut[0] = learnerOn(accounts, organisation, apprenticeships, other, suffix);
        return other;
    }

    private UUID learnerOn(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            CurrentUser person, String suffix) {
        String family = person.displayName().substring(person.displayName().indexOf(' ') + 1);
        LearnerId learnerId = organisation.learner(new LearnerDetails(person.displayName().split(" ")[0], family,
                LocalDate.of(2003, 5, 6), TestApprenticeships.uln(), null, person.email(), null, "2 Low Road", null,
                "Leeds", "LS2 9JT", null, null));
        UUID id = apprenticeships.record(NewApprenticeship.of(learnerId, employerId, contactId, "ST0116", staffId,
                start, start.plusMonths(20), new BigDecimal("37.5"))).value();
        apprenticeships.employed(new ApprenticeshipId(id), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(id), start);
        return id;
    }

    private static CurrentUser account(UserAccounts accounts, String local, String name, Role role) {
        AccountSummary account = accounts.createWithPassword(local + "@example.test", name, Set.of(role), PASSWORD);
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
