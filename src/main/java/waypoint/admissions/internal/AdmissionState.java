package waypoint.admissions.internal;

/** Where an enquiry or application has got to on the triage board (docs/domain/admissions.md, "Triage"). */
public enum AdmissionState {
    NEW("New"),
    CONTACTED("Contacted"),
    ELIGIBLE("Eligible"),
    NOT_ELIGIBLE("Not eligible"),
    WITHDRAWN("Withdrawn"),
    ACCEPTED("Accepted");

    private final String label;

    AdmissionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still waiting for someone at the provider to act. */
    public boolean isOpen() {
        return this == NEW || this == CONTACTED || this == ELIGIBLE;
    }
}
