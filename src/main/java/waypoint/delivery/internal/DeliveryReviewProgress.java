package waypoint.delivery.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.enrolment.ApprenticeshipSummary;
import waypoint.review.ReviewProgressSource;

/**
 * A progress review's session figures (the sessions held; the learner handbook: "a review of the work you have
 * undertaken since your last review"): the sessions the apprentice attended, missed or had cancelled in the period, and
 * the agreed actions of the period with those still open after their due date.
 */
@Component
class DeliveryReviewProgress implements ReviewProgressSource {

    private final JdbcClient jdbc;

    DeliveryReviewProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProgressLine> progress(ApprenticeshipSummary apprenticeship, LocalDate since, LocalDate until) {
        long[] sessions = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE s.state = 'RECORDED' AND dl.attendance = 'ATTENDED') AS attended,
                               count(*) FILTER (WHERE s.state = 'RECORDED' AND dl.attendance = 'LATE') AS late,
                               count(*) FILTER (WHERE s.state = 'RECORDED' AND dl.attendance = 'ABSENT') AS missed,
                               count(*) FILTER (WHERE s.state = 'CANCELLED') AS cancelled
                        FROM delivery_session s JOIN delivery_session_learner dl ON dl.session_id = s.id
                        WHERE dl.apprenticeship_id = :a
                          AND (s.starts_at AT TIME ZONE 'Europe/London')::date BETWEEN :since AND :until""")
                .param("a", apprenticeship.id()).param("since", since).param("until", until)
                .query((rs, n) -> new long[] {rs.getLong("attended"), rs.getLong("late"), rs.getLong("missed"),
                        rs.getLong("cancelled")}).single();
        long[] actions = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE (x.created_at AT TIME ZONE 'Europe/London')::date
                                                      BETWEEN :since AND :until) AS agreed,
                               count(*) FILTER (WHERE x.due_date < :until
                                                  AND (x.status = 'OPEN' OR (x.done_at AT TIME ZONE 'Europe/London')::date > :until))
                                   AS overdue
                        FROM delivery_action x WHERE x.apprenticeship_id = :a""")
                .param("a", apprenticeship.id()).param("since", since).param("until", until)
                .query((rs, n) -> new long[] {rs.getLong("agreed"), rs.getLong("overdue")}).single();
        long attended = sessions[0] + sessions[1];
        return List.of(
                new ProgressLine("Teaching sessions since the last review", attended + " attended"
                        + (sessions[1] > 0 ? " (" + sessions[1] + " late)" : "") + ", " + sessions[2] + " missed, "
                        + sessions[3] + " cancelled"),
                new ProgressLine("Agreed actions and assessment plans", actions[0] + " agreed since the last review; "
                        + actions[1] + (actions[1] == 1 ? " is" : " are") + " overdue"));
    }
}
