package waypoint.supportcase.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.shared.validation.Format;
import waypoint.shared.validation.ValidFormat;

/**
 * The support case forms as typed (the pages' and the API's bodies), checked with Bean Validation once the person is
 * known to be one who may use them; the case keeps its own rules (docs/domain/support-policy.md).
 */
final class CaseForms {

    private CaseForms() {
    }

    /** Opening a case, at an informal stage. */
    record OpenForm(
            @NotBlank(message = STAGE) @Pattern(regexp = "\\s*[12]\\s*", message = STAGE) String stage,
            @NotBlank(message = KIND) @Pattern(regexp = "PASTORAL|PLACEMENT|BOTH", message = KIND) String kind,
            @NotBlank(message = "Enter why the apprentice needs support")
            @Size(max = 5000, message = "Shorten why the apprentice needs support to {max} characters or fewer")
            String reason) {

        static final String STAGE = "Choose stage 1 or stage 2: a case opens at an informal stage";
        static final String KIND = "Choose whether the issues are pastoral, placement or both";

        String stageNumber() {
            return stage.strip();
        }
    }

    /** What the employer has chosen to do, and their actions. */
    record EmployerForm(
            @NotBlank(message = CHOICE) @Pattern(regexp = "TOGETHER|NO_FURTHER_ACTION|SEPARATELY", message = CHOICE)
            String choice,
            @Size(max = 5000, message = "The employer's actions must be {max} characters or fewer") String actions) {

        static final String CHOICE = "Choose what the employer has chosen to do";
    }

    /** The provider's default client partner (the settings page's fields; the API names them name and email). */
    record PartnerForm(
            @NotBlank(message = NAME) @Size(max = 200, message = NAME) String partnerName,
            @NotBlank(message = EMAIL) @Size(max = 254, message = EMAIL)
            @ValidFormat(value = Format.EMAIL, message = EMAIL) String partnerEmail) {

        static final String NAME = "Enter the default client partner's name, in 200 characters or fewer";
        static final String EMAIL = "Enter the default client partner's email address, like name@example.com";
    }
}
