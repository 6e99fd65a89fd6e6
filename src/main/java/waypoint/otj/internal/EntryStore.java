package waypoint.otj.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import waypoint.enrolment.ApprenticeshipId;

/** Entries and the running totals in table otj_pace, kept in step in the same transaction. */
@Repository
public class EntryStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    EntryStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record NewEntry(ApprenticeshipId apprenticeshipId, UUID learnerId, ValidEntry entry, String source,
            String sourceReference, String evidenceFileId, String evidenceName, UUID createdBy) {
    }

    /** Empty when an entry from the same source and reference is already there. */
    public Optional<UUID> insert(NewEntry e) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int added = jdbc.sql("""
                        INSERT INTO otj_entry (id, apprenticeship_id, learner_id, activity_date, start_time, end_time,
                            minutes, activity_type, description, ksbs, evidence_file_id, evidence_name, evidence_link,
                            portfolio_evidence_id, source, source_reference, state, created_by, created_at, updated_at)
                        VALUES (:id, :a, :l, :d, :s, :e, :m, :t, :desc, :k, :f, :fn, :link, :pe, :src, :ref, 'SUBMITTED',
                            :by, :now, :now)
                        ON CONFLICT DO NOTHING""")
                .param("id", id).param("a", e.apprenticeshipId()).param("l", e.learnerId())
                .param("d", e.entry().date()).param("s", e.entry().startTime()).param("e", e.entry().endTime())
                .param("m", e.entry().minutes()).param("t", e.entry().activityType())
                .param("desc", e.entry().description()).param("k", String.join(",", e.entry().ksbs()))
                .param("f", e.evidenceFileId()).param("fn", e.evidenceName()).param("link", e.entry().evidenceLink())
                .param("pe", e.entry().portfolioEvidenceId())
                .param("src", e.source()).param("ref", e.sourceReference()).param("by", e.createdBy())
                .param("now", now).update();
        if (added == 0) {
            return Optional.empty();
        }
        refreshTotals(e.apprenticeshipId());
        return Optional.of(id);
    }

    public Optional<Entry> find(UUID id) {
        return jdbc.sql(Entry.SELECT + "WHERE e.id = :id").param("id", id).query(Entry::map).optional();
    }

    public List<Entry> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(Entry.SELECT + "WHERE e.id IN (:ids)").param("ids", ids).query(Entry::map).list();
    }

    /** Changes the typed details; the version is the optimistic lock. False when someone changed it meanwhile. */
    public boolean update(Entry entry, ValidEntry changed, EntryState state) {
        int updated = jdbc.sql("""
                        UPDATE otj_entry SET activity_date = :d, start_time = :s, end_time = :e, minutes = :m,
                            activity_type = :t, description = :desc, ksbs = :k, evidence_link = :link,
                            portfolio_evidence_id = :pe, state = :state,
                            updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("d", changed.date()).param("s", changed.startTime()).param("e", changed.endTime())
                .param("m", changed.minutes()).param("t", changed.activityType()).param("desc", changed.description())
                .param("k", String.join(",", changed.ksbs())).param("link", changed.evidenceLink())
                .param("pe", changed.portfolioEvidenceId())
                .param("state", state.name()).param("now", OffsetDateTime.now(clock)).param("id", entry.id())
                .param("version", entry.version()).update();
        refreshTotals(entry.apprenticeshipId());
        return updated == 1;
    }

    public boolean review(Entry entry, EntryState state, RejectionReason reason, String note, UUID by) {
        int updated = jdbc.sql("""
                        UPDATE otj_entry SET state = :state, rejection_reason = :reason, reviewer_note = :note,
                            reviewed_by = :by, reviewed_at = :now, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("state", state.name()).param("reason", reason == null ? null : reason.name())
                .param("note", note).param("by", by).param("now", OffsetDateTime.now(clock))
                .param("id", entry.id()).param("version", entry.version()).update();
        refreshTotals(entry.apprenticeshipId());
        return updated == 1;
    }

    /** The apprenticeship's approved entries dated on or after {@code from}, oldest first. */
    public List<Entry> approvedFrom(ApprenticeshipId apprenticeshipId, LocalDate from) {
        return jdbc.sql(Entry.SELECT + "WHERE e.apprenticeship_id = :a AND e.state = 'APPROVED'"
                        + " AND e.activity_date >= :from ORDER BY e.activity_date, e.id")
                .param("a", apprenticeshipId).param("from", from).query(Entry::map).list();
    }

    public void confirmByEmployer(Entry entry, UUID by) {
        jdbc.sql("UPDATE otj_entry SET employer_confirmed_by = :by, employer_confirmed_at = :now, "
                        + "version = version + 1 WHERE id = :id")
                .param("by", by).param("now", OffsetDateTime.now(clock)).param("id", entry.id()).update();
    }

    /** The learner's entries on one day, but for {@code except}. */
    public List<EntryRules.SameDay> sameDay(UUID learnerId, LocalDate date, UUID except) {
        return jdbc.sql("""
                        SELECT start_time, end_time, minutes FROM otj_entry
                        WHERE learner_id = :l AND activity_date = :d AND state <> 'REJECTED'
                          AND (CAST(:except AS uuid) IS NULL OR id <> :except)""")
                .param("l", learnerId).param("d", date).param("except", except)
                .query((rs, n) -> new EntryRules.SameDay(rs.getObject(1, java.time.LocalTime.class),
                        rs.getObject(2, java.time.LocalTime.class), rs.getInt(3))).list();
    }

    /** A page of an apprenticeship's entries, newest first; optionally one state. */
    public List<Entry> page(ApprenticeshipId apprenticeshipId, EntryState state, int page, int size) {
        return jdbc.sql(Entry.SELECT + "WHERE e.apprenticeship_id = :a AND (CAST(:state AS text) IS NULL OR e.state = "
                        + ":state) ORDER BY e.activity_date DESC, e.id DESC LIMIT :size OFFSET :offset")
                .param("a", apprenticeshipId).param("state", state == null ? null : state.name())
                .param("size", size).param("offset", (long) page * size).query(Entry::map).list();
    }

    public long count(ApprenticeshipId apprenticeshipId, EntryState state) {
        return jdbc.sql("SELECT count(*) FROM otj_entry WHERE apprenticeship_id = :a AND (CAST(:state AS text) IS NULL"
                        + " OR state = :state)")
                .param("a", apprenticeshipId).param("state", state == null ? null : state.name())
                .query(Long.class).single();
    }

    /** Every entry of an apprenticeship, oldest first (CSV export). */
    public List<Entry> all(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql(Entry.SELECT + "WHERE e.apprenticeship_id = :a ORDER BY e.activity_date, e.start_time, e.id")
                .param("a", apprenticeshipId).query(Entry::map).list();
    }

    public Optional<Entry> lastOf(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql(Entry.SELECT + "WHERE e.apprenticeship_id = :a ORDER BY e.created_at DESC LIMIT 1")
                .param("a", apprenticeshipId).query(Entry::map).optional();
    }

    /** Approved minutes by ISO week (its Monday), for the chart. */
    public Map<LocalDate, Long> approvedMinutesByWeek(ApprenticeshipId apprenticeshipId) {
        Map<LocalDate, Long> weeks = new java.util.TreeMap<>();
        jdbc.sql("""
                        SELECT date_trunc('week', activity_date)::date AS week, sum(minutes) FROM otj_entry
                        WHERE apprenticeship_id = :a AND state = 'APPROVED' GROUP BY 1""")
                .param("a", apprenticeshipId)
                .query(rs -> {
                    weeks.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
                });
        return weeks;
    }

    public record Totals(long approvedMinutes, long pendingMinutes, LocalDate lastApprovedDate,
            LocalDate learningEndedOn) {

        public BigDecimal approvedHours() {
            return Pace.hours(BigDecimal.valueOf(approvedMinutes).divide(BigDecimal.valueOf(60), 4,
                    java.math.RoundingMode.HALF_UP));
        }

        public BigDecimal pendingHours() {
            return Pace.hours(BigDecimal.valueOf(pendingMinutes).divide(BigDecimal.valueOf(60), 4,
                    java.math.RoundingMode.HALF_UP));
        }
    }

    public Totals totals(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("SELECT approved_minutes, pending_minutes, last_approved_date, learning_ended_on FROM otj_pace"
                        + " WHERE apprenticeship_id = :a")
                .param("a", apprenticeshipId)
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional().orElse(new Totals(0, 0, null, null));
    }

    public Map<ApprenticeshipId, Totals> totals(Collection<ApprenticeshipId> apprenticeshipIds) {
        Map<ApprenticeshipId, Totals> found = new java.util.HashMap<>();
        if (apprenticeshipIds.isEmpty()) {
            return found;
        }
        jdbc.sql("SELECT apprenticeship_id, approved_minutes, pending_minutes, last_approved_date, learning_ended_on"
                        + " FROM otj_pace WHERE apprenticeship_id IN (:ids)")
                .param("ids", apprenticeshipIds)
                .query(rs -> {
                    found.put(new ApprenticeshipId(rs.getObject(1, UUID.class)), new Totals(rs.getLong(2),
                            rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                });
        return found;
    }

    /** Sums the apprenticeship's entries by state into its otj_pace row (one index range: its own entries). */
    public void refreshTotals(ApprenticeshipId apprenticeshipId) {
        jdbc.sql("""
                        INSERT INTO otj_pace (apprenticeship_id, approved_minutes, pending_minutes, last_approved_date,
                            updated_at)
                        SELECT :a, coalesce(sum(minutes) FILTER (WHERE state = 'APPROVED'), 0),
                               coalesce(sum(minutes) FILTER (WHERE state IN ('SUBMITTED', 'MORE_DETAIL_REQUESTED')), 0),
                               max(activity_date) FILTER (WHERE state = 'APPROVED'), :now
                        FROM otj_entry WHERE apprenticeship_id = :a
                        ON CONFLICT (apprenticeship_id) DO UPDATE SET approved_minutes = excluded.approved_minutes,
                            pending_minutes = excluded.pending_minutes, last_approved_date = excluded.last_approved_date,
                            updated_at = excluded.updated_at""")
                .param("a", apprenticeshipId).param("now", OffsetDateTime.now(clock)).update();
        refreshSnapshot(apprenticeshipId);
    }

    /** Expected hours, shortfall and "behind" of one apprenticeship as of today ({@link PaceSnapshots}). */
    public void refreshSnapshot(ApprenticeshipId apprenticeshipId) {
        jdbc.sql(PaceSnapshots.UPDATE.formatted("t.apprenticeship_id = :a")).param("a", apprenticeshipId)
                .param("today", LocalDate.now(clock)).param("amber", thresholds().amberBelowPercent()).update();
    }

    /**
     * The facts of the apprenticeship the behind-pace report reads in SQL; {@code planned} and {@code minimum} are
     * null while not known (never 0).
     */
    public void refreshPlan(ApprenticeshipId apprenticeshipId, BigDecimal planned, BigDecimal minimum,
            int completedBreakDays, LocalDate pausedSince, LocalDate learningEndedOn) {
        jdbc.sql("""
                        INSERT INTO otj_pace (apprenticeship_id, planned_hours, minimum_hours, completed_break_days,
                            paused_since, learning_ended_on, updated_at, plan_read)
                        VALUES (:a, :p, :m, :b, :paused, :ended, :now, TRUE)
                        ON CONFLICT (apprenticeship_id) DO UPDATE SET planned_hours = excluded.planned_hours,
                            plan_read = TRUE,
                            minimum_hours = excluded.minimum_hours, completed_break_days = excluded.completed_break_days,
                            paused_since = excluded.paused_since,
                            learning_ended_on = coalesce(excluded.learning_ended_on, otj_pace.learning_ended_on),
                            updated_at = excluded.updated_at""")
                .param("a", apprenticeshipId).param("p", planned).param("m", minimum).param("b", completedBreakDays)
                .param("paused", pausedSince).param("ended", learningEndedOn).param("now", OffsetDateTime.now(clock))
                .update();
        refreshSnapshot(apprenticeshipId);
    }

    public java.util.Set<String> activityTypeCodes() {
        return new java.util.HashSet<>(jdbc.sql("SELECT code FROM otj_activity_type WHERE NOT retired")
                .query(String.class).list());
    }

    public record ActivityType(String code, String name) {
    }

    /** The types offered for new entries: the handbook's and the provider's own, retired ones left out. */
    public List<ActivityType> activityTypes() {
        return jdbc.sql("SELECT code, name FROM otj_activity_type WHERE NOT retired ORDER BY position, name")
                .query((rs, n) -> new ActivityType(rs.getString(1), rs.getString(2))).list();
    }

    /** Every type, for the settings page: whether the provider added it and whether it is retired. */
    public record TypeSetting(String code, String name, boolean providerAdded, boolean retired) {
    }

    public List<TypeSetting> typeSettings() {
        return jdbc.sql("SELECT code, name, provider_added, retired FROM otj_activity_type ORDER BY position, name")
                .query((rs, n) -> new TypeSetting(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        rs.getBoolean(4))).list();
    }

    public boolean activityTypeNamed(String name) {
        return jdbc.sql("SELECT count(*) FROM otj_activity_type WHERE lower(name) = lower(:n)").param("n", name)
                .query(Long.class).single() > 0;
    }

    /** Retires (or brings back) a type the provider added; the handbook's own types always stay. */
    public boolean retireActivityType(String code, boolean retired) {
        return jdbc.sql("UPDATE otj_activity_type SET retired = :r WHERE code = :c AND provider_added")
                .param("r", retired).param("c", code).update() == 1;
    }

    public Thresholds thresholds() {
        return jdbc.sql("SELECT amber_below_percent, red_below_percent FROM otj_settings WHERE id = 1")
                .query((rs, n) -> new Thresholds(rs.getInt(1), rs.getInt(2))).optional().orElse(Thresholds.DEFAULT);
    }

    public void saveThresholds(Thresholds thresholds) {
        jdbc.sql("UPDATE otj_settings SET amber_below_percent = :a, red_below_percent = :r, version = version + 1"
                        + " WHERE id = 1")
                .param("a", thresholds.amberBelowPercent()).param("r", thresholds.redBelowPercent()).update();
        // who is behind depends on the amber threshold: every snapshot is worked out again by the next list
        jdbc.sql("UPDATE otj_pace SET as_of = DATE '1900-01-01'").update();
    }

    public void addActivityType(String code, String name) {
        jdbc.sql("INSERT INTO otj_activity_type (code, name, position, provider_added) VALUES (:c, :n, "
                        + "(SELECT coalesce(max(position), 0) + 1 FROM otj_activity_type), TRUE) ON CONFLICT DO NOTHING")
                .param("c", code).param("n", name).update();
    }
}
