package waypoint.enrolment.web;

import java.util.List;
import java.util.UUID;

/**
 * A lifecycle action's form as typed: when it took effect (the GOV.UK date input), why, and the particulars of a
 * break, a withdrawal or a change of employer. The version is the one the page showed, so a change someone else made
 * meanwhile is noticed.
 */
record ActionForm(String effectiveDay, String effectiveMonth, String effectiveYear, String expectedReturnDay,
        String expectedReturnMonth, String expectedReturnYear, String employerAgreed, String employmentEnded,
        String withdrawalReason, String employerId, String lineManagerId, String reason, Integer version,
        String unapproveHours) {

    /** The order the form asks its questions, which the error summary follows. */
    static final List<String> ORDER = List.of("effectiveDay", "expectedReturnDay", "employerAgreed",
            "unapproveHours", "withdrawalReason", "employerId", "lineManagerId", "reason");

    static ActionForm at(int version) {
        return new ActionForm(null, null, null, null, null, null, null, null, null, null, null, null, version, null);
    }

    static UUID id(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
