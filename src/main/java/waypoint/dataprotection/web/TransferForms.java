package waypoint.dataprotection.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Parameter;

import waypoint.dataprotection.internal.transfer.TransferPackExport;
import waypoint.dataprotection.internal.transfer.TransferPackExport.AgreementHow;
import waypoint.shared.validation.OneOf;
import waypoint.shared.validation.TypedDate;
import waypoint.shared.validation.TypedValues;

/** The forms of the transfer pages (docs/domain/transfer-pack.md). */
final class TransferForms {

    private TransferForms() {
    }

    /**
     * Making a learner's pack: who it goes to and the learner's agreement, on the page and as the API's query alike.
     * The page finds the learner by their email address ({@link OnThePage}); the API names them in its path.
     */
    record ExportForm(
            @Parameter(hidden = true) @NotBlank(groups = OnThePage.class, message = "Enter the learner's email address")
            @Size(groups = OnThePage.class, max = 254, message = "The email address must be 254 characters or fewer")
            String learnerEmail,
            @NotBlank(message = "Enter the training provider the learner is moving to")
            @Size(max = 500, message = "The provider's name must be 500 characters or fewer") String recipient,
            @NotBlank(message = "Enter the date the learner agreed, like 30 11 2026")
            @TypedDate(message = "Enter a real date, like 30 11 2026") String agreementGivenOn,
            @NotBlank(message = "Select how the learner gave their agreement")
            @OneOf(value = AgreementHow.class, message = "Select how the learner gave their agreement")
            String agreementHow,
            @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String agreementNote) {

        /** The page's own question: which learner. */
        interface OnThePage {
        }

        static ExportForm blank() {
            return new ExportForm(null, null, null, null, null);
        }

        /** The agreement as typed, once checked. */
        TransferPackExport.Agreement agreement() {
            return new TransferPackExport.Agreement(TypedValues.date(agreementGivenOn).orElseThrow(),
                    OneOf.Choices.named(AgreementHow.class, agreementHow), agreementNote, recipient);
        }
    }

    /** Bringing a pack in: the tutor of its apprenticeships (the file comes as its own part). */
    record ImportForm(String tutor, String token) {

        static ImportForm blank() {
            return new ImportForm(null, null);
        }
    }

    /**
     * Bringing a whole provider's export in: the token of the ZIP kept aside while it is checked (the file comes as
     * its own part).
     */
    record ProviderImportForm(String token) {

        static ProviderImportForm blank() {
            return new ProviderImportForm(null);
        }
    }
}
