package waypoint.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.delivery.SessionState;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.Apprenticeships;
import waypoint.shared.web.PageOf;

/** Sessions, their learners and attendance, and their agreed actions, in plain SQL. */
@Repository
public class SessionStore {

    /** Sessions with at least one apprenticeship the person may see (alias {@code s} for the session). */
    static String visible(ApprenticeshipScope scope) {
        if (scope.kind() == ApprenticeshipScope.Kind.EVERYONE) {
            // every session is scheduled with at least one apprenticeship and none is ever taken off it: for someone
            // who sees every apprenticeship, every session (asked of each session, a count of 100,000 took seconds)
            return "TRUE";
        }
        return "EXISTS (SELECT 1 FROM delivery_session_learner dl JOIN enrolment.apprenticeship a ON a.id = dl.apprenticeship_id"
                + " WHERE dl.session_id = s.id AND " + scope.sqlCondition() + ")";
    }

    public enum Filter {
        UPCOMING("Upcoming", "s.state = 'SCHEDULED' AND s.starts_at >= :now", "s.starts_at, s.id"),
        TO_RECORD("To record", "s.state = 'SCHEDULED' AND s.starts_at < :now", "s.starts_at, s.id"),
        RECORDED("Recorded", "s.state = 'RECORDED'", "s.starts_at DESC, s.id"),
        CANCELLED("Cancelled", "s.state = 'CANCELLED'", "s.starts_at DESC, s.id");

        private final String words;
        private final String condition;
        private final String order;

        Filter(String words, String condition, String order) {
            this.words = words;
            this.condition = condition;
            this.order = order;
        }

        public String words() {
            return words;
        }

