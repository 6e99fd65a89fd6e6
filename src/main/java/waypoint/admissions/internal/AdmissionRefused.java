package waypoint.admissions.internal;

/** A triage step or cohort change the rules do not allow now, with the reason in words a member of staff reads. */
public class AdmissionRefused extends RuntimeException {

    public AdmissionRefused(String message) {
        super(message);
    }
}
