package waypoint.enrolment.internal.apprenticeship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import waypoint.catalogue.StandardSummary;
import waypoint.shared.time.GovUkDates;
import waypoint.shared.money.Money;

/**
 * What a new start on a standard version must meet and what a person must be warned of (docs/domain/enrolment.md,
 * "Standard versions for new starts" and "Prices above the funding band maximum").
 */
public final class StartingTerms {

    /** Catalogue statuses of a version closed to new starts (the Skills England standards' own words). */
    private static final Set<String> CLOSED = Set.of("retired", "withdrawn");

    private StartingTerms() {
    }

    /**
     * Whether a new apprenticeship may start on this version on {@code start}: a version with a retirement date takes
     * starts before that date only; one marked retired or withdrawn with no date takes none.
     */
    public static boolean openToNewStarts(StandardSummary version, LocalDate start) {
        Optional<LocalDate> retired = version.retiredOn();
        if (retired.isPresent()) {
            return start.isBefore(retired.get());
        }
        return version.status().map(s -> !CLOSED.contains(s.strip().toLowerCase(Locale.ROOT))).orElse(true);
    }

    /** Why a start on the version is refused, for the person choosing it. */
    static String closedMessage(StandardSummary version) {
        return version.referenceNumber() + " " + version.title() + " version " + version.version() + " is retired"
                + version.retiredOn().map(d -> " from " + GovUkDates.date(d)).orElse("")
                + ": new apprenticeships cannot start on it. Choose a version approved for delivery";
    }

    /**
     * Warnings on the price: above the standard's funding band maximum the funding rules pay up to the maximum and the
     * employer pays the rest; with no maximum recorded nobody can tell, which is said, never taken as zero.
     */
    public static List<String> priceWarnings(StandardSummary version, Money trainingPrice, Money epaPrice) {
        if (trainingPrice == null && epaPrice == null) {
            return List.of();
        }
        Money total = (trainingPrice == null ? Money.ZERO : trainingPrice)
                .plus(epaPrice == null ? Money.ZERO : epaPrice);
        Optional<Money> maximum = version.fundingBandMaximum().filter(m -> m.isMoreThan(Money.ZERO));
        if (maximum.isEmpty()) {
            return List.of("The funding band maximum of " + version.referenceNumber() + " version "
                    + version.version() + " is not recorded, so the price of " + pounds(total)
                    + " cannot be checked against it: record the band in the standard before relying on the price");
        }
        if (!total.isMoreThan(maximum.get())) {
            return List.of();
        }
        Money excess = total.minus(maximum.get());
        return List.of("The price of " + pounds(total) + " (training and end-point assessment) is " + pounds(excess)
                + " above the funding band maximum of " + pounds(maximum.get()) + ". The funding rules pay up to the"
                + " maximum: the employer pays the " + pounds(excess) + " above it to the provider");
    }

    private static String pounds(Money money) {
        BigDecimal amount = money.pounds();
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }
}
