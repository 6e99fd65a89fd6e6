package waypoint.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * The payment of a foundation apprenticeship's own, as the provider records it from the funding rules
 * (docs/domain/programme-types.md, Incentives): the funding rules Waypoint holds do not give its figure, so an
 * administrator records, for the apprenticeships starting from a date, the amount, who it is paid to, after how many
 * days in learning, and the document it comes from with its address. Until one applies to a start it is unknown:
 * a warning, never £0.
 */
public record FoundationIncentive(LocalDate startsFrom, Money amount, Incentives.Recipient paidTo,
        int afterDays, String source, String sourceAddress) {

    /** The record that applies to a start on {@code startDate}: the latest starting on or before it. */
    public static Optional<FoundationIncentive> forStart(List<FoundationIncentive> recorded, LocalDate startDate) {
        return recorded.stream().filter(r -> !r.startsFrom().isAfter(startDate))
                .max(Comparator.comparing(FoundationIncentive::startsFrom));
    }
}
