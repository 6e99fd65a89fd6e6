package waypoint.delivery.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import waypoint.enrolment.ApprenticeshipId;

/**
 * A session to schedule, or where and when a session moves to, as the form's checks read it: the service keeps what
 * needs the apprentices, their standards or the day (docs/domain/teaching-sessions.md).
 *
 * @param apprenticeshipIds one for a one-to-one session, several for a group (none when a session moves)
 * @param time              the start, in the provider's time zone
 * @param place             null when the session is only remote
 * @param remoteLink        null when the session is only in person
 * @param ksbs              the KSB codes planned, upper case, each once
 * @param lockVersion       the session's version the tutor was shown, when it moves
 */
public record SessionPlan(List<ApprenticeshipId> apprenticeshipIds, LocalDate date, LocalTime time, int durationMinutes,
        String place, String remoteLink, String topic, List<String> ksbs, Integer lockVersion) {

    public SessionPlan {
        apprenticeshipIds = List.copyOf(apprenticeshipIds);
        ksbs = List.copyOf(ksbs);
    }
}
