package waypoint.supportcase.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import waypoint.enrolment.WithdrawalReason;
import waypoint.identity.CurrentUser;
import waypoint.shared.validation.Format;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;
import waypoint.shared.validation.ValidFormat;
import waypoint.supportcase.internal.SupportAppeals;
import waypoint.supportcase.internal.SupportCases;

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

    /** Ending an apprenticeship under another of the provider's policies (the day it ended is the case's to check). */
    record OtherPolicyForm(
            @NotBlank(message = POLICY)
            @Size(max = 5000, message = "Shorten the policy that ends the apprenticeship to {max} characters or fewer")
            String policy,
            @NotBlank(message = SupportCases.ENDED_ON) @TypedDate(message = SupportCases.ENDED_ON) String date,
            @NotBlank(message = REASON) @OneOf(value = WithdrawalReason.class, message = REASON) String withdrawalReason,
            @NotBlank(message = "Enter what happened")
            @Size(max = 5000, message = "Shorten what happened to {max} characters or fewer") String details) {

        static final String POLICY = "Enter the policy that ends the apprenticeship, like safeguarding or code of"
                + " conduct";
        static final String REASON = "Choose the withdrawal reason";

        LocalDate endedOn() {
            return TypedValues.date(date).orElseThrow();
        }

        WithdrawalReason reason() {
            return OneOf.Choices.named(WithdrawalReason.class, withdrawalReason);
        }
    }

    /**
     * An appeal against the stage 5 outcome, in writing: staff who record it ({@link Staff}) say who appealed and may
     * give the day it was received (a day that has come is the case's to check); the apprentice and the employer
     * appeal for themselves.
     */
    record AppealForm(
            @NotBlank(groups = Staff.class, message = SupportAppeals.BY)
            @Pattern(groups = Staff.class, regexp = "APPRENTICE|EMPLOYER", message = SupportAppeals.BY) String by,
            @TypedDate(groups = Staff.class, message = SupportAppeals.RECEIVED_ON) String receivedOn,
            @NotBlank(message = "Enter the appeal, in writing")
            @Size(max = 5000, message = "Shorten the appeal, in writing to {max} characters or fewer") String text) {

        /** The questions only staff are asked. */
        interface Staff {
        }

        /** The checks for the person recording it. */
        static Class<?>[] checksFor(CurrentUser user) {
            return user.isStaff() ? new Class<?>[] {Staff.class} : new Class<?>[0];
        }

        LocalDate received() {
            return TypedValues.date(receivedOn).orElse(null);
        }
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
