package waypoint.shared.personaldata;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Published by a module whenever Waypoint sends a learner's personal data outside the provider: to their employer
 * or to an end-point assessment organisation (docs/domain/data-protection.md, "Sharing with employers and assessment
 * organisations"). The dataprotection module keeps the log the data protection officer reads and the person receives
 * with their subject access pack.
 *
 * @param learnerId the learner whose data it was
 * @param recipient the employer's or organisation's name, with the person's where there is one
 * @param what      what was shared, in words a person reads ("End-point assessment booking: name, date, adjustments")
 */
public record PersonalDataShared(UUID learnerId, Recipient recipientKind, String recipient, String what,
        Instant sharedAt) {

    public enum Recipient {
        EMPLOYER("Employer"),
        ASSESSMENT_ORGANISATION("End-point assessment organisation"),
        /** The training provider a learner moves to, who receives their transfer pack (docs/domain/transfer-pack.md). */
        ANOTHER_PROVIDER("Another training provider");

        private final String words;

        Recipient(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * An email about the apprentice to someone at their employer (their line manager): who, and the email's subject
     * and what it said of the apprentice, as the log and the person's pack show it.
     */
    public static PersonalDataShared emailToEmployer(UUID learnerId, String employerName, String personName,
            String subject, String message, Instant sentAt) {
        String to = (employerName == null ? "Employer" : employerName)
                + (personName == null || personName.isBlank() ? "" : " (" + personName + ")");
        return new PersonalDataShared(learnerId, Recipient.EMPLOYER, to,
                "Email: " + subject + (message == null || message.isBlank() ? "" : ". " + message), sentAt);
    }

    public PersonalDataShared {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(recipientKind, "recipientKind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(sharedAt, "sharedAt");
    }
}
