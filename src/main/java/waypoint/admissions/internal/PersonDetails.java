package waypoint.admissions.internal;

import java.time.LocalDate;

/**
 * What a person typed on the public form, kept as typed (trimmed): an enquiry gives the first six, an application
 * all that is needed to become a learner. Carried over on acceptance so nothing is typed twice.
 */
public record PersonDetails(Enquirer enquirer, String givenNames, String familyName, String email, String phone,
        String employerName, String message, LocalDate dateOfBirth, String postcode, String uln,
        String lineManagerName, String lineManagerEmail, String lineManagerPhone, String englishHeld,
        String mathsHeld, String source) {

    public String fullName() {
        return givenNames + " " + familyName;
    }

    /** Who sent an enquiry. */
    public enum Enquirer {
        INDIVIDUAL("Someone who wants to become an apprentice"),
        EMPLOYER("An employer");

        private final String label;

        Enquirer(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
