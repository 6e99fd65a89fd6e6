package waypoint.safeguarding.web;

/** The forms on a concern's page, each bound on its own, each carrying the version of the concern it was read at. */
final class ConcernForms {

    private ConcernForms() {
    }

    record TriageForm(String riskLevel, String riddor, String note, Integer version) {
    }

    record FlagForm(Boolean shared, Integer version) {
    }

    record UpdateForm(String update, Integer version) {
    }

    record CloseForm(String outcome, Integer version) {
    }

    record ReopenForm(String reason, Integer version) {
    }
}