        public static Filter parse(String text) {
            return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(text)).findFirst().orElse(UPCOMING);
        }
    }

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SessionRow s, Collection<ApprenticeshipId> apprenticeshipIds) {
        jdbc.sql("""
                INSERT INTO delivery_session (id, kind, state, starts_at, duration_minutes, place, remote_link, topic,
                    planned_ksbs, tutor_account_id, tutor_name, created_at, updated_at)
                VALUES (:id, :kind, 'SCHEDULED', :startsAt, :duration, :place, :link, :topic, :ksbs, :tutor,
                    :tutorName, :now, :now)
                """).param("id", s.id()).param("kind", s.kind()).param("startsAt", Timestamp.from(s.startsAt()))
                .param("duration", s.durationMinutes()).param("place", s.place()).param("link", s.remoteLink())
                .param("topic", s.topic()).param("ksbs", String.join(",", s.plannedKsbs()))
                .param("tutor", s.tutorAccountId()).param("tutorName", s.tutorName())
                .param("now", Timestamp.from(s.createdAt())).update();
        for (ApprenticeshipId apprenticeship : apprenticeshipIds) {
            jdbc.sql("INSERT INTO delivery_session_learner (session_id, apprenticeship_id) VALUES (:s, :a)")
                    .param("s", s.id()).param("a", apprenticeship).update();
        }
    }

    void addAttendee(UUID sessionId, ApprenticeshipId apprenticeshipId) {
        jdbc.sql("""
                INSERT INTO delivery_session_learner (session_id, apprenticeship_id) VALUES (:s, :a)
                ON CONFLICT DO NOTHING""").param("s", sessionId).param("a", apprenticeshipId).update();
    }

    /** Marks a session as the one of a group's plan (such as a cohort's planned session), so it is found again. */
    void keyToPlan(UUID sessionId, String planKey) {
        jdbc.sql("UPDATE delivery_session SET plan_key = :key WHERE id = :id").param("key", planKey)
                .param("id", sessionId).update();
    }

    Optional<SessionRow> findPlanned(String planKey) {
        return jdbc.sql("SELECT s.* FROM delivery_session s WHERE s.plan_key = :key").param("key", planKey)
                .query(SessionStore::session).optional();
    }

    Optional<SessionRow> find(UUID id) {
        return jdbc.sql("SELECT s.* FROM delivery_session s WHERE s.id = :id").param("id", id)
                .query(SessionStore::session).optional();
    }

    List<Attendee> attendees(UUID sessionId) {
        return attendees(List.of(sessionId)).getOrDefault(sessionId, List.of());
    }

    /** The learners of many sessions in one query, by session. */
    Map<UUID, List<Attendee>> attendees(Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<Attendee>> bySession = new HashMap<>();
        jdbc.sql("SELECT q.*, dl.session_id, dl.attendance FROM (" + Apprenticeships.SELECT + ") q"
                        + " JOIN delivery_session_learner dl ON dl.apprenticeship_id = q.id"
                        + " WHERE dl.session_id IN (:ids) ORDER BY q.learner_name, q.id")
                .param("ids", sessionIds)
                .query((rs, n) -> new Attendee(rs.getObject("session_id", UUID.class), Apprenticeships.summary(rs, n),
                        rs.getString("attendance")))
                .list().forEach(a -> bySession.computeIfAbsent(a.sessionId(), k -> new java.util.ArrayList<>()).add(a));
        return bySession;
    }

    /**
     * Writes a move the session decided ({@link SessionRow}'s intention-named methods, checked by its table), only if
     * nobody changed it since it was read; false when someone did.
     */
    boolean apply(SessionRow.Change change, Instant now) {
        StringBuilder set = new StringBuilder("state = :state");
        Map<String, Object> params = new HashMap<>();
        change.values().forEach((column, value) -> {
            set.append(", ").append(column.column()).append(" = :").append(column.column());
            params.put(column.column(), value instanceof Instant at ? Timestamp.from(at) : value);
        });
        if (change.newCalendarSequence()) {
            set.append(", sequence = sequence + 1");
        }
        return jdbc.sql("UPDATE delivery_session SET " + set + ", lock_version = lock_version + 1, updated_at = :now"
                        + " WHERE id = :id AND lock_version = :lock AND state = :from")
                .params(params).param("state", change.to().name()).param("from", change.from().name())
                .param("id", change.sessionId()).param("lock", change.lockVersion()).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Each attendee's attendance, kept with the session's record. */
    void recordAttendance(UUID id, Map<ApprenticeshipId, String> attendance) {
        attendance.forEach((apprenticeship, value) -> jdbc.sql(
                        "UPDATE delivery_session_learner SET attendance = :v WHERE session_id = :s AND apprenticeship_id = :a")
                .param("v", value).param("s", id).param("a", apprenticeship).update());
    }

    PageOf<SessionRow> page(ApprenticeshipScope scope, Filter filter, Instant now, int page) {
        String where = " FROM delivery_session s WHERE " + visible(scope) + " AND " + filter.condition;
        Map<String, Object> params = new LinkedHashMap<>(scope.sqlParameters());
        params.put("now", Timestamp.from(now));
        long total = scope.kind() == ApprenticeshipScope.Kind.EVERYONE ? countOfEvery(filter, now)
                : jdbc.sql("SELECT count(*)" + where).params(params).query(Long.class).single();
        int number = Math.min(Math.max(0, page), 1_000_000);
        List<SessionRow> rows = jdbc.sql("SELECT s.*" + where + " ORDER BY " + filter.order + " LIMIT :size OFFSET :offset")
                .params(params).param("size", PageOf.DEFAULT_SIZE).param("offset", number * PageOf.DEFAULT_SIZE)
                .query(SessionStore::session).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    /**
     * How many sessions of the list there are, for someone who sees every session: the total of the state the
     * database keeps (V165), less, for the upcoming ones, those not yet recorded whose time has passed (read from the
     * index of that state's starts), so that no list counts a million recorded sessions.
     */
    private long countOfEvery(Filter filter, Instant now) {
        long toRecord = filter == Filter.UPCOMING || filter == Filter.TO_RECORD
                ? jdbc.sql("SELECT count(*) FROM delivery_session s WHERE " + Filter.TO_RECORD.condition)
                        .param("now", Timestamp.from(now)).query(Long.class).single()
                : 0;
        if (filter == Filter.TO_RECORD) {
            return toRecord;
        }
        long kept = jdbc.sql("SELECT sessions FROM delivery_session_totals WHERE state = :state")
                .param("state", filter == Filter.UPCOMING ? "SCHEDULED" : filter.name()).query(Long.class).single();
        return kept - toRecord;
    }

    /** A person's sessions for their calendar feed: from 90 days ago, at most 500. */
    List<SessionRow> feed(ApprenticeshipScope scope, UUID tutorAccountId, Instant from) {
        String who = tutorAccountId != null ? "(s.tutor_account_id = :tutor OR " + visible(scope) + ")" : visible(scope);
        var query = jdbc.sql("SELECT s.* FROM delivery_session s WHERE " + who
                        + " AND s.starts_at >= :from ORDER BY s.starts_at, s.id LIMIT 500")
                .params(scope.sqlParameters()).param("from", Timestamp.from(from));
        if (tutorAccountId != null) {
            query = query.param("tutor", tutorAccountId);
        }
        return query.query(SessionStore::session).list();
    }

    /** A session of one apprenticeship with that apprentice's attendance (null until recorded). */
    record OfApprenticeship(SessionRow session, String attendance) {
    }

    /** One page of the apprenticeship's sessions, past and upcoming, the latest first. */
    PageOf<OfApprenticeship> pageOfApprenticeship(ApprenticeshipId apprenticeshipId, int page) {
        long total = jdbc.sql("SELECT count(*) FROM delivery_session_learner WHERE apprenticeship_id = :a")
                .param("a", apprenticeshipId).query(Long.class).single();
        int number = Math.min(Math.max(0, page), 1_000_000);
        List<OfApprenticeship> rows = jdbc.sql("""
                SELECT s.*, dl.attendance FROM delivery_session s JOIN delivery_session_learner dl ON dl.session_id = s.id
                WHERE dl.apprenticeship_id = :a ORDER BY s.starts_at DESC, s.id LIMIT :size OFFSET :offset
                """).param("a", apprenticeshipId).param("size", PageOf.DEFAULT_SIZE)
                .param("offset", number * PageOf.DEFAULT_SIZE)
                .query((rs, n) -> new OfApprenticeship(session(rs, n), rs.getString("attendance"))).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    /** The apprenticeship's agreed actions of these sessions, in one query. */
    List<ActionRow> actionsOf(ApprenticeshipId apprenticeshipId, Collection<UUID> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACTION_SELECT + " WHERE x.apprenticeship_id = :a AND x.session_id IN (:ids)"
                        + " ORDER BY x.due_date, x.created_at, x.id")
                .param("a", apprenticeshipId).param("ids", sessionIds).query(SessionStore::action).list();
    }

    /** How many of the apprenticeship's actions are open, and how many of those are overdue. */
    long[] openAndOverdue(ApprenticeshipId apprenticeshipId, LocalDate today) {
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE status = 'OPEN') AS open,
                       count(*) FILTER (WHERE status = 'OPEN' AND due_date < :today) AS overdue
                FROM delivery_action WHERE apprenticeship_id = :a
                """).param("a", apprenticeshipId).param("today", today)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** When the apprentice last attended a session (attended or late, at a recorded session), if ever. */
    Optional<LocalDate> lastAttended(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT attended_on FROM delivery_last_attendance WHERE apprenticeship_id = :a")
                .param("a", apprenticeshipId).query(LocalDate.class).optional();
    }

    /** {@link #lastAttended(ApprenticeshipId)} for many apprenticeships in one query (those with none are left out). */
    Map<ApprenticeshipId, LocalDate> lastAttended(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, LocalDate> last = new HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return last;
        }
        jdbc.sql("SELECT apprenticeship_id, attended_on FROM delivery_last_attendance WHERE apprenticeship_id IN (:ids)")
                .param("ids", apprenticeshipIds).query(rs -> {
                    last.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    /**
     * Works out again when each apprentice of the session last attended, from their attendance at every recorded
     * session, in the transaction that changed the session: the kept date is never ahead of or behind the
     * attendance it comes from.
     */
    void keepLastAttended(UUID sessionId) {
        String attendees = "SELECT apprenticeship_id FROM delivery_session_learner WHERE session_id = :s";
        jdbc.sql("DELETE FROM delivery_last_attendance WHERE apprenticeship_id IN (" + attendees + ")")
                .param("s", sessionId).update();
        jdbc.sql(LAST_ATTENDED + " AND dl.apprenticeship_id IN (" + attendees + ") GROUP BY dl.apprenticeship_id")
                .param("s", sessionId).update();
    }

    private static final String LAST_ATTENDED = """
            INSERT INTO delivery_last_attendance (apprenticeship_id, attended_on)
            SELECT dl.apprenticeship_id, max((s.starts_at AT TIME ZONE 'Europe/London')::date)
            FROM delivery_session s JOIN delivery_session_learner dl ON dl.session_id = s.id
            WHERE s.state = 'RECORDED' AND dl.attendance IN ('ATTENDED', 'LATE')""";

    /** Works out every apprentice's last attendance again, after sessions were loaded in bulk. */
    public void keepEveryLastAttended() {
        jdbc.sql("DELETE FROM delivery_last_attendance").update();
        jdbc.sql(LAST_ATTENDED + " GROUP BY dl.apprenticeship_id").update();
    }

    Optional<LocalDate> nextScheduled(ApprenticeshipId apprenticeshipId, Instant now) {
        return jdbc.sql("""
                SELECT min((s.starts_at AT TIME ZONE 'Europe/London')::date) FROM delivery_session s
                JOIN delivery_session_learner dl ON dl.session_id = s.id
                WHERE dl.apprenticeship_id = :a AND s.state = 'SCHEDULED' AND s.starts_at >= :now
                """).param("a", apprenticeshipId).param("now", Timestamp.from(now)).query(LocalDate.class).optional();
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    private static final String ACTION_SELECT = """
            SELECT x.*, l.full_name AS learner_name, s.topic FROM delivery_action x
                JOIN delivery_session s ON s.id = x.session_id
                JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id
                JOIN organisation.learner l ON l.id = a.learner_id
            """;

    void insertAction(UUID id, UUID sessionId, ApprenticeshipId apprenticeshipId, String kind, String description,
            String owner, LocalDate due, Instant now) {
        jdbc.sql("""
                INSERT INTO delivery_action (id, session_id, apprenticeship_id, kind, description, owner, due_date,
                    status, created_at)
                VALUES (:id, :s, :a, :kind, :description, :owner, :due, 'OPEN', :now)
                """).param("id", id).param("s", sessionId).param("a", apprenticeshipId).param("kind", kind)
                .param("description", description).param("owner", owner).param("due", due)
                .param("now", Timestamp.from(now)).update();
    }

    List<ActionRow> actionsOfSession(UUID sessionId) {
        return jdbc.sql(ACTION_SELECT + " WHERE x.session_id = :s ORDER BY x.due_date, x.created_at, x.id")
                .param("s", sessionId).query(SessionStore::action).list();
    }

    Optional<ActionRow> findAction(UUID id) {
        return jdbc.sql(ACTION_SELECT + " WHERE x.id = :id").param("id", id).query(SessionStore::action).optional();
    }

    boolean completeAction(UUID id, UUID by, Instant now) {
        return jdbc.sql("UPDATE delivery_action SET status = 'DONE', done_at = :now, done_by = :by"
                        + " WHERE id = :id AND status = 'OPEN'")
                .param("now", Timestamp.from(now)).param("by", by).param("id", id).update() == 1;
    }

    /** Open actions in scope: owned by {@code owner} (or any), overdue only when asked. */
    PageOf<ActionRow> actions(ApprenticeshipScope scope, String owner, boolean overdueOnly, LocalDate today, int page) {
        String where = " WHERE x.status = 'OPEN' AND " + scope.sqlCondition()
                + (owner == null ? "" : " AND x.owner = :owner") + (overdueOnly ? " AND x.due_date < :today" : "");
        Map<String, Object> params = new LinkedHashMap<>(scope.sqlParameters());
        if (owner != null) {
            params.put("owner", owner);
        }
        if (overdueOnly) {
            params.put("today", today);
        }
        long total = jdbc.sql("SELECT count(*) FROM delivery_action x JOIN enrolment.apprenticeship a ON a.id = x.apprenticeship_id"
                + where).params(params).query(Long.class).single();
        int number = Math.min(Math.max(0, page), 1_000_000);
        List<ActionRow> rows = jdbc.sql(ACTION_SELECT + where + " ORDER BY x.due_date, x.id LIMIT :size OFFSET :offset")
                .params(params).param("size", PageOf.DEFAULT_SIZE).param("offset", number * PageOf.DEFAULT_SIZE)
                .query(SessionStore::action).list();
        return new PageOf<>(rows, number, PageOf.DEFAULT_SIZE, total);
    }

    List<ActionRow> overdueOf(ApprenticeshipId apprenticeshipId, LocalDate today) {
        return jdbc.sql(ACTION_SELECT + " WHERE x.apprenticeship_id = :a AND x.status = 'OPEN' AND x.due_date < :today"
                        + " ORDER BY x.due_date, x.id").param("a", apprenticeshipId).param("today", today)
                .query(SessionStore::action).list();
    }

    /** {@link #overdueOf(ApprenticeshipId, LocalDate)} for many apprenticeships in one query. */
    List<ActionRow> overdueOf(Collection<ApprenticeshipId> apprenticeshipIds, LocalDate today) {
        if (apprenticeshipIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ACTION_SELECT + " WHERE x.apprenticeship_id IN (:ids) AND x.status = 'OPEN'"
                        + " AND x.due_date < :today ORDER BY x.due_date, x.id")
                .param("ids", apprenticeshipIds).param("today", today).query(SessionStore::action).list();
    }

    boolean anySessionFor(ApprenticeshipId apprenticeshipId, String topic) {
        return jdbc.sql("""
                SELECT count(*) FROM delivery_session s JOIN delivery_session_learner dl ON dl.session_id = s.id
                WHERE dl.apprenticeship_id = :a AND s.topic = :topic
                """).param("a", apprenticeshipId).param("topic", topic).query(Long.class).single() > 0;
    }

    static SessionRow session(ResultSet rs, int n) throws SQLException {
        String ksbs = rs.getString("planned_ksbs");
        return new SessionRow(rs.getObject("id", UUID.class), rs.getString("kind"),
                SessionState.valueOf(rs.getString("state")), rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("remote_link"),
                rs.getString("topic"), ksbs == null || ksbs.isBlank() ? List.of() : List.of(ksbs.split(",")),
                rs.getObject("tutor_account_id", UUID.class), rs.getString("tutor_name"), rs.getString("delivered"),
                rs.getString("cancel_reason"), instant(rs, "recorded_at"), rs.getInt("sequence"),
                rs.getInt("lock_version"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    static ActionRow action(ResultSet rs, int n) throws SQLException {
        return new ActionRow(rs.getObject("id", UUID.class), rs.getObject("session_id", UUID.class),
                new ApprenticeshipId(rs.getObject("apprenticeship_id", UUID.class)), rs.getString("learner_name"),
                rs.getString("kind"),
                rs.getString("description"), rs.getString("owner"), rs.getObject("due_date", LocalDate.class),
                rs.getString("status"), instant(rs, "done_at"), rs.getString("topic"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
