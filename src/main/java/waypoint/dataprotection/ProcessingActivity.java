package waypoint.dataprotection;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One entry of the provider's record of processing activities (UK GDPR article 30; docs/domain/data-protection.md,
 * "The record of processing activities"): what is done with personal data, why, on what lawful basis, about whom,
 * which data, who receives it, how long it is kept and how it is protected.
 */
public record ProcessingActivity(UUID id, String name, String purpose, String lawfulBasis, String people,
        String dataCategories, String recipients, String retention, String safeguards, Instant updatedAt,
        String updatedByName, int version) {

    /** What an administrator or the data protection officer writes. */
    public record Details(
            @NotBlank(message = "Enter the activity's name")
            @Size(max = 200, message = "The name must be 200 characters or fewer") String name,
            @NotBlank(message = "Enter why the data is processed")
            @Size(max = 2000, message = "The purpose must be 2,000 characters or fewer") String purpose,
            @NotBlank(message = "Enter the lawful basis, for example public task or legal obligation")
            @Size(max = 1000, message = "The lawful basis must be 1,000 characters or fewer") String lawfulBasis,
            @NotBlank(message = "Enter whose data it is, for example apprentices")
            @Size(max = 1000, message = "Whose data must be 1,000 characters or fewer") String people,
            @NotBlank(message = "Enter the kinds of personal data")
            @Size(max = 2000, message = "The kinds of data must be 2,000 characters or fewer") String dataCategories,
            @NotBlank(message = "Enter who receives it, or none")
            @Size(max = 2000, message = "The recipients must be 2,000 characters or fewer") String recipients,
            @NotBlank(message = "Enter how long it is kept and why")
            @Size(max = 2000, message = "How long it is kept must be 2,000 characters or fewer") String retention,
            @Size(max = 2000, message = "The safeguards must be 2,000 characters or fewer") String safeguards,
            Integer version) {

        public static Details blank() {
            return new Details(null, null, null, null, null, null, null, null, null);
        }

        public static Details of(ProcessingActivity a) {
            return new Details(a.name(), a.purpose(), a.lawfulBasis(), a.people(), a.dataCategories(),
                    a.recipients(), a.retention(), a.safeguards(), a.version());
        }
    }
}
