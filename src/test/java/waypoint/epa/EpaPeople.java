package waypoint.epa;

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
import waypoint.otj.OffTheJobHours;
import waypoint.otj.OffTheJobImport;
import waypoint.support.TestClock;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;

/**
 * Uniquely named people who can sign in (password {@code waypoint-demo}): a tutor, an employer's line manager, a
 * learner on ST1379 (Learning and skills mentor) in learning for 500 days, with a practical period ending within
 * three months; and a tutor of another apprenticeship, who may not see this one.
 */
final class EpaPeople {

    static final String PASSWORD = "waypoint-demo";

    final CurrentUser tutor;
    final CurrentUser manager;
    final CurrentUser learner;
    final CurrentUser otherTutor;
    final UUID apprenticeship;
    final LocalDate start;

    EpaPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships) {
        this(accounts, organisation, apprenticeships, 500);
    }

    /** The same people, the apprenticeship started {@code daysAgo} (18 months long: 100 days ago ends a year away). */
    EpaPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo) {
        this(accounts, organisation, apprenticeships, daysAgo, "ST1379");
    }

    /** The same people on the latest version of {@code standard}. */
    EpaPeople(UserAccounts accounts, OrganisationImport organisation, ApprenticeshipImport apprenticeships,
            int daysAgo, String standard) {
        String suffix = TestApprenticeships.unique();
        tutor = account(accounts, "epa-tutor-" + suffix, "Tess Tutor " + suffix, Role.TUTOR);
        otherTutor = account(accounts, "epa-other-" + suffix, "Otto Other " + suffix, Role.TUTOR);
        manager = account(accounts, "epa-manager-" + suffix, "Meg Manager " + suffix, Role.EMPLOYER_CONTACT);
        learner = account(accounts, "epa-learner-" + suffix, "Liam Learner" + suffix, Role.LEARNER);
        EmployerId employer = organisation.employer(new EmployerDetails("EPA Employer " + suffix, "1 High Street", null,
                "Leeds", "LS1 1AA", Funding.LEVY));
        UUID contact = organisation.contact(employer, new ContactDetails(manager.displayName(), manager.email(), null));
        StaffMemberId staff = organisation.staff(new StaffDetails(tutor.displayName(), tutor.email(), null, Set.of(Role.TUTOR)));
        organisation.staff(new StaffDetails(otherTutor.displayName(), otherTutor.email(), null, Set.of(Role.TUTOR)));
        LearnerId learnerId = organisation.learner(new LearnerDetails("Liam", "Learner" + suffix,
                LocalDate.of(1990, 5, 6),
                TestApprenticeships.uln(), null, learner.email(), null, "2 Low Road", null, "Leeds", "LS2 9JT", null,
                null));
        // before August 2025, so the rule pack of its start knows the minimum hours (20% of the hours worked)
        start = TestClock.ofTheApplication().today().minusDays(daysAgo);
        apprenticeship = apprenticeships.record(NewApprenticeship.of(learnerId, employer, contact, standard, staff,
                start, start.plusMonths(18), new BigDecimal("30"))).value();
        apprenticeships.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        apprenticeships.start(new ApprenticeshipId(apprenticeship), start);
    }

    /** Logs and approves 24-hour days of off-the-job training until the planned hours are reached. */
    void deliverOffTheJobHours(OffTheJobImport otj, OffTheJobHours hours) {
        BigDecimal planned = hours.of(new ApprenticeshipId(apprenticeship)).orElseThrow().plannedHours();
        if (planned.signum() == 0) {
            throw new IllegalStateException("The rule pack planned no off-the-job hours for the test apprenticeship");
        }
        int days = planned.divide(new BigDecimal("24"), 0, java.math.RoundingMode.CEILING).intValue();
        int logged = 0;
        for (int i = 0; i < days; i++) {
            // the reference is unique across every apprenticeship, so each test's people log their own entries
            var entry = otj.log(new ApprenticeshipId(apprenticeship), "epa-test-" + apprenticeship + "-" + i, start.plusDays(10 + i),
                    24 * 60, "THEORY", "A day of mentoring practice away from normal duties", java.util.List.of());
            entry.ifPresent(otj::approve);
            logged += entry.isPresent() ? 1 : 0;
        }
        BigDecimal approved = hours.of(new ApprenticeshipId(apprenticeship)).orElseThrow().approvedHours();
        if (approved.compareTo(planned) < 0) {
            throw new IllegalStateException("Only " + approved + " of " + planned + " hours were approved, "
                    + logged + " of " + days + " entries logged");
        }
    }

    /**
     * The gateway passed as a migration records it: every open item confirmed or waived by the tutor, the “ready”
     * meeting held on {@code heldOn} and signed by the three parties (the lifecycle is not moved).
     */
    void passGatewayByImport(waypoint.epa.EpaImport epa, LocalDate heldOn) {
        passGatewayByImportExceptTheMeeting(epa);
        epa.gatewayMeeting(new ApprenticeshipId(apprenticeship), heldOn, tutor.displayName(), manager.displayName(),
                learner.displayName(),
                "Ready");
        epa.meetingSigned(new ApprenticeshipId(apprenticeship), tutor.displayName(), manager.displayName(),
                learner.displayName(),
                heldOn.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant());
    }

    /** Every open checklist item confirmed or waived by the tutor, as a migration records them. */
    void passGatewayByImportExceptTheMeeting(waypoint.epa.EpaImport epa) {
        for (waypoint.epa.EpaImport.OpenItem item : epa.openItems(new ApprenticeshipId(apprenticeship))) {
            if (item.confirmable()) {
                epa.confirm(new ApprenticeshipId(apprenticeship), item.key(), "Seen before the meeting",
                        tutor.displayName(),
                        "Recorded by staff");
            } else if (item.waivable()) {
                epa.waive(new ApprenticeshipId(apprenticeship), item.key(), "Checked by hand in the previous system",
                        tutor.displayName());
            }
        }
    }

    private static CurrentUser account(UserAccounts accounts, String local, String name, Role role) {
        AccountSummary account = accounts.createWithPassword(local + "@example.test", name, Set.of(role), PASSWORD);
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
