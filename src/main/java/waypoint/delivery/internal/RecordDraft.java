package waypoint.delivery.internal;

import java.util.List;
import java.util.Map;

/**
 * What the tutor records after a session: attendance by apprenticeship id (ATTENDED, LATE or ABSENT), what was
 * delivered or assessed, and the actions and assessment plans agreed. Blank action rows are left out.
 */
public record RecordDraft(Map<String, String> attendance, String delivered, List<ActionDraft> actions,
        Integer lockVersion) {

    public RecordDraft {
        attendance = attendance == null ? Map.of() : Map.copyOf(attendance);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /**
     * @param apprenticeshipId whose action it is; blank on a group session means one for each attendee
     * @param kind             ACTION or ASSESSMENT_PLAN
     * @param owner            LEARNER, EMPLOYER or TUTOR
     */
    public record ActionDraft(String apprenticeshipId, String kind, String description, String owner,
            String dueDate) {

        boolean blank() {
            return isBlank(description) && isBlank(dueDate);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }
}
