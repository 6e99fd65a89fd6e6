package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.delivery.internal.DeliveryNotices.To;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.FieldValidationException;

/**
 * Scheduling teaching, learning and assessment sessions: the tutor schedules one for one apprentice or a group, moves
 * or cancels it, and everyone is told. The record after it is {@link SessionRecords}; reading is
 * {@link SessionViews}. Every change is checked against the session table and made only on the version of the session
 * the tutor was shown (docs/domain/teaching-sessions.md).
 */
@Service
public class SessionService {

    /** The off-the-job entry's source, shown on the learner's hours. */
    public static final String OTJ_SOURCE = "Teaching session";

    private final SessionStore store;
    private final DeliveryPolicy policy;
    private final Standards standards;
    private final DeliveryNotices notices;
    private final TeachingSessionRepository repository;
    private final Clock clock;

    SessionService(SessionStore store, DeliveryPolicy policy, Standards standards, DeliveryNotices notices,
            TeachingSessionRepository repository, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.standards = standards;
        this.notices = notices;
        this.repository = repository;
        this.clock = clock;
    }

    // ---- scheduling ------------------------------------------------------------------------------------------

    /** Schedules a session and tells its apprentices and their line managers. */
    @Transactional
    public UUID schedule(CurrentUser user, SessionPlan plan) {
        List<ApprenticeshipSummary> learners = chosen(user, plan.apprenticeshipIds());
        Checked checked = check(plan, learners);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Map<ApprenticeshipId, String> names = new LinkedHashMap<>();
        learners.forEach(a -> names.put(a.id(), a.learnerName()));
        SessionRow.Scheduled scheduled = SessionRow.schedule(id, names, checked.startsAt(), checked.duration(),
                checked.place(), checked.link(), checked.topic(), checked.ksbs(), user.id(), user.displayName(), now);
        repository.insert(scheduled);
        SessionRow row = scheduled.session();
        for (ApprenticeshipSummary a : learners) {
            notices.send("session:" + id + ":scheduled", a, "/sessions/" + id,
                    "Session scheduled: " + checked.topic(), "A teaching and learning session is scheduled for "
                            + GovUkDates.time(checked.startsAt()) + " (" + checked.duration() + " minutes), "
                            + row.where() + ".", user.id(), EnumSet.of(To.LEARNER, To.EMPLOYER));
        }
        return id;
    }

    /** Moves a scheduled session to another time or place, and tells everyone. */
    @Transactional
    public void reschedule(CurrentUser user, UUID sessionId, SessionPlan plan) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.RESCHEDULE);
        List<ApprenticeshipSummary> learners = attendees.stream().map(Attendee::apprenticeship).toList();
        SessionPlan withTopic = new SessionPlan(List.of(), plan.date(), plan.time(), plan.durationMinutes(),
                plan.place(), plan.remoteLink(), session.topic(), session.plannedKsbs(), plan.lockVersion());
        Checked checked = check(withTopic, learners);
        repository.save(session.reschedule(lock(plan.lockVersion()), checked.startsAt(), checked.duration(),
                checked.place(), checked.link()), clock.instant());
        for (ApprenticeshipSummary a : learners) {
            notices.send("session:" + sessionId + ":moved:" + (session.sequence() + 1), a,
                    "/sessions/" + sessionId, "Session moved: " + session.topic(), "The session on "
                            + GovUkDates.time(session.startsAt()) + " is now on " + GovUkDates.time(checked.startsAt()) + " ("
                            + checked.duration() + " minutes), " + checked.where() + ".", user.id(),
                    EnumSet.of(To.LEARNER, To.EMPLOYER));
        }
    }

    /** Cancels a scheduled session, for the reason given, and tells everyone invited. */
    @Transactional
    public void cancel(CurrentUser user, UUID sessionId, Integer lockVersion, String reason) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.CANCEL);
        repository.save(session.cancel(lock(lockVersion), reason), clock.instant());
        for (Attendee a : attendees) {
            notices.send("session:" + sessionId + ":cancelled", a.apprenticeship(),
                    "/sessions/" + sessionId, "Session cancelled: " + session.topic(), "The session on "
                            + GovUkDates.time(session.startsAt()) + " is cancelled: " + reason, user.id(),
                    EnumSet.of(To.LEARNER, To.EMPLOYER));
        }
    }

    // ---- checks ----------------------------------------------------------------------------------------------

    /** The apprentices chosen (the form says there are 1 to 30), each one the tutor may manage. */
    private List<ApprenticeshipSummary> chosen(CurrentUser user, List<ApprenticeshipId> ids) {
        if (ids.isEmpty()) {
            throw new FieldValidationException("apprenticeshipIds", "Choose the apprentice, or the apprentices of a group");
        }
        return ids.stream().map(id -> policy.requireManage(user, id)).toList();
    }

    record Checked(Instant startsAt, int duration, String place, String link, String topic, List<String> ksbs) {

        String where() {
            return SessionRow.where(place, link);
        }
    }

    /**
     * The plan checked against the day and the apprentices' standards (its form's checks came first): a session within
     * a year before and two years after today, and KSBs of every apprentice's standard version (catalogue).
     */
    private Checked check(SessionPlan plan, List<ApprenticeshipSummary> learners) {
        LocalDate today = LocalDate.now(clock);
        if (plan.date().isBefore(today.minusYears(1)) || plan.date().isAfter(today.plusYears(2))) {
            throw new FieldValidationException("date", "The date must be within a year before and two years after today");
        }
        Map<String, StandardDetails> byVersion = new LinkedHashMap<>();
        for (ApprenticeshipSummary a : learners) {
            byVersion.computeIfAbsent(a.standardReference() + " " + a.standardVersion(),
                    k -> standards.find(a.standardReference(), a.standardVersion()).orElse(null));
        }
        List<String> unknown = plan.ksbs().stream().filter(code -> byVersion.values().stream()
                .anyMatch(s -> s == null || s.ksb(code).isEmpty())).toList();
        if (!unknown.isEmpty()) {
            throw new FieldValidationException("ksbs", "Choose KSBs of the apprentices' standard: "
                    + String.join(", ", unknown) + (unknown.size() == 1 ? " is not one" : " are not"));
        }
        Instant startsAt = plan.date().atTime(plan.time()).atZone(clock.getZone()).toInstant();
        return new Checked(startsAt, plan.durationMinutes(), plan.place(), plan.remoteLink(), plan.topic(),
                plan.ksbs());
    }

    static int lock(Integer lockVersion) {
        return lockVersion == null ? -1 : lockVersion;
    }
}
