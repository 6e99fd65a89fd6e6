package waypoint.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;

import waypoint.delivery.internal.SystemDelivery;
import waypoint.enrolment.ApprenticeshipId;

/**
 * Sessions and messages recorded by the system, for demo data and imports of past delivery: the session table holds,
 * attendance adds off-the-job entries, and nobody is notified.
 */
@Service
public class DeliveryImport {

    /** An agreed action: kind ACTION or ASSESSMENT_PLAN, owner LEARNER, EMPLOYER or TUTOR. */
    public record Action(ApprenticeshipId apprenticeshipId, String kind, String description, String owner, LocalDate due,
            boolean done) {
    }

    public record Post(UUID authorAccountId, String authorName, String body, Instant at) {
    }

    private final SystemDelivery system;

    DeliveryImport(SystemDelivery system) {
        this.system = system;
    }

    public boolean hasSession(ApprenticeshipId apprenticeshipId, String topic) {
        return system.hasSession(apprenticeshipId, topic);
    }

    public boolean hasThread(ApprenticeshipId apprenticeshipId, String subject) {
        return system.hasThread(apprenticeshipId, subject);
    }

    public UUID schedule(List<ApprenticeshipId> apprenticeshipIds, Instant startsAt, int minutes, String place, String remoteLink,
            String topic, List<String> ksbs, UUID tutorAccountId, String tutorName, Instant now) {
        return system.schedule(apprenticeshipIds, startsAt, minutes, place, remoteLink, topic, ksbs, tutorAccountId,
                tutorName, now);
    }

    /** Attendance by apprenticeship: ATTENDED, LATE or ABSENT. */
    public void record(UUID sessionId, Map<ApprenticeshipId, String> attendance, String delivered, List<Action> actions,
            Instant now) {
        system.record(sessionId, attendance, delivered, actions.stream().map(a -> new SystemDelivery.SystemAction(
                a.apprenticeshipId(), a.kind(), a.description(), a.owner(), a.due(), a.done())).toList(), now);
    }

    public UUID thread(ApprenticeshipId apprenticeshipId, String subject, boolean employerIncluded, List<Post> posts) {
        return system.thread(apprenticeshipId, subject, employerIncluded, posts.stream()
                .map(p -> new SystemDelivery.SystemMessage(p.authorAccountId(), p.authorName(), p.body(), p.at()))
                .toList());
    }
}
