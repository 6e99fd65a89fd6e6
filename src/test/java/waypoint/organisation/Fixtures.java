package waypoint.organisation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;

/**
 * Uniquely named records for tests that share one database: every name and email carries a random suffix, and
 * ULNs are random with a correct check digit.
 */
final class Fixtures {

    private final OrganisationImport organisation;

    Fixtures(OrganisationImport organisation) {
        this.organisation = organisation;
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

    UUID employer() {
        return organisation.employer(new EmployerDetails("Test Employer " + unique(), "1 High Street", null, "Leeds",
                "LS1 1AA", Funding.NON_LEVY));
    }

    UUID contact(UUID employer) {
        String suffix = unique();
        return organisation.contact(employer, new ContactDetails("Contact " + suffix, "contact-" + suffix + "@example.test", null));
    }

    UUID tutor() {
        String suffix = unique();
        return organisation.staff(new StaffDetails("Tutor " + suffix, "tutor-" + suffix + "@example.test", null,
                Set.of(Role.TUTOR)));
    }

    UUID staffOf(DemoAccounts account) {
        return organisation.findStaff(account.email()).orElseThrow();
    }

    UUID demoEmployer() {
        return organisation.findEmployer("Northgate Engineering Ltd").orElseThrow();
    }

    UUID learner(UUID employer, UUID lineManager, UUID tutor) {
        return organisation.learner(learnerDetails(employer, lineManager, tutor));
    }

    static LearnerDetails learnerDetails(UUID employer, UUID lineManager, UUID tutor) {
        String suffix = unique();
        return new LearnerDetails("Test", "Learner " + suffix, LocalDate.of(2004, 5, 6), uln(), "AB123456C",
                "learner-" + suffix + "@example.test", "07700 900123", "2 Low Road", null, "Leeds", "ls2 9jt",
                "Parent", "07700 900456", employer, lineManager, tutor);
    }
}
