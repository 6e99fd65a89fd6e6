package waypoint.reporting.internal.funding;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import waypoint.shared.web.DateText;
import waypoint.shared.web.FieldValidationException;

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
                .query((rs, n) -> new FoundationIncentive(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        Incentives.Recipient.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** What an administrator typed. */
    public record Change(String startsFrom, String amount, String paidTo, String afterDays, String source,
            String sourceAddress) {
    }

    /**
     * Records the payment for the starts from a date (replacing the record for that same date). Refused for anyone but
     * an administrator; each figure that is not one is a field error naming what is needed.
     */
    @Transactional
    public FoundationIncentive record(CurrentUser user, Change change) {
        if (!canRecord(user)) {
            throw new AccessDeniedException("Only an administrator records the foundation apprenticeship payment");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = DateText.parse(change.startsFrom()).orElse(null);
        if (from == null) {
            errors.put("startsFrom", "Enter the first start date the payment applies to, for example 1/8/2025");
        } else if (from.isBefore(LocalDate.of(2025, 8, 1))) {
            errors.put("startsFrom", "Foundation apprenticeships start from 1 August 2025 (the apprenticeship funding"
                    + " rules for foundation apprenticeships): enter that date or a later one");
        }
        BigDecimal amount = null;
        try {
            amount = new BigDecimal(String.valueOf(change.amount()).strip().replace(",", "").replace("£", ""));
        } catch (NumberFormatException notANumber) {
            errors.put("amount", "Enter the amount in pounds, for example 1,000");
        }
        if (amount != null && (amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(
                new BigDecimal("99999999")) > 0)) {
            errors.put("amount", "Enter an amount in pounds above £0, with at most two figures for pence");
            amount = null;
        }
        Incentives.Recipient paidTo = null;
        try {
            paidTo = Incentives.Recipient.valueOf(String.valueOf(change.paidTo()).strip()
                    .toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException neither) {
            errors.put("paidTo", "Choose who the payment is made to: the employer or the provider");
        }
        Integer days = null;
        try {
            days = Integer.valueOf(String.valueOf(change.afterDays()).strip());
            if (days < 1 || days > 730) {
                errors.put("afterDays", "Enter the days in learning after which it is paid, from 1 to 730");
                days = null;
            }
        } catch (NumberFormatException notANumber) {
            errors.put("afterDays", "Enter the days in learning after which it is paid, for example 90");
        }
        String source = change.source() == null ? "" : change.source().strip();
        if (source.isEmpty() || source.length() > 300) {
            errors.put("source", "Enter the document the payment comes from (300 characters or fewer), for example"
                    + " the apprenticeship funding rules 2025 to 2026, foundation apprenticeships");
        }
        String address = change.sourceAddress() == null ? "" : change.sourceAddress().strip();
        if (!isWebAddress(address)) {
            errors.put("sourceAddress", "Enter the address of the document, starting https://");
        }
        if (!errors.isEmpty()) {
            throw new FieldValidationException(errors);
        }
        FoundationIncentive recorded = new FoundationIncentive(from, amount, paidTo, days, source, address);
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
                .param("from", from).param("amount", amount).param("paidTo", paidTo.name()).param("days", days)
                .param("source", source).param("address", address).param("at", OffsetDateTime.now(clock))
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
        return "starts from " + f.startsFrom() + ": £" + f.amount().toPlainString() + " to the "
                + f.paidTo().name().toLowerCase(java.util.Locale.ROOT) + " after " + f.afterDays() + " days ("
                + f.source() + ", " + f.sourceAddress() + ")";
    }

    private static boolean isWebAddress(String text) {
        if (text.length() > 500 || !text.startsWith("https://")) {
            return false;
        }
        try {
            return URI.create(text).getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
