package waypoint.supportcase.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.TypedDate;
import waypoint.shared.web.DateText;

/**
 * The intervention forms as typed (the case page's and the API's body): what must be filled in, and in what form, is
 * checked here, once the person is known to manage the apprenticeship; the catalogue, the case and the dates' order
 * are the service's (docs/domain/support-policy.md, At risk and interventions).
 */
final class InterventionForms {

    private static final String TOO_LONG = "Enter {max} characters or fewer";
    private static final String AN_ID =
            "\\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\s*";

    private InterventionForms() {
    }

    /** An intervention, for the apprenticeship and, when given, one of its cases. */
    record InterventionForm(
            UUID caseId,
            @NotBlank(message = "Choose the intervention") @Pattern(regexp = AN_ID, message = "Choose the intervention")
            String kindId,
            @NotBlank(message = "Enter what the intervention is") @Size(max = 2000, message = TOO_LONG) String details,
            @NotBlank(message = "Enter who owns the intervention") @Size(max = 2000, message = TOO_LONG) String owner,
            @NotBlank(message = "Enter the start date, like 27/4/2026")
            @TypedDate(message = "Enter the start date, like 27/4/2026") String startsOn,
            @TypedDate(message = "Enter an end date on or after the start, like 27/5/2026") String endsOn) {

        UUID kind() {
            return UUID.fromString(kindId.strip());
        }

        LocalDate start() {
            return DateText.parse(startsOn).orElseThrow();
        }

        LocalDate end() {
            return DateText.parse(endsOn).orElse(null);
        }
    }

    /** What came of an intervention, and when it ended. */
    record OutcomeForm(
            @NotBlank(message = "Enter the outcome") @Size(max = 2000, message = TOO_LONG) String outcome,
            @TypedDate(message = "Enter the end date, like 27/5/2026") String endsOn) {

        LocalDate end() {
            return DateText.parse(endsOn).orElse(null);
        }
    }

    /** A kind of intervention the provider adds to its catalogue. */
    record KindForm(
            @NotBlank(message = "Enter the intervention's name") @Size(max = 2000, message = TOO_LONG) String kindName,
            @NotBlank(message = "Enter a description of the intervention") @Size(max = 2000, message = TOO_LONG)
            String kindDescription) {
    }
}
