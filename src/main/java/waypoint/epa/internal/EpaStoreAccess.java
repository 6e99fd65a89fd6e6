package waypoint.epa.internal;

import java.time.LocalDate;

import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaStore.EpaRecord;

/** The record's changes for {@link waypoint.epa.EpaImport}, which sets what a lifecycle already decided. */
public final class EpaStoreAccess {

    private EpaStoreAccess() {
    }

    public static EpaRecord meeting(EpaRecord r, LocalDate heldOn, String mentor, String employer, String apprentice,
            String notes, String text, EpaStage stage) {
        return r.withMeeting(heldOn, mentor, employer, apprentice, "READY", notes, text).withStage(stage);
    }

    public static EpaRecord graded(EpaRecord r, String overallGrade, EpaStage stage) {
        return r.withOverallGrade(overallGrade).withStage(stage);
    }

    public static EpaRecord completed(EpaRecord r, LocalDate actualEnd, LocalDate achieved, LocalDate requested,
            LocalDate received, String progression, String notes, LocalDate heldOn) {
        return r.withCompletion(actualEnd, achieved).withCertificate(requested, received)
                .withProgression(progression, notes, heldOn).withStage(EpaStage.COMPLETED);
    }
}
