package waypoint.feedback.internal;

import static waypoint.shared.time.GovUkDates.LONDON;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.feedback.Category;
import waypoint.feedback.Outcome;
import waypoint.identity.CurrentUser;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * The yearly report to the Board, for any date range, from the records themselves (the complaints policy, “Monitoring and
 * Review“: ”The number of formal complaints received ... will be reviewed annually and a report will be presented to
 * the Board“; the learner handbook: ”results taken from surveys ... areas in which we need to improve and actions taken“). Counts
 * only: no complainant's name or words appear in it.
 */
@Service
public class BoardReport {

    public enum ActionStatus { PLANNED, IN_PROGRESS, DONE }

    public record Count(String label, long count) {
    }

    public record SurveyLine(String survey, long sent, long answered, Double averageRating) {
    }

    public record ImprovementAction(UUID id, String title, String reference, ActionStatus status, LocalDate dueOn) {
    }

    public record Report(LocalDate from, LocalDate to, long formalComplaints, long informalComplaints,
            List<Count> byStage, List<Count> byCategory, List<Count> byOutcome, Double averageDaysToResolve,
            long deadlinesDue, long deadlinesMet, long compliments, long suggestions, List<Count> appealsByRoute,
            List<SurveyLine> surveys, List<ImprovementAction> actions) {

        public Integer deadlinesMetPercent() {
            return deadlinesDue == 0 ? null : (int) Math.round(100.0 * deadlinesMet / deadlinesDue);
        }
    }


