package waypoint.enrolment.internal.apprenticeship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.BreakInLearning;
import waypoint.enrolment.WithdrawalReason;

/**
 * The timeline of every apprenticeship: entries are only ever added, never changed, since each records what was
 * decided, when and by whom.
 */
@Component
public class StatusChanges {

    private final JdbcClient jdbc;

    StatusChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(StatusChange change) {
        jdbc.sql("""
                INSERT INTO apprenticeship_status_change (id, apprenticeship_id, transition, from_status, to_status,
                    effective_date, recorded_at, recorded_by, reason, withdrawal_reason, expected_return_date,
                    employer_agreed, employment_ended, previous_employer_id, new_employer_id, planned_end_moved_days)
                VALUES (:id, :apprenticeship, :transition, :from, :to, :effective, :recordedAt, :recordedBy, :reason,
                    :withdrawal, :expectedReturn, :agreed, :employmentEnded, :previousEmployer, :newEmployer, :moved)""")
                .param("id", change.id())
                .param("apprenticeship", change.apprenticeshipId())
                .param("transition", change.transition().name())
                .param("from", change.from() == null ? null : change.from().name())
                .param("to", change.to().name())
                .param("effective", change.effectiveDate())
                .param("recordedAt", Timestamp.from(change.recordedAt()))
                .param("recordedBy", change.recordedBy())
                .param("reason", change.reason())
                .param("withdrawal", change.withdrawalReason() == null ? null : change.withdrawalReason().name())
                .param("expectedReturn", change.expectedReturnDate())
                .param("agreed", change.employerAgreed())
                .param("employmentEnded", change.employmentEnded())
                .param("previousEmployer", change.previousEmployerId())
                .param("newEmployer", change.newEmployerId())
                .param("moved", change.plannedEndMovedDays())
                .update();
    }

    /** Whether the employer exists and, if a line manager is named, they work there. */
    boolean employerWithManagerExists(UUID employerId, UUID lineManagerId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM organisation.employer e WHERE e.id = :employer
                    AND (CAST(:manager AS uuid) IS NULL
                         OR EXISTS (SELECT 1 FROM organisation.employer_contact c WHERE c.id = :manager AND c.employer_id = e.id)))""")
                .param("employer", employerId).param("manager", lineManagerId, java.sql.Types.OTHER)
                .query(Boolean.class).single();
    }

    /** In the order they were recorded (a date may be given after the fact, so the effective dates may not be). */
    public List<StatusChange> of(ApprenticeshipId apprenticeshipId) {
        return jdbc.sql("""
                SELECT * FROM apprenticeship_status_change WHERE apprenticeship_id = :id
                ORDER BY recorded_at, id""")
                .param("id", apprenticeshipId).query(StatusChanges::change).list();
    }

    /** Each break, with its return if there was one, oldest first. */
    public List<BreakInLearning> breaksOf(ApprenticeshipId apprenticeshipId) {
        return breaks(of(apprenticeshipId));
    }

    /** The same for many apprenticeships in one query: every id answered, with none when it had no break. */
    public java.util.Map<ApprenticeshipId, List<BreakInLearning>> breaksOf(
            java.util.Collection<ApprenticeshipId> apprenticeshipIds) {
        java.util.Map<ApprenticeshipId, List<StatusChange>> timelines = new java.util.HashMap<>();
        apprenticeshipIds.forEach(id -> timelines.put(id, new ArrayList<>()));
        if (!apprenticeshipIds.isEmpty()) {
            jdbc.sql("""
                    SELECT * FROM apprenticeship_status_change WHERE apprenticeship_id IN (:ids)
                    ORDER BY apprenticeship_id, recorded_at, id""")
                    .param("ids", java.util.Set.copyOf(apprenticeshipIds)).query(StatusChanges::change).list()
                    .forEach(change -> timelines.get(new ApprenticeshipId(change.apprenticeshipId())).add(change));
        }
        java.util.Map<ApprenticeshipId, List<BreakInLearning>> breaks = new java.util.HashMap<>();
        timelines.forEach((id, timeline) -> breaks.put(id, breaks(timeline)));
        return breaks;
    }

    static List<BreakInLearning> breaks(List<StatusChange> timeline) {
        List<BreakInLearning> breaks = new ArrayList<>();
        StatusChange started = null;
        for (StatusChange change : timeline) {
            if (change.to() == ApprenticeshipStatus.BREAK_IN_LEARNING && change.from() != change.to()) {
                started = change;
            } else if (started != null && change.from() == ApprenticeshipStatus.BREAK_IN_LEARNING
                    && change.to() != ApprenticeshipStatus.BREAK_IN_LEARNING) {
                // a return within 4 weeks: that absence is not a break in learning
                if (Apprenticeship.isBreakInLearning(started.effectiveDate(), change.effectiveDate())) {
                    breaks.add(new BreakInLearning(started.effectiveDate(), started.expectedReturnDate(),
                            change.effectiveDate()));
                }
                started = null;
            }
        }
        if (started != null) {
            breaks.add(new BreakInLearning(started.effectiveDate(), started.expectedReturnDate(), null));
        }
        return breaks;
    }

    /** The break going on now, if the apprentice is on one. */
    public Optional<BreakInLearning> ongoingBreak(ApprenticeshipId apprenticeshipId) {
        return breaksOf(apprenticeshipId).stream().filter(BreakInLearning::isOngoing).findFirst();
    }

    private static StatusChange change(ResultSet rs, int n) throws SQLException {
        String from = rs.getString("from_status");
        String withdrawal = rs.getString("withdrawal_reason");
        return new StatusChange(rs.getObject("id", UUID.class), rs.getObject("apprenticeship_id", UUID.class),
                Transition.valueOf(rs.getString("transition")),
                from == null ? null : ApprenticeshipStatus.valueOf(from),
                ApprenticeshipStatus.valueOf(rs.getString("to_status")),
                rs.getObject("effective_date", java.time.LocalDate.class),
                rs.getTimestamp("recorded_at").toInstant(), rs.getObject("recorded_by", UUID.class),
                rs.getString("reason"), withdrawal == null ? null : WithdrawalReason.valueOf(withdrawal),
                rs.getObject("expected_return_date", java.time.LocalDate.class),
                rs.getObject("employer_agreed", Boolean.class), rs.getObject("employment_ended", Boolean.class),
                rs.getObject("previous_employer_id", UUID.class), rs.getObject("new_employer_id", UUID.class),
                rs.getObject("planned_end_moved_days", Integer.class));
    }
}
