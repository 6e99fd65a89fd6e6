package waypoint.enrolment.internal.onboarding;

import java.util.List;

/**
 * A signature on a version of the training plan that is no longer the latest: the plan changed since the signer was
 * shown it. Refused, saying what changed. Pages show it above the new version; the API answers 409.
 */
public class StaleVersionException extends RuntimeException {

    private final int shown;
    private final int latest;
    private final List<String> changes;

    public StaleVersionException(int shown, int latest, List<String> changes) {
        super("The training plan changed since you opened it: you were shown version " + shown + ", and version "
                + latest + " is now the latest. What changed: " + String.join("; ", changes)
                + ". Read the new version before signing it.");
        this.shown = shown;
        this.latest = latest;
        this.changes = List.copyOf(changes);
    }

    public int shown() {
        return shown;
    }

    public int latest() {
        return latest;
    }

    public List<String> changes() {
        return changes;
    }
}