    private final JdbcClient jdbc;
    private final FeedbackPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardReport(JdbcClient jdbc, FeedbackPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Report report(CurrentUser user, LocalDate from, LocalDate to) {
        if (!policy.canSeeReport(user)) {
            throw new AccessDeniedException("You may not see the Board report");
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new FieldValidationException("to", "The end of the period must be on or after its start");
        }
        Map<String, Object> range = Map.of("start", Timestamp.from(from.atStartOfDay(LONDON).toInstant()),
                "end", Timestamp.from(to.plusDays(1).atStartOfDay(LONDON).toInstant()));
        String inRange = " received_at >= :start AND received_at < :end ";
        Map<String, Object> totals = jdbc.sql("""
                SELECT count(*) FILTER (WHERE kind = 'COMPLAINT' AND formal) AS formal,
                       count(*) FILTER (WHERE kind = 'COMPLAINT' AND NOT formal) AS informal,
                       count(*) FILTER (WHERE kind = 'COMPLIMENT') AS compliments,
                       count(*) FILTER (WHERE kind = 'SUGGESTION') AS suggestions,
                       coalesce(sum(deadlines_due), 0) AS due, coalesce(sum(deadlines_met), 0) AS met,
                       avg(extract(epoch FROM closed_at - received_at) / 86400)
                           FILTER (WHERE kind = 'COMPLAINT' AND closed_at IS NOT NULL) AS days
                FROM feedback WHERE""" + inRange).params(range).query().singleRow();
        List<Count> byStage = jdbc.sql("SELECT highest_stage AS k, count(*) AS n FROM feedback WHERE kind = 'COMPLAINT' AND"
                + inRange + "GROUP BY highest_stage ORDER BY highest_stage").params(range)
                .query((rs, n) -> new Count("Stage " + rs.getInt("k"), rs.getLong("n"))).list();
        List<Count> byCategory = jdbc.sql("SELECT category AS k, count(*) AS n FROM feedback WHERE kind = 'COMPLAINT' AND"
                + inRange + "GROUP BY category ORDER BY count(*) DESC, category").params(range)
                .query((rs, n) -> new Count(Category.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        List<Count> byOutcome = jdbc.sql("SELECT coalesce(outcome, 'OPEN') AS k, count(*) AS n FROM feedback"
                + " WHERE kind = 'COMPLAINT' AND" + inRange + "GROUP BY 1 ORDER BY count(*) DESC, 1").params(range)
                .query((rs, n) -> new Count("OPEN".equals(rs.getString("k")) ? "Still open"
                        : Outcome.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        List<Count> appeals = jdbc.sql("SELECT appeal_route AS k, count(*) AS n FROM feedback WHERE kind = 'APPEAL' AND"
                + inRange + "GROUP BY appeal_route ORDER BY appeal_route").params(range)
                .query((rs, n) -> new Count(rs.getString("k") == null ? "Not recorded"
                        : waypoint.feedback.AppealRoute.valueOf(rs.getString("k")).label(), rs.getLong("n"))).list();
        List<SurveyLine> surveys = jdbc.sql("""
                SELECT t.name,
                  (SELECT count(*) FROM survey_invitation i WHERE i.template_id = t.id AND i.sent_at >= :start AND i.sent_at < :end) AS sent,
                  (SELECT count(*) FROM survey_response r WHERE r.template_id = t.id AND r.submitted_at >= :start AND r.submitted_at < :end) AS answered,
                  (SELECT avg(a.rating) FROM survey_answer a JOIN survey_response r ON r.id = a.response_id
                     WHERE r.template_id = t.id AND a.rating IS NOT NULL AND r.submitted_at >= :start AND r.submitted_at < :end) AS rating
                FROM survey_template t ORDER BY t.name""").params(range)
                .query((rs, n) -> new SurveyLine(rs.getString("name"), rs.getLong("sent"), rs.getLong("answered"),
                        rs.getObject("rating") == null ? null : rs.getDouble("rating"))).list();
        List<ImprovementAction> actions = jdbc.sql("""
                SELECT a.id, a.title, f.reference, a.status, a.due_on FROM improvement_action a
                LEFT JOIN feedback f ON f.id = a.feedback_id
                WHERE a.created_at < :end AND (a.status <> 'DONE' OR a.created_at >= :start)
                ORDER BY a.created_at, a.id LIMIT 200""").params(range)
                .query((rs, n) -> new ImprovementAction(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("reference"), ActionStatus.valueOf(rs.getString("status")),
                        rs.getObject("due_on", LocalDate.class))).list();
        Object days = totals.get("days");
        return new Report(from, to, ((Number) totals.get("formal")).longValue(),
                ((Number) totals.get("informal")).longValue(), byStage, byCategory, byOutcome,
                days == null ? null : ((Number) days).doubleValue(), ((Number) totals.get("due")).longValue(),
                ((Number) totals.get("met")).longValue(), ((Number) totals.get("compliments")).longValue(),
                ((Number) totals.get("suggestions")).longValue(), appeals, surveys, actions);
    }

    /** Only those who read the Board report keep its improvement actions. */
    public void requireMayKeepActions(CurrentUser user) {
        if (!policy.canSeeReport(user)) {
            throw new AccessDeniedException("You may not add or change improvement actions");
        }
    }

    /** The case an improvement action comes from, by its reference; none when it is left empty; an unknown one is an error. */
    @Transactional(readOnly = true)
    public Optional<UUID> caseWithReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("SELECT id FROM feedback WHERE reference = :r")
                .param("r", reference.strip().toUpperCase()).query(UUID.class).optional()
                .orElseThrow(() -> new FieldValidationException("reference",
                        "Enter the reference of a case, like FB-00012, or leave it empty")));
    }

    /** An improvement action its form has checked, for the Board to follow, optionally from a case (by its reference). */
    @Transactional
    public UUID addAction(CurrentUser user, String title, String reference, LocalDate dueOn) {
        requireMayKeepActions(user);
        UUID feedbackId = caseWithReference(reference).orElse(null);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO improvement_action (id, title, feedback_id, status, due_on, created_at, version)
                VALUES (:id, :title, :f, 'PLANNED', :due, :now, 0)""")
                .param("id", id).param("title", title.strip()).param("f", feedbackId).param("due", dueOn)
                .param("now", Timestamp.from(clock.instant())).update();
        events.publishEvent(RecordChanged.created("Improvement action", id, title.strip()));
        return id;
    }

    @Transactional
    public void changeAction(CurrentUser user, UUID id, ActionStatus status) {
        requireMayKeepActions(user);
        if (status == null) {
            throw new FieldValidationException("status", "Select the action's status");
        }
        int updated = jdbc.sql("UPDATE improvement_action SET status = :s, version = version + 1 WHERE id = :id")
                .param("s", status.name()).param("id", id).update();
        if (updated == 0) {
            throw new waypoint.shared.NotFoundException("No improvement action " + id);
        }
        events.publishEvent(RecordChanged.updated("Improvement action", id, null, status.name()));
    }
}
