package waypoint.reporting.internal.accountability;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.web.FieldValidationException;

/**
 * The provider's accountability thresholds, with their source (docs/domain/accountability.md, "Thresholds"): read by
 * everyone who reads the figures, changed by an administrator only, each change in the audit trail. Waypoint ships
 * example thresholds used by an MIS, marked as such until the provider records the DfE's.
 */
@Service
public class AccountabilityThresholds {

    /** The audit trail's id for the thresholds, one record for the provider. */
    static final UUID RECORD = UUID.nameUUIDFromBytes("accountability thresholds".getBytes());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountabilityThresholds(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public boolean canChange(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    /** Every indicator's thresholds; one with none recorded has none set. */
    @Transactional(readOnly = true)
    public Map<Indicator, Threshold> all() {
        Map<Indicator, Threshold> all = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            all.put(i, Threshold.none(i));
        }
        jdbc.sql("SELECT indicator, at_risk, needs_improvement, source, example FROM accountability_threshold")
                .query((rs, n) -> {
                    Indicator indicator = Indicator.fromSlug(rs.getString(1)).orElse(null);
                    return indicator == null ? null : new Threshold(indicator, rs.getBigDecimal(2),
                            rs.getBigDecimal(3), rs.getString(4), rs.getBoolean(5));
                }).list().stream().filter(java.util.Objects::nonNull).forEach(t -> all.put(t.indicator(), t));
        return all;
    }

    /**
     * An indicator's thresholds as an administrator gave them, once the form has checked them: percentages (either
     * may be absent) and where they come from.
     */
    public record Change(BigDecimal atRisk, BigDecimal needsImprovement, String source) {
    }

    /**
     * Records an indicator's thresholds as the provider's own (no longer the example). Refused for anyone but an
     * administrator; for a suspended indicator, a field error (the form has checked the percentages and their order).
     */
    @Transactional
    public Threshold change(CurrentUser user, Indicator indicator, Change change) {
        if (!canChange(user)) {
            throw new AccessDeniedException("Only an administrator may change the accountability thresholds");
        }
        if (indicator.suspended()) {
            throw new FieldValidationException("atRisk", "The DfE has suspended this indicator: it is shown for"
                    + " information, without thresholds");
        }
        BigDecimal atRisk = change.atRisk();
        BigDecimal needsImprovement = change.needsImprovement();
        String source = change.source();
        Threshold before = all().get(indicator);
        Threshold after = new Threshold(indicator, atRisk, needsImprovement, source, false);
        jdbc.sql("""
                        INSERT INTO accountability_threshold (indicator, at_risk, needs_improvement, source, example,
                                                              changed_at, changed_by)
                        VALUES (:indicator, :atRisk, :needsImprovement, :source, FALSE, :at, :by)
                        ON CONFLICT (indicator) DO UPDATE SET at_risk = EXCLUDED.at_risk,
                            needs_improvement = EXCLUDED.needs_improvement, source = EXCLUDED.source, example = FALSE,
                            changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by""")
                .param("indicator", indicator.name()).param("atRisk", atRisk)
                .param("needsImprovement", needsImprovement).param("source", source)
                .param("at", OffsetDateTime.now(clock)).param("by", user.displayName())
                .update();
        events.publishEvent(RecordChanged.updated("accountability thresholds", RECORD, summary(before),
                summary(after)));
        return after;
    }

    private static String summary(Threshold t) {
        return t.indicator().title() + ": at risk " + t.words(t.atRisk()) + ", needs improvement "
                + t.words(t.needsImprovement()) + (t.source() == null ? "" : " (" + t.source() + ")");
    }
}
