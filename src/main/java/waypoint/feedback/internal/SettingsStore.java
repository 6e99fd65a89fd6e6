package waypoint.feedback.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of feedback settings. */
@Component
public class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public FeedbackSettings current() {
        return jdbc.sql("SELECT * FROM feedback_settings WHERE id = 1")
                .query((rs, n) -> new FeedbackSettings(rs.getInt("acknowledge_working_days"),
                        rs.getInt("stage2_response_working_days"), rs.getInt("stage3_response_working_days"),
                        rs.getInt("stage2_quiet_months"), rs.getInt("escalation_months"),
                        rs.getInt("suggestion_response_working_days"), rs.getInt("appeal_window_days"),
                        rs.getInt("near_deadline_working_days"), rs.getString("funding_body_details"),
                        rs.getInt("version")))
                .single();
    }

    void save(FeedbackSettings s) {
        int updated = jdbc.sql("""
                UPDATE feedback_settings SET acknowledge_working_days = :ack, stage2_response_working_days = :s2,
                  stage3_response_working_days = :s3, stage2_quiet_months = :quiet, escalation_months = :esc,
                  suggestion_response_working_days = :sugg, appeal_window_days = :appeal,
                  near_deadline_working_days = :near, funding_body_details = :funding, version = version + 1
                WHERE id = 1 AND version = :version""")
                .param("ack", s.acknowledgeWorkingDays()).param("s2", s.stage2ResponseWorkingDays())
                .param("s3", s.stage3ResponseWorkingDays()).param("quiet", s.stage2QuietMonths())
                .param("esc", s.escalationMonths()).param("sugg", s.suggestionResponseWorkingDays())
                .param("appeal", s.appealWindowDays()).param("near", s.nearDeadlineWorkingDays())
                .param("funding", s.fundingBodyDetails()).param("version", s.version()).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Feedback settings changed meanwhile");
        }
    }
}
