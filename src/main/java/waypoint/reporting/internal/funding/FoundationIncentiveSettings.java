package waypoint.reporting.internal.funding;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import waypoint.identity.CurrentUser;
import waypoint.identity.Role;
import waypoint.rules.FoundationIncentive;
import waypoint.rules.Incentives;
import waypoint.shared.audit.RecordChanged;
import waypoint.shared.money.GovUkMoney;
import waypoint.shared.money.Money;

/**
 * The foundation apprenticeship payment as the provider records it (docs/domain/programme-types.md, Incentives): the
 * funding rules Waypoint holds do not give its figure, so an administrator records it for the starts from a date,
 * with the amount, who it is paid to, after how many days in learning, and the document it comes from and its
 * address. Read by the readers of the funding forecast, recorded by administrators only, each record in the audit
 * trail. Until a record applies to a start the payment is unknown: a warning in the forecast, never £0.
 */
@Service
public class FoundationIncentiveSettings {

    /** The audit trail's id for the records, one for the provider. */
    static final UUID RECORD = UUID.nameUUIDFromBytes("foundation apprenticeship payment".getBytes());

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FoundationIncentiveSettings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public static boolean canRecord(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR);
    }

    public static boolean canRead(CurrentUser user) {
        return FundingForecast.READERS.stream().anyMatch(user::has);
    }

    /** Every record, the latest start date first: for the readers of the forecast. */
    @Transactional(readOnly = true)
    public List<FoundationIncentive> all(CurrentUser user) {
        if (!canRead(user)) {
            throw new AccessDeniedException("Only the readers of the funding forecast see the funding settings");
        }
        return all();
    }

    /** Every record, for the forecast itself (its caller has authorised the reader). */
    List<FoundationIncentive> all() {
        return jdbc.sql("""
                        SELECT starts_from, amount, paid_to, after_days, source, source_address
                        FROM foundation_incentive ORDER BY starts_from DESC""")
                .query((rs, n) -> new FoundationIncentive(rs.getObject(1, LocalDate.class), Money.of(rs.getBigDecimal(2)),
                        Incentives.Recipient.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /**
     * Records the payment for the starts from a date (replacing the record for that same date), as checked by its form.
     * Refused for anyone but an administrator.
     */
    @Transactional
    public FoundationIncentive record(CurrentUser user, FoundationIncentive recorded) {
        if (!canRecord(user)) {
            throw new AccessDeniedException("Only an administrator records the foundation apprenticeship payment");
        }
        String before = all().stream().filter(r -> r.startsFrom().equals(recorded.startsFrom())).findFirst()
                .map(FoundationIncentiveSettings::summary).orElse("");
        jdbc.sql("""
                        INSERT INTO foundation_incentive (starts_from, amount, paid_to, after_days, source,
                                                          source_address, recorded_at, recorded_by)
                        VALUES (:from, :amount, :paidTo, :days, :source, :address, :at, :by)
                        ON CONFLICT (starts_from) DO UPDATE SET amount = EXCLUDED.amount, paid_to = EXCLUDED.paid_to,
                            after_days = EXCLUDED.after_days, source = EXCLUDED.source,
                            source_address = EXCLUDED.source_address, recorded_at = EXCLUDED.recorded_at,
                            recorded_by = EXCLUDED.recorded_by""")
                .param("from", recorded.startsFrom()).param("amount", recorded.amount().pounds())
                .param("paidTo", recorded.paidTo().name()).param("days", recorded.afterDays())
                .param("source", recorded.source()).param("address", recorded.sourceAddress())
                .param("at", OffsetDateTime.now(clock))
                .param("by", user.displayName()).update();
        events.publishEvent(before.isEmpty() ? RecordChanged.created("foundation apprenticeship payment", RECORD,
                summary(recorded)) : RecordChanged.updated("foundation apprenticeship payment", RECORD, before,
                        summary(recorded)));
        // any foundation apprenticeship started from the date may now have the payment: the kept forecast is worked
        // out again (rarely recorded, so the whole of it rather than a search for those it reaches)
        events.publishEvent(new ForecastWorkOutAsked(
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS)));
        return recorded;
    }

    static String summary(FoundationIncentive f) {
        return "starts from " + f.startsFrom() + ": " + GovUkMoney.withPence(f.amount()) + " to the "
                + f.paidTo().name().toLowerCase(java.util.Locale.ROOT) + " after " + f.afterDays() + " days ("
                + f.source() + ", " + f.sourceAddress() + ")";
    }
}
