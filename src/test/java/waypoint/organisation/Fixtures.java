package waypoint.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.NewApprenticeship;
import waypoint.identity.Role;
import waypoint.organisation.LearnerId;

/**
 * Uniquely named records for tests that share one database: every name and email carries a random suffix, and
 * ULNs are random with a correct check digit.
 */
final class Fixtures {

    private final OrganisationImport organisation;
    private final ApprenticeshipImport apprenticeships;

    Fixtures(OrganisationImport organisation, ApprenticeshipImport apprenticeships) {
        this.organisation = organisation;
        this.apprenticeships = apprenticeships;
    }

    static String unique() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** A random valid ULN (the check digit of docs/domain/identifiers.md), never the temporary one. */
    static String uln() {
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

    EmployerId employer() {
        return organisation.employer(new EmployerDetails("Test Employer " + unique(), "1 High Street", null, "Leeds",
                "LS1 1AA", Funding.NON_LEVY));
    }

    UUID contact(EmployerId employer) {
        String suffix = unique();
        return organisation.contact(employer, new ContactDetails("Contact " + suffix, "contact-" + suffix + "@example.test", null));
    }

    StaffMemberId tutor() {
        String suffix = unique();
        return organisation.staff(new StaffDetails("Tutor " + suffix, "tutor-" + suffix + "@example.test", null,
                Set.of(Role.TUTOR)));
    }

    StaffMemberId staffOf(DemoAccounts account) {
        return organisation.findStaff(account.email()).orElseThrow();
    }

    EmployerId demoEmployer() {
        return organisation.findEmployer("Northgate Engineering Ltd").orElseThrow();
    }

    /**
     * A learner working at the employer, with the line manager (or none) and the tutor (or a new one): who they work
     * with is recorded on their apprenticeship, in onboarding.
     */
    LearnerId learner(EmployerId employer, UUID lineManager, StaffMemberId tutor) {
        LearnerId learner = learnerWithoutApprenticeship();
        apprenticeships.record(NewApprenticeship.of(learner, employer, lineManager, "ST0116",
                tutor == null ? tutor() : tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1),
                new BigDecimal("37.5")));
        return learner;
    }

    /** A learner just added: no apprenticeship, so no employer, line manager or tutor. */
    LearnerId learnerWithoutApprenticeship() {
        return organisation.learner(learnerDetails());
    }

    static LearnerDetails learnerDetails() {
        String suffix = unique();
        return new LearnerDetails("Test", "Learner " + suffix, LocalDate.of(2004, 5, 6), uln(), "AB123456C",
                "learner-" + suffix + "@example.test", "07700 900123", "2 Low Road", null, "Leeds", "ls2 9jt",
                "Parent", "07700 900456");
    }
}
