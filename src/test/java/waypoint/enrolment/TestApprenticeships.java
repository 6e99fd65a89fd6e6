package waypoint.enrolment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
 * Uniquely named people for apprenticeship tests that share one database: an employer with a line manager, a tutor
 * (who can sign in), and learners there, and a new apprenticeship's details for them on ST0116.
 */
public final class TestApprenticeships {

    public static final String PASSWORD = "waypoint-demo";

    private final OrganisationImport organisation;
    private final UserAccounts accounts;
    public final EmployerId employer;
    public final UUID lineManager;
    public final String lineManagerEmail;
    public final StaffMemberId tutor;
    public final String tutorEmail;

    /** Everyone made here can sign in with {@link #PASSWORD}. */
    public TestApprenticeships(OrganisationImport organisation, UserAccounts accounts) {
        this.organisation = organisation;
        this.accounts = accounts;
        String suffix = unique();
        employer = organisation.employer(new EmployerDetails("Apprenticeship Employer " + suffix, "1 High Street",
                null, "Leeds", "LS1 1AA", Funding.LEVY));
        lineManagerEmail = "manager-" + suffix + "@example.test";
        account(lineManagerEmail, "Manager " + suffix, Role.EMPLOYER_CONTACT);
        lineManager = organisation.contact(employer, new ContactDetails("Manager " + suffix, lineManagerEmail, null));
        tutorEmail = "tutor-" + suffix + "@example.test";
        account(tutorEmail, "Tutor " + suffix, Role.TUTOR);
        tutor = organisation.staff(new StaffDetails("Tutor " + suffix, tutorEmail, null, Set.of(Role.TUTOR)));
    }

    private void account(String email, String name, Role role) {
        accounts.createWithPassword(email, name, Set.of(role), PASSWORD);
    }

    /** The email of the learner made last by {@link #learner()}. */
    public String lastLearnerEmail;

    public static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A learner born in 2004, with no apprenticeship yet ({@link #newFor} records one with these people). */
    public LearnerId learner() {
        String suffix = unique();
        lastLearnerEmail = "apprentice-" + suffix + "@example.test";
        account(lastLearnerEmail, "Test Apprentice " + suffix, Role.LEARNER);
        return organisation.learner(new LearnerDetails("Test", "Apprentice " + suffix, LocalDate.of(2004, 5, 6),
                uln(), null, lastLearnerEmail, null, "2 Low Road", null, "Leeds", "LS2 9JT",
                null, null));
    }

    /**
     * A new learner at the employer on the tutor's caseload, with an apprenticeship on the standard from
     * {@code start} for 18 months at 37.5 hours a week, employed there for a year before it, started (in learning);
     * their email is {@link #lastLearnerEmail}.
     */
    public UUID inLearning(ApprenticeshipImport enrolment, String standard, LocalDate start) {
        UUID id = enrolment.record(NewApprenticeship.of(learner(), employer, lineManager, standard, tutor, start,
                start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);
        return id;
    }

    /** ST0116 from 1 September 2025 for 18 months at 37.5 hours a week. */
    public NewApprenticeship newFor(LearnerId learner) {
        return NewApprenticeship.of(learner, employer, lineManager, "ST0116", tutor, LocalDate.of(2025, 9, 1),
                LocalDate.of(2027, 3, 1), new BigDecimal("37.5"));
    }

    /** A random valid ULN (the check digit of docs/domain/identifiers.md). */
    public static String uln() {
        while (true) {
            String digits = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int remainder = sum % 11;
            if (remainder != 0) {
                return digits + (10 - remainder);
            }
        }
    }
}
