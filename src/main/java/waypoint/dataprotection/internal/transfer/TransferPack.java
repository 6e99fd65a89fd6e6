package waypoint.dataprotection.internal.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import waypoint.shared.validation.Pounds;

/**
 * A learner's transfer pack as its JSON ({@code transfer-pack.json}) holds it: the format
 * {@code waypoint-transfer-pack/1}, documented in docs/domain/transfer-pack.md and as a JSON Schema in
 * docs/transfer-pack.schema.json. Files are named by their path inside the ZIP.
 */
public record TransferPack(String format, String previousProvider, String previousProviderUkprn, String exportedAt,
        Agreement agreement, Learner learner, List<Apprenticeship> apprenticeships) {

    public static final String FORMAT = "waypoint-transfer-pack/1";
    public static final String JSON_ENTRY = "transfer-pack.json";

    public TransferPack {
        apprenticeships = apprenticeships == null ? List.of() : List.copyOf(apprenticeships);
    }

    /** The learner's agreement to their record moving: when and how they gave it, who recorded it. */
    public record Agreement(LocalDate givenOn, String how, String note, String recordedBy, String recipient) {
    }

    public record Learner(String givenNames, String familyName, LocalDate dateOfBirth, String uln, String niNumber,
            String email, String phone, String addressLine1, String addressLine2, String town, String postcode) {
    }

    public record Employer(String name, String employerReferenceNumber, String funding, String postcode) {
    }

    /** One apprenticeship with its ILR-aligned facts and what was recorded during it. */
    public record Apprenticeship(String id, String standardReference, String standardVersion, String standardTitle,
            Integer larsCode, LocalDate startDate, LocalDate plannedEndDate, BigDecimal weeklyHours,
            String fundingType,
            @Pounds(sign = Pounds.Sign.ZERO_OR_MORE, message = PRICE) BigDecimal trainingPrice,
            @Pounds(sign = Pounds.Sign.ZERO_OR_MORE, message = PRICE) BigDecimal epaPrice,
            Employer employer, String status,
            List<StatusChange> statusHistory, List<KsbSignOff> ksbSignOffs, List<OffTheJobEntry> offTheJob,
            List<Review> reviews, List<Evidence> evidence) {

        /** A price a pack may carry: pounds and whole pence, none below nothing. */
        static final String PRICE = "The price is not one Waypoint can keep: give it in pounds and whole pence, like"
                + " 9000 or 9000.50, and not below 0";

        public Apprenticeship {
            statusHistory = statusHistory == null ? List.of() : List.copyOf(statusHistory);
            ksbSignOffs = ksbSignOffs == null ? List.of() : List.copyOf(ksbSignOffs);
            offTheJob = offTheJob == null ? List.of() : List.copyOf(offTheJob);
            reviews = reviews == null ? List.of() : List.copyOf(reviews);
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }
    }

    public record StatusChange(String from, String to, LocalDate effectiveDate, String withdrawalReason,
            LocalDate expectedReturnDate) {
    }

    public record KsbSignOff(String ksbCode, String signedOffAt) {
    }

    public record OffTheJobEntry(String id, LocalDate date, int minutes, String activityType, String description,
            String ksbs, String state, String evidenceLink, String evidenceFile, String evidenceName) {
    }

    /**
     * A progress review as the previous provider recorded it: the day it was held (none while it is still to be held),
     * who signed its record and when, its facts in reading order, and the path in the ZIP of the PDF of the newest
     * version of its record that the apprentice, the employer and the tutor all signed (none when no version is).
     */
    public record Review(String id, int number, String state, LocalDate dueDate, LocalDate heldOn,
            List<Signer> signers, Map<String, String> record, String signedRecord) {

        public Review {
            signers = signers == null ? List.of() : List.copyOf(signers);
            record = record == null ? Map.of() : record;
        }
    }

    /** Who signed a review's record: as what (apprentice, employer, tutor), the name they typed, when. */
    public record Signer(String party, String name, String signedAt) {
    }

    /** An evidence item of the portfolio with its current file. */
    public record Evidence(String id, String title, String description, String type, String ksbs, LocalDate date,
            String state, String fileName, String mediaType, Long size, String sha256, String file) {
    }
}
