package waypoint.dataprotection.internal.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.personaldata.RetentionAction;

/**
 * The provider's retention settings, one per kind of record (docs/domain/retention.md): the data protection officer
 * and administrators read and change them; every change is in the audit trail.
 */
@Service
public class RetentionSettings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RetentionSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public static boolean canManage(CurrentUser user) {
        return user.hasAny(Role.DATA_PROTECTION_OFFICER, Role.ADMINISTRATOR);
    }

    @Transactional(readOnly = true)
    public List<RetentionSetting> all(CurrentUser user) {
        requireManager(user);
        return all();
    }

    /** For the job and erasure requests: every kind, at its setting or its default. */
    public List<RetentionSetting> all() {
        return Arrays.stream(RetentionRule.values()).map(this::of).toList();
    }

    public RetentionSetting of(RetentionRule rule) {
        return stored(rule).orElseGet(() -> RetentionSetting.byDefault(rule));
    }

    @Transactional(readOnly = true)
    public RetentionSetting find(CurrentUser user, RetentionRule rule) {
        requireManager(user);
        return of(rule);
    }

    /** Changes one kind's period and action, if nobody changed it since {@code version} was read. */
    @Transactional
    public void change(CurrentUser user, RetentionRule rule, int version, int months, RetentionAction action) {
        requireManager(user);
        RetentionSetting before = of(rule);
        if (before.version() != version) {
            throw changedMeanwhile();
        }
        RetentionSetting after = before.changedTo(months, action, user.displayName(), clock.instant());
        int changed = jdbc.sql("""
                INSERT INTO retention_setting (kind, period_months, action, updated_at, updated_by_name, version)
                VALUES (:kind, :months, :action, :at, :by, 1)
                ON CONFLICT (kind) DO UPDATE SET period_months = :months, action = :action, updated_at = :at,
                    updated_by_name = :by, version = retention_setting.version + 1
                WHERE retention_setting.version = :version""")
                .param("kind", rule.name()).param("months", after.periodMonths()).param("action", action.name())
                .param("at", after.updatedAt().atOffset(ZoneOffset.UTC)).param("by", user.displayName())
                .param("version", version).update();
        if (changed != 1) {
            throw changedMeanwhile();
        }
        events.publishEvent(new RecordChanged("RetentionSetting", rule.name(), RecordChanged.Action.UPDATED,
                before.summary(), after.summary()));
    }

    private static OptimisticLockingFailureException changedMeanwhile() {
        return new OptimisticLockingFailureException(
                "Someone else changed this setting while you were editing it: check it and try again");
    }

    private Optional<RetentionSetting> stored(RetentionRule rule) {
        return jdbc.sql("SELECT * FROM retention_setting WHERE kind = :kind").param("kind", rule.name())
                .query((rs, n) -> map(rule, rs)).optional();
    }

    private static RetentionSetting map(RetentionRule rule, ResultSet rs) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp("updated_at");
        return new RetentionSetting(rule, rs.getInt("period_months"), RetentionAction.valueOf(rs.getString("action")),
                at == null ? null : at.toInstant(), rs.getString("updated_by_name"), rs.getInt("version"));
    }

    private static void requireManager(CurrentUser user) {
        if (!canManage(user)) {
            throw new AccessDeniedException("Only the data protection officer or an administrator sets retention");
        }
    }
}
