package waypoint.supportcase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.StaffPart;
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
 * Uniquely named people of one apprenticeship in learning (password {@code waypoint-demo}): the apprentice, the
 * line manager, the coach (tutor), the client partner and the pastoral lead (staff parts on the apprenticeship;
 * the client partner may be left off),
 * a head of delivery and a director.
 */
final class SupportPeople {

    static final String PASSWORD = "waypoint-demo";

    final CurrentUser coach;
    final CurrentUser lead;
    final CurrentUser head;
    final CurrentUser director;
    final CurrentUser clientPartner;
    final CurrentUser manager;
    final CurrentUser learner;
    final EmployerId employer;
    final UUID apprenticeship;
    final String suffix;

    SupportPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo) {
        this(accounts, organisation, apprenticeships, daysAgo, true);
    }

    /** The same people; with {@code namedClientPartner} false, the apprenticeship names no client partner. */
    SupportPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo, boolean namedClientPartner) {
        suffix = TestApprenticeships.unique();
        coach = account(accounts, "sc-coach-" + suffix, "Cora Coach " + suffix, Role.TUTOR);
        lead = account(accounts, "sc-lead-" + suffix, "Lena Lead " + suffix, Role.LEAD);
        head = account(accounts, "sc-head-" + suffix, "Hugo Head " + suffix, Role.HEAD_OF_DELIVERY);
        director = account(accounts, "sc-director-" + suffix, "Dana Director " + suffix, Role.DIRECTOR);
        clientPartner = account(accounts, "sc-partner-" + suffix, "Pat Partner " + suffix, Role.TUTOR);
        manager = account(accounts, "sc-manager-" + suffix, "Max Manager " + suffix, Role.EMPLOYER_CONTACT);
        learner = account(accounts, "sc-learner-" + suffix, "Sam Supported" + suffix, Role.LEARNER);
        employer = organisation.employer(new EmployerDetails("Support Employer " + suffix, "1 High Street", null,
                "Leeds", "LS1 1AA", Funding.LEVY));
        UUID contact = organisation.contact(employer, new ContactDetails(manager.displayName(), manager.email(), null));
        StaffMemberId tutor = organisation.staff(new StaffDetails(coach.displayName(), coach.email(), null, Set.of(Role.TUTOR)));
        StaffMemberId partner = organisation.staff(new StaffDetails(clientPartner.displayName(), clientPartner.email(), null,
                Set.of(Role.TUTOR)));
        StaffMemberId pastoral = organisation.staff(new StaffDetails(lead.displayName(), lead.email(), null, Set.of(Role.LEAD)));
        LearnerId learnerId = organisation.learner(new LearnerDetails("Sam", "Supported" + suffix,
                LocalDate.of(2003, 5, 6),
                TestApprenticeships.uln(), null, learner.email(), null, "2 Low Road", null, "Leeds", "LS2 9JT", null,
                null));
        LocalDate start = TestClock.ofTheApplication().today().minusDays(daysAgo);
        apprenticeship = apprenticeships.record(new NewApprenticeship(learnerId, employer, contact, "ST0116", null,
                tutor, namedClientPartner ? List.of(new NewApprenticeship.StaffAssignment(partner,
                        StaffPart.CLIENT_PARTNER), new NewApprenticeship.StaffAssignment(pastoral,
                        StaffPart.PASTORAL_LEAD)) : List.of(new NewApprenticeship.StaffAssignment(pastoral,
                        StaffPart.PASTORAL_LEAD)), start,
                start.plusMonths(20), null, new BigDecimal("37.5"), null, null, Set.of(), null, null, null, null,
                null, null)).value();
        apprenticeships.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(apprenticeship), start);
    }

    private static CurrentUser account(UserAccounts accounts, String local, String name, Role role) {
        AccountSummary account = accounts.createWithPassword(local + "@example.test", name, Set.of(role), PASSWORD);
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
