package waypoint.supportcase.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import waypoint.supportcase.AtRiskThresholds;

/** The provider's at-risk thresholds (one row; the defaults until an administrator saves them). */
@Component
public class SupportSettings {

    private final JdbcClient jdbc;

    SupportSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AtRiskThresholds current() {
        return jdbc.sql("SELECT otj_percent_below, review_overdue_days, english_maths_weeks_before_gateway,"
                        + " ksb_coverage_gap_percent, session_cadence_days, overdue_action_days"
                        + " FROM support_settings WHERE id = 1")
                .query((rs, n) -> new AtRiskThresholds(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6))).optional().orElse(AtRiskThresholds.defaults());
    }

    public void change(AtRiskThresholds t) {
        jdbc.sql("""
                INSERT INTO support_settings (id, otj_percent_below, review_overdue_days,
                    english_maths_weeks_before_gateway, ksb_coverage_gap_percent, session_cadence_days,
                    overdue_action_days) VALUES (1, :otj, :review, :em, :ksb, :sessions, :actions)
                ON CONFLICT (id) DO UPDATE SET otj_percent_below = :otj, review_overdue_days = :review,
                    english_maths_weeks_before_gateway = :em, ksb_coverage_gap_percent = :ksb,
                    session_cadence_days = :sessions, overdue_action_days = :actions""")
                .param("otj", t.otjPercentBelow()).param("review", t.reviewOverdueDays())
                .param("em", t.englishMathsWeeksBeforeGateway()).param("ksb", t.ksbCoverageGapPercent())
                .param("sessions", t.sessionCadenceDays()).param("actions", t.overdueActionDays()).update();
    }

    /** The client partner copied in when an apprenticeship names none (your support policy: who is copied in). */
    public record ClientPartner(String name, String email) {
    }

    public java.util.Optional<ClientPartner> defaultClientPartner() {
        return jdbc.sql("SELECT name, email FROM support_client_partner_default WHERE id = 1")
                .query((rs, n) -> new ClientPartner(rs.getString(1), rs.getString(2))).optional();
    }

    /** Saves the default client partner, a name and an email address the form has checked. */
    public ClientPartner changeDefaultClientPartner(String name, String email) {
        ClientPartner partner = new ClientPartner(name.strip(), email.strip());
        jdbc.sql("""
                INSERT INTO support_client_partner_default (id, name, email) VALUES (1, :name, :email)
                ON CONFLICT (id) DO UPDATE SET name = :name, email = :email""")
                .param("name", partner.name()).param("email", partner.email()).update();
        return partner;
    }
}
