package waypoint.delivery.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.catalogue.StandardDetails;
import waypoint.catalogue.Standards;
import waypoint.delivery.internal.DeliveryNotices.To;
import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.identity.CurrentUser;
import waypoint.shared.NotFoundException;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.web.DateText;
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
    static final int LONGEST_TEXT = 4000;
    static final int LONGEST_TOPIC = 200;
    static final Set<String> ATTENDANCE = Set.of("ATTENDED", "LATE", "ABSENT");
    static final Set<String> OWNERS = Set.of("LEARNER", "EMPLOYER", "TUTOR");
    static final Set<String> KINDS = Set.of("ACTION", "ASSESSMENT_PLAN");

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
    public UUID schedule(CurrentUser user, SessionDraft draft) {
        List<ApprenticeshipSummary> learners = chosen(user, draft.apprenticeshipIds());
        Checked checked = check(draft, learners);
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        Map<UUID, String> names = new LinkedHashMap<>();
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
    public void reschedule(CurrentUser user, UUID sessionId, SessionDraft draft) {
        SessionRow session = store.find(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        List<Attendee> attendees = store.attendees(sessionId);
        policy.requireManageSession(user, attendees);
        SessionTable.require(session.state(), SessionTable.Action.RESCHEDULE);
        List<ApprenticeshipSummary> learners = attendees.stream().map(Attendee::apprenticeship).toList();
        SessionDraft withTopic = new SessionDraft(List.of(), draft.date(), draft.time(), draft.durationMinutes(),
                draft.place(), draft.remoteLink(), session.topic(), String.join(", ", session.plannedKsbs()),
                draft.lockVersion());
        Checked checked = check(withTopic, learners);
        repository.save(session.reschedule(lock(draft.lockVersion()), checked.startsAt(), checked.duration(),
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

    private List<ApprenticeshipSummary> chosen(CurrentUser user, List<String> ids) {
        Set<UUID> unique = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            try {
                unique.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException notAnId) {
                throw new FieldValidationException("apprenticeshipIds", "Choose apprentices from the list");
            }
        }
        if (unique.isEmpty()) {
            throw new FieldValidationException("apprenticeshipIds", "Choose the apprentice, or the apprentices of a group");
        }
        if (unique.size() > 30) {
            throw new FieldValidationException("apprenticeshipIds", "A group session has at most 30 apprentices");
        }
        return unique.stream().map(id -> policy.requireManage(user, id)).toList();
    }

    record Checked(Instant startsAt, int duration, String place, String link, String topic, List<String> ksbs) {

        String where() {
            return SessionRow.where(place, link);
        }
    }

    private Checked check(SessionDraft draft, List<ApprenticeshipSummary> learners) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = null;
        if (draft.date() == null || draft.date().isBlank()) {
            errors.put("date", "Enter the date of the session");
        } else {
            date = DateText.parse(draft.date()).orElse(null);
            if (date == null) {
                errors.put("date", "The date must be a real date, like 27/4/2026");
            } else if (date.isBefore(today.minusYears(1)) || date.isAfter(today.plusYears(2))) {
                errors.put("date", "The date must be within a year before and two years after today");
            }
        }
        LocalTime time = null;
        try {
            time = draft.time() == null || draft.time().isBlank() ? null : LocalTime.parse(pad(draft.time().strip()));
        } catch (DateTimeParseException notATime) {
            time = null;
        }
        if (time == null) {
            errors.put("time", "Enter the start time, like 09:30 or 14:00");
        } else if (time.getMinute() % 15 != 0 || time.getSecond() != 0) {
            errors.put("time", "Start on the quarter hour, like 09:00, 09:15, 09:30 or 09:45");
        }
        Integer duration = null;
        try {
            duration = Integer.valueOf(draft.durationMinutes() == null ? "" : draft.durationMinutes().strip());
        } catch (NumberFormatException notANumber) {
            errors.put("durationMinutes", "Enter the length in minutes, like 60");
        }
        if (duration != null && (duration < 15 || duration > 600 || duration % 15 != 0)) {
            errors.put("durationMinutes", "The length must be 15 to 600 minutes, in quarter hours");
        }
        String place = blankToNull(draft.place());
        String link = blankToNull(draft.remoteLink());
        if (place == null && link == null) {
            errors.put("place", "Enter the place, or the link to join remotely");
        }
        if (place != null && place.length() > 300) {
            errors.put("place", "The place must be 300 characters or fewer");
        }
        if (link != null && (!link.startsWith("https://") || link.length() > 500 || link.contains(" "))) {
            errors.put("remoteLink", "The link must start with https:// and have no spaces");
        }
        String topic = draft.topic() == null ? "" : draft.topic().strip();
        if (topic.isEmpty()) {
            errors.put("topic", "Enter the topic of the session");
        } else if (topic.length() > LONGEST_TOPIC) {
            errors.put("topic", "The topic must be " + LONGEST_TOPIC + " characters or fewer");
        }
        List<String> ksbs = ksbs(draft.ksbs(), learners, errors);
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        Instant startsAt = date.atTime(time).atZone(clock.getZone()).toInstant();
        return new Checked(startsAt, duration, place, link, topic, ksbs);
    }

    /** The KSB codes typed, each of which must be in every apprentice's standard version (catalogue). */
    private List<String> ksbs(String typed, List<ApprenticeshipSummary> learners, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String part : typed.split("[,;\\s]+")) {
            if (!part.isBlank() && !codes.contains(part.strip().toUpperCase(Locale.ROOT))) {
                codes.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        Map<String, StandardDetails> byVersion = new LinkedHashMap<>();
        for (ApprenticeshipSummary a : learners) {
            byVersion.computeIfAbsent(a.standardReference() + " " + a.standardVersion(),
                    k -> standards.find(a.standardReference(), a.standardVersion()).orElse(null));
        }
        List<String> unknown = codes.stream().filter(code -> byVersion.values().stream()
                .anyMatch(s -> s == null || s.ksb(code).isEmpty())).toList();
        if (!unknown.isEmpty()) {
            errors.put("ksbs", "Choose KSBs of the apprentices' standard: " + String.join(", ", unknown)
                    + (unknown.size() == 1 ? " is not one" : " are not"));
        }
        return codes;
    }

    static String pad(String time) {
        return time.length() == 4 && time.charAt(1) == ':' ? "0" + time : time;
    }

    static String upper(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip().toUpperCase(Locale.ROOT);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static int lock(Integer lockVersion) {
        return lockVersion == null ? -1 : lockVersion;
    }
}
