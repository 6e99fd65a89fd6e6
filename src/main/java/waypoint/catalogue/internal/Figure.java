package waypoint.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import waypoint.shared.money.GovUkMoney;
import waypoint.shared.time.GovUkDates;

/**
 * The figures of a standard version that Skills England publishes and an administrator may record: each kept in the
 * version's change history and, once an administrator recorded it, kept against later imports
 * (docs/domain/standards-data.md). A figure's value is held as text in one canonical form (pounds as a plain decimal,
 * whole numbers, ISO dates), null when it is not recorded: unknown, never zero.
 */
public enum Figure {
    FUNDING_BAND_MAXIMUM("maxFunding", "Funding band maximum",
            c -> c.maxFunding() == null ? null : c.maxFunding().stripTrailingZeros().toPlainString(),
            (c, v) -> c.withMaxFunding(v == null ? null : new BigDecimal(v))),
    MINIMUM_OTJ_HOURS("minimumHoursForCompliance", "Minimum off-the-job hours for compliance",
            c -> c.publishedMinimumOtjHours() == null ? null : c.publishedMinimumOtjHours().toString(),
            (c, v) -> c.withPublishedMinimumOtjHours(v == null ? null : Integer.valueOf(v))),
    TYPICAL_DURATION("typicalDuration", "Typical duration",
            c -> c.typicalDurationMonths() == null ? null : c.typicalDurationMonths().toString(),
            (c, v) -> c.withTypicalDurationMonths(v == null ? null : Integer.valueOf(v))),
    STATUS("status", "Status", StandardContent::status, StandardContent::withStatus),
    APPROVED_FOR_DELIVERY("approvedForDelivery", "Approved for delivery",
            c -> c.approvedForDelivery() == null ? null : c.approvedForDelivery().toString(),
            (c, v) -> c.withApprovedForDelivery(v == null ? null : LocalDate.parse(v))),
    RETIRED_ON("retiredOn", "No new starts from",
            c -> c.retiredOn() == null ? null : c.retiredOn().toString(),
            (c, v) -> c.withRetiredOn(v == null ? null : LocalDate.parse(v)));


    private final String field;
    private final String label;
    private final Function<StandardContent, String> read;
    private final BiFunction<StandardContent, String, StandardContent> write;

    Figure(String field, String label, Function<StandardContent, String> read,
            BiFunction<StandardContent, String, StandardContent> write) {
        this.field = field;
        this.label = label;
        this.read = read;
        this.write = write;
    }

    /** The name the API and the Skills England file give it. */
    public String field() {
        return field;
    }

    public String label() {
        return label;
    }

    /** The figure's value in the content, in its canonical form; null when not recorded. */
    String of(StandardContent content) {
        return read.apply(content);
    }

    /** The content with this figure set to a canonical value (null: not recorded). */
    StandardContent in(StandardContent content, String value) {
        return write.apply(content, value);
    }

    /** A canonical value as people read it: “£9,000”, “605 hours”, “15 months”, “1 March 2021”, “not recorded”. */
    public String words(String value) {
        if (value == null) {
            return "not recorded";
        }
        return switch (this) {
            case FUNDING_BAND_MAXIMUM -> GovUkMoney.words(new BigDecimal(value));
            case MINIMUM_OTJ_HOURS -> String.format(Locale.UK, "%,d hours", Integer.parseInt(value));
            case TYPICAL_DURATION -> value + " months";
            case STATUS -> value;
            case APPROVED_FOR_DELIVERY, RETIRED_ON -> GovUkDates.date(LocalDate.parse(value));
        };
    }

    public static Optional<Figure> named(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field) || f.name().equals(field)).findFirst();
    }
}
