package waypoint.enrolment.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
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
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * Uniquely named people who can sign in (password {@code waypoint-demo}) and an apprenticeship in onboarding for them:
 * a tutor, an employer with a line manager, and a learner there on ST0116 from 2 June 2025 to 1 December 2026 at
 * 37.5 hours a week (the 2022-2025 rule pack, so the minimum off-the-job hours are known).
 */
final class OnboardingPeople {

    static final String PASSWORD = "waypoint-demo";
    static final LocalDate START = LocalDate.of(2025, 6, 2);
    static final LocalDate PLANNED_END = LocalDate.of(2026, 12, 1);

    final CurrentUser tutor;
    final CurrentUser manager;
    final CurrentUser learner;
    final ApprenticeshipId apprenticeship;
    final EmployerId employer;

    OnboardingPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipService apprenticeships) {
        String suffix = TestApprenticeships.unique();
        tutor = account(accounts, "onboard-tutor-" + suffix, "Tara Tutor " + suffix, Role.TUTOR);
        manager = account(accounts, "onboard-manager-" + suffix, "Mo Manager " + suffix, Role.EMPLOYER_CONTACT);
        learner = account(accounts, "onboard-learner-" + suffix, "Lee Learner" + suffix, Role.LEARNER);
        employer = organisation.employer(new EmployerDetails("Onboarding Employer " + suffix, "1 High Street", null,
                "Leeds", "LS1 1AA", Funding.LEVY));
        UUID contact = organisation.contact(employer, new ContactDetails(manager.displayName(), manager.email(), null));
        StaffMemberId staff = organisation.staff(new StaffDetails(tutor.displayName(), tutor.email(), null, Set.of(Role.TUTOR)));
        LearnerId learnerId = organisation.learner(new LearnerDetails("Lee", "Learner" + suffix,
                LocalDate.of(2004, 5, 6),
                TestApprenticeships.uln(), null, learner.email(), null, "2 Low Road", null, "Leeds", "LS2 9JT", null,
                null));
        CurrentUser admin = new CurrentUser(UUID.randomUUID(), "admin@example.test", "Admin",
                Set.of(Role.ADMINISTRATOR));
        apprenticeship = apprenticeships.create(admin, NewApprenticeship.of(learnerId, employer, contact, "ST0116",
                staff, START, PLANNED_END, new BigDecimal("37.5")));
    }

    private static CurrentUser account(UserAccounts accounts, String local, String name, Role role) {
        AccountSummary account = accounts.createWithPassword(local + "@example.test", name, Set.of(role), PASSWORD);
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
