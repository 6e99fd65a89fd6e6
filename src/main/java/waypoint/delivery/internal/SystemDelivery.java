package waypoint.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.NotFoundException;

/**
 * Sessions and messages written by the system (demo data, imports of past delivery): the same table, the same moves
 * of the session and so the same audit trail and off-the-job entries, without a person and without notices.
 */
@Component
public class SystemDelivery {

    private final SessionStore sessions;
    private final MessageStore messages;
    private final TeachingSessionRepository repository;
    private final Apprenticeships apprenticeships;

    SystemDelivery(SessionStore sessions, MessageStore messages, TeachingSessionRepository repository,
            Apprenticeships apprenticeships) {
        this.sessions = sessions;
        this.messages = messages;
        this.repository = repository;
        this.apprenticeships = apprenticeships;
    }

    public boolean hasSession(ApprenticeshipId apprenticeshipId, String topic) {
        return sessions.anySessionFor(apprenticeshipId, topic);
    }

    public boolean hasThread(ApprenticeshipId apprenticeshipId, String subject) {
        return messages.anyThread(apprenticeshipId, subject);
    }

    @Transactional
    public UUID schedule(List<ApprenticeshipId> apprenticeshipIds, Instant startsAt, int minutes, String place, String link,
            String topic, List<String> ksbs, UUID tutorAccountId, String tutorName, Instant now) {
        UUID id = UUID.randomUUID();
        Map<ApprenticeshipId, String> learners = new java.util.LinkedHashMap<>();
        apprenticeshipIds.forEach(a -> learners.put(a, apprenticeships.find(a)
                .map(waypoint.enrolment.ApprenticeshipSummary::learnerName).orElse("an apprentice")));
        repository.insert(SessionRow.schedule(id, learners, startsAt, minutes, place, link, topic, ksbs,
                tutorAccountId, tutorName, now));
        return id;
    }

    public record SystemAction(ApprenticeshipId apprenticeshipId, String kind, String description, String owner, LocalDate due,
            boolean done) {
    }

    @Transactional
    public void record(UUID sessionId, Map<ApprenticeshipId, String> attendance, String delivered, List<SystemAction> actions,
            Instant now) {
        SessionRow session = sessions.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        java.util.Set<ApprenticeshipId> attendees = sessions.attendees(sessionId).stream()
                .map(a -> a.apprenticeship().id()).collect(java.util.stream.Collectors.toSet());
        Map<ApprenticeshipId, String> ofAttendees = new java.util.LinkedHashMap<>();
        attendance.forEach((apprenticeshipId, value) -> {
            if (attendees.contains(apprenticeshipId)) {
                ofAttendees.put(apprenticeshipId, value);
            }
        });
        repository.save(session.record(session.lockVersion(), delivered, now, ofAttendees, actions.stream()
                .map(a -> new SessionRow.NewAction(UUID.randomUUID(), a.apprenticeshipId(), a.kind(), a.description(),
                        a.owner(), a.due(), a.done())).toList()), now);
    }

    public record SystemMessage(UUID authorAccountId, String authorName, String body, Instant at) {
    }

    @Transactional
    public UUID thread(ApprenticeshipId apprenticeshipId, String subject, boolean employerIncluded, List<SystemMessage> posts) {
        UUID threadId = UUID.randomUUID();
        messages.insertThread(threadId, apprenticeshipId, subject, employerIncluded, posts.get(0).authorAccountId(),
                posts.get(0).at());
        for (SystemMessage m : posts) {
            messages.insertMessage(UUID.randomUUID(), threadId, m.authorAccountId(), m.authorName(), m.body(), null,
                    m.at());
        }
        return threadId;
    }
}
