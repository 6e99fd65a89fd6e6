package waypoint.organisation.web.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Null;

import io.swagger.v3.oas.annotations.media.Schema;
import waypoint.organisation.LearnerDetails;

/**
 * A learner's details as the API takes them. The employer, line manager and tutor are recorded on the learner's
 * apprenticeship, the one record of them (docs/domain/enrolment.md, "Who an apprentice works with"): a request that
 * names one is refused with a field problem saying where it is recorded (a constraint of this request), never
 * silently dropped.
 */
@Schema(name = "LearnerDetails", description = "A learner's own details. Their employer, line manager and tutor are "
        + "not part of them: they are recorded on the learner's apprenticeship (POST /api/v1/apprenticeships), and a "
        + "request naming employerId, lineManagerId or tutorId is refused (400).")
record LearnerRequest(String givenNames, String familyName, LocalDate dateOfBirth, String uln, String niNumber,
        String email, String phone, String addressLine1, String addressLine2, String town, String postcode,
        String emergencyContactName, String emergencyContactPhone,
        @Schema(description = REFUSED, deprecated = true)
        @Null(message = "The employer" + RECORDED_ON_THE_APPRENTICESHIP) UUID employerId,
        @Schema(description = REFUSED, deprecated = true)
        @Null(message = "The line manager" + RECORDED_ON_THE_APPRENTICESHIP) UUID lineManagerId,
        @Schema(description = REFUSED, deprecated = true)
        @Null(message = "The tutor" + RECORDED_ON_THE_APPRENTICESHIP) UUID tutorId,
        @Schema(description = "Why the details are being corrected: required when changing a learner, kept in the "
                + "audit trail with the change; not taken when adding one") String reason) {

    static final String REFUSED = "Not taken: recorded on the learner's apprenticeship (POST /api/v1/apprenticeships). "
            + "A request naming it is refused (400); a learner's response gives it, read-only, from the apprenticeship.";

    static final String RECORDED_ON_THE_APPRENTICESHIP = " is recorded on the learner's apprenticeship, not their"
            + " record: record or change it on the apprenticeship";

    /** The learner's details, once the request is checked (it names nothing of the apprenticeship's). */
    LearnerDetails details() {
        return new LearnerDetails(givenNames, familyName, dateOfBirth, uln, niNumber, email, phone, addressLine1,
                addressLine2, town, postcode, emergencyContactName, emergencyContactPhone);
    }
}
