package waypoint.delivery.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import waypoint.delivery.SessionState;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.otj.OffTheJobActivityRecorded;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.time.GovUkDates;

/**
 * A teaching session. {@code kind} is ONE_TO_ONE or GROUP; the place or the remote link (or both) say where. It
 * changes only through its intention-named methods, each checked by {@link SessionTable}, which answer the
 * {@link Change} to make, with the events it causes; only {@link TeachingSessionRepository#save} writes a change and
 * publishes its events, so no route forgets them (docs/domain/teaching-sessions.md).
 */
public record SessionRow(UUID id, String kind, SessionState state, Instant startsAt, int durationMinutes,
        String place, String remoteLink, String topic, List<String> plannedKsbs, UUID tutorAccountId,
        String tutorName, String delivered, String cancelReason, Instant recordedAt, int sequence, int lockVersion,
        Instant createdAt, Instant updatedAt) {

    private static final String RECORD = "TeachingSession";
    private static final String ABSENT = "ABSENT";

    public Instant endsAt() {
        return startsAt.plusSeconds(durationMinutes * 60L);
    }

    public boolean group() {
        return "GROUP".equals(kind);
    }

    public String kindWords() {
        return group() ? "Group" : "One-to-one";
    }

    /** Where, in words: the place, the remote link, or both. */
    public String where() {
        if (place != null && remoteLink != null) {
            return place + " or online: " + remoteLink;
        }
        return place != null ? place : remoteLink == null ? "" : "Online: " + remoteLink;
    }

    /** A scheduled session whose time has come: the tutor records it next. */
    public boolean toRecord(Instant now) {
        return state == SessionState.SCHEDULED && !startsAt.isAfter(now);
    }

    /** The columns a move may set besides the state, which only the table decides. */
    public enum Column {
        STARTS_AT("starts_at"), DURATION_MINUTES("duration_minutes"), PLACE("place"), REMOTE_LINK("remote_link"),
        CANCEL_REASON("cancel_reason"), DELIVERED("delivered"), RECORDED_AT("recorded_at");

        private final String column;

        Column(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }

    /** A session just scheduled, for its apprentices, with the audit event that says so. */
    public record Scheduled(SessionRow session, List<ApprenticeshipId> apprenticeshipIds, List<RecordChanged> events) {

        public Scheduled {
            apprenticeshipIds = List.copyOf(apprenticeshipIds);
            events = List.copyOf(events);
        }
    }

    /**
     * Schedules a session for the apprentices named (one: one-to-one; more: a group), at {@code startsAt} for
     * {@code minutes}, at a place, a remote link or both, by the tutor named.
     */
    public static Scheduled schedule(UUID id, Map<ApprenticeshipId, String> learners, Instant startsAt, int minutes,
            String place, String remoteLink, String topic, List<String> ksbs, UUID tutorAccountId, String tutorName,
            Instant now) {
        return schedule(id, learners.size() > 1, learners, startsAt, minutes, place, remoteLink, topic, ksbs,
                tutorAccountId, tutorName, now);
    }

    /**
     * Schedules a group session, planned for a whole group (a cohort) however many of it have apprenticeships yet:
     * others join it later ({@link #join}).
     */
    public static Scheduled scheduleForGroup(UUID id, Map<ApprenticeshipId, String> learners, Instant startsAt,
            int minutes, String place, String remoteLink, String topic, UUID tutorAccountId, String tutorName,
            Instant now) {
        return schedule(id, true, learners, startsAt, minutes, place, remoteLink, topic, List.of(), tutorAccountId,
                tutorName, now);
    }

    private static Scheduled schedule(UUID id, boolean group, Map<ApprenticeshipId, String> learners, Instant startsAt,
            int minutes, String place, String remoteLink, String topic, List<String> ksbs, UUID tutorAccountId,
            String tutorName, Instant now) {
        SessionRow row = new SessionRow(id, group ? "GROUP" : "ONE_TO_ONE", SessionState.SCHEDULED,
                startsAt, minutes, place, remoteLink, topic, ksbs, tutorAccountId, tutorName, null, null, null, 0, 0,
                now, now);
        return new Scheduled(row, List.copyOf(learners.keySet()), List.of(RecordChanged.created(RECORD, id,
                row.kindWords() + " on " + GovUkDates.time(startsAt) + ": " + topic + " ("
                        + String.join(", ", learners.values()) + ")")));
    }

    /** An action or assessment plan agreed on the session for one apprentice ({@code done}: kept as done already). */
    public record NewAction(UUID id, ApprenticeshipId apprenticeshipId, String kind, String description, String owner,
            LocalDate due, boolean done) {
    }

    /** An agreed action marked done, by the account named (none: the system). */
    public record DoneAction(UUID actionId, UUID by) {
    }

    /**
     * One checked move: from the state the session was read in to the state the table gives, with its values;
     * {@code newCalendarSequence} when calendars must replace the event they hold (moved or cancelled); the
     * attendance and actions it keeps, the actions it marks done; and the events it causes (the audit trail's, and each attendee's off-the-job
     * time), which {@link TeachingSessionRepository#save} publishes once it has written the move.
     */
    public record Change(UUID sessionId, int lockVersion, SessionState from, SessionState to,
            Map<Column, Object> values, boolean newCalendarSequence, Map<ApprenticeshipId, String> attendance,
            List<NewAction> actions, List<DoneAction> done, List<ApprenticeshipId> joining, List<Object> events) {

        public Change {
            values = Collections.unmodifiableMap(values);
            attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
            actions = List.copyOf(actions);
            done = List.copyOf(done);
            joining = List.copyOf(joining);
            events = List.copyOf(events);
        }

        /**
         * Whether the session's own row changes (agreeing another action keeps it as it is); adding an apprentice
         * does, so that it is made only on the version read and only while the session is still scheduled.
         */
        boolean changesRow() {
            return from != to || !values.isEmpty() || newCalendarSequence || !joining.isEmpty();
        }
    }

    private Change move(SessionTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            boolean newCalendarSequence, Map<ApprenticeshipId, String> attendance, List<NewAction> actions,
            List<Object> events) {
        return move(action, expectedLockVersion, values, newCalendarSequence, attendance, actions, List.of(),
                events);
    }

    private Change move(SessionTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            boolean newCalendarSequence, Map<ApprenticeshipId, String> attendance, List<NewAction> actions,
            List<DoneAction> done, List<Object> events) {
        return move(action, expectedLockVersion, values, newCalendarSequence, attendance, actions, done, List.of(),
                events);
    }

    private Change move(SessionTable.Action action, int expectedLockVersion, Map<Column, Object> values,
            boolean newCalendarSequence, Map<ApprenticeshipId, String> attendance, List<NewAction> actions,
            List<DoneAction> done, List<ApprenticeshipId> joining, List<Object> events) {
        SessionState to = SessionTable.require(state, action);
        Map<Column, Object> all = new EnumMap<>(Column.class);
        all.putAll(values);
        return new Change(id, expectedLockVersion, state, to, all, newCalendarSequence, attendance, actions, done,
                joining, events);
    }

    /**
     * Adds apprentices who joined the group after the session was planned (a cohort's newcomers): only to a session
     * still scheduled, and only to a group session.
     */
    public Change join(int expectedLockVersion, Map<ApprenticeshipId, String> learners) {
        if (!group()) {
            throw new SessionRefusedException("Only a group session takes more apprentices");
        }
        return move(SessionTable.Action.JOIN, expectedLockVersion, Map.of(), false, Map.of(), List.of(), List.of(),
                List.copyOf(learners.keySet()), List.of(RecordChanged.updated(RECORD, id, null,
                        "Joined by " + String.join(", ", learners.values()))));
    }

    /** Where, in words, for a place and a remote link (either may be missing). */
    static String where(String place, String remoteLink) {
        return new SessionRow(null, null, null, null, 0, place, remoteLink, null, null, null, null, null, null, null,
                0, 0, null, null).where();
    }

    /** Moves the session to another time or place. */
    public Change reschedule(int expectedLockVersion, Instant newStart, int minutes, String newPlace, String link) {
        Map<Column, Object> values = new EnumMap<>(Column.class);
        values.put(Column.STARTS_AT, newStart);
        values.put(Column.DURATION_MINUTES, minutes);
        values.put(Column.PLACE, newPlace);
        values.put(Column.REMOTE_LINK, link);
        return move(SessionTable.Action.RESCHEDULE, expectedLockVersion, values, true, Map.of(), List.of(),
                List.of(RecordChanged.updated(RECORD, id, GovUkDates.time(startsAt) + ", " + where(),
                        GovUkDates.time(newStart) + ", " + where(newPlace, link))));
    }

    /** Cancels the session, saying why. */
    public Change cancel(int expectedLockVersion, String reason) {
        return move(SessionTable.Action.CANCEL, expectedLockVersion, Map.of(Column.CANCEL_REASON, reason), true,
                Map.of(), List.of(), List.of(RecordChanged.updated(RECORD, id, "Scheduled", "Cancelled: " + reason)));
    }

    /**
     * Records, once the session has taken place, what was delivered or assessed, each apprentice's attendance
     * (ATTENDED, LATE or ABSENT) and the actions agreed; the time of each apprentice who was there becomes their
     * off-the-job training (docs/domain/teaching-sessions.md).
     */
    public Change record(int expectedLockVersion, String whatWasDelivered, Instant now,
            Map<ApprenticeshipId, String> attendance, List<NewAction> actions) {
        if (startsAt.isAfter(now)) {
            throw new SessionRefusedException("A session is recorded once it has taken place: this one starts on "
                    + GovUkDates.time(startsAt));
        }
        List<Object> events = new ArrayList<>();
        events.add(RecordChanged.updated(RECORD, id, "Scheduled", "Recorded: "
                + attendance.values().stream().filter(v -> !ABSENT.equals(v)).count() + " of " + attendance.size()
                + " attended; " + actions.size() + " actions"));
        attendance.forEach((apprenticeshipId, value) -> {
            if (!ABSENT.equals(value)) {
                events.add(offTheJob(apprenticeshipId));
            }
        });
        return move(SessionTable.Action.RECORD, expectedLockVersion, Map.of(Column.DELIVERED, whatWasDelivered,
                Column.RECORDED_AT, now), false, attendance, actions, events);
    }

    /** Agrees more actions or assessment plans on a recorded session. */
    public Change agree(List<NewAction> actions) {
        return move(SessionTable.Action.ADD_ACTION, lockVersion, Map.of(), false, Map.of(), actions,
                actions.stream().<Object>map(a -> RecordChanged.created("SessionAction", a.id(), a.description()))
                        .toList());
    }

    /** Marks one of the session's agreed actions done, by the account named; an action is done once. */
    public Change completeAction(ActionRow action, UUID by) {
        if (!id.equals(action.sessionId())) {
            throw new IllegalArgumentException("Action " + action.id() + " is not one of session " + id);
        }
        if (action.done()) {
            throw new SessionRefusedException("This action is already done");
        }
        return move(SessionTable.Action.COMPLETE_ACTION, lockVersion, Map.of(), false, Map.of(), List.of(),
                List.of(new DoneAction(action.id(), by)),
                List.of(RecordChanged.updated("SessionAction", action.id(), "Open", "Done")));
    }

    /**
     * An attendee's time as off-the-job training: one-to-one sessions are mentoring and group sessions teaching, in
     * the learner handbook's list of off-the-job activities (docs/domain/teaching-sessions.md). The reference is the
     * session and apprenticeship, so recording it again adds nothing.
     */
    private OffTheJobActivityRecorded offTheJob(ApprenticeshipId apprenticeshipId) {
        ZonedDateTime start = startsAt.atZone(GovUkDates.LONDON);
        ZonedDateTime end = endsAt().atZone(GovUkDates.LONDON);
        boolean sameDay = end.toLocalDate().equals(start.toLocalDate())
                && end.toLocalTime().isAfter(start.toLocalTime());
        return new OffTheJobActivityRecorded(apprenticeshipId, SessionService.OTJ_SOURCE,
                id + ":" + apprenticeshipId,
                start.toLocalDate(), sameDay ? start.toLocalTime() : null, sameDay ? end.toLocalTime() : null,
                durationMinutes, group() ? "THEORY" : "MENTORING", "Teaching session: " + topic, plannedKsbs);
    }
}
