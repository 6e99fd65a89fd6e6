package waypoint.review;

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
final class ReviewPeople {

    static final String PASSWORD = "waypoint-demo";

    final CurrentUser tutor;
    final CurrentUser manager;
    final CurrentUser learner;
    final UUID apprenticeship;
    final LocalDate start;

    ReviewPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo) {
        String suffix = TestApprenticeships.unique();
        tutor = account(accounts, "review-tutor-" + suffix, "Rita Reviewer " + suffix, Role.TUTOR);
        manager = account(accounts, "review-manager-" + suffix, "Mel Manager " + suffix, Role.EMPLOYER_CONTACT);
        learner = account(accounts, "review-learner-" + suffix, "Lou Learner" + suffix, Role.LEARNER);
        EmployerId employer = organisation.employer(new EmployerDetails("Review Employer " + suffix, "1 High Street", null,
                "Leeds", "LS1 1AA", Funding.LEVY));
        UUID contact = organisation.contact(employer, new ContactDetails(manager.displayName(), manager.email(), null));
        StaffMemberId staff = organisation.staff(new StaffDetails(tutor.displayName(), tutor.email(), null, Set.of(Role.TUTOR)));
        LearnerId learnerId = organisation.learner(new LearnerDetails("Lou", "Learner" + suffix,
                LocalDate.of(2003, 5, 6),
                TestApprenticeships.uln(), null, learner.email(), null, "2 Low Road", null, "Leeds", "LS2 9JT", null,
                null));
        start = TestClock.ofTheApplication().today().minusDays(daysAgo);
        apprenticeship = apprenticeships.record(NewApprenticeship.of(learnerId, employer, contact, "ST0116", staff,
                start, start.plusMonths(20), new BigDecimal("37.5"))).value();
        apprenticeships.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(apprenticeship), start);
    }

    private static CurrentUser account(UserAccounts accounts, String local, String name, Role role) {
        AccountSummary account = accounts.createWithPassword(local + "@example.test", name, Set.of(role), PASSWORD);
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
