package waypoint.delivery.internal;

import java.util.List;

/**
 * What a tutor types to schedule or move a session, kept as typed so a form shows it again with its errors.
 *
 * @param apprenticeshipIds one for a one-to-one session, several for a group
 * @param ksbs              the KSBs planned, such as "K1, S2"
 */
public record SessionDraft(List<String> apprenticeshipIds, String date, String time, String durationMinutes,
        String place, String remoteLink, String topic, String ksbs, Integer lockVersion) {

    public SessionDraft {
        apprenticeshipIds = apprenticeshipIds == null ? List.of() : List.copyOf(apprenticeshipIds);
    }

    public static SessionDraft blank() {
        return new SessionDraft(List.of(), "", "", "60", "", "", "", "", null);
    }
}
