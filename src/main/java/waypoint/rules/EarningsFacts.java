package waypoint.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * What the provider's earnings need of one apprenticeship's history (docs/domain/funding-rules.md, The provider's
 * earnings): the start and the planned end of the practical period (already moved by every finished break), the
 * price as agreed and every dated change of it, the funding band maximum (empty while not recorded, never 0), the
 * breaks in learning, and the withdrawal or completion if there is one.
 *
 * @param prices     each price with the date it applies from, in any order; empty while no price is agreed
 * @param withdrawn  the last day in learning of a withdrawn apprentice
 * @param completed  the day the apprenticeship was completed
 */
public record EarningsFacts(LocalDate startDate, LocalDate plannedEndDate, List<Price> prices,
        Optional<Money> fundingBandMaximum, List<Break> breaks, Optional<LocalDate> withdrawn,
        Optional<LocalDate> completed, Optional<Integer> assessmentPeriodMonths) {

    /** A price (training, TNP1, and assessment, TNP2) from a date: the ILR's TNP records with their dates. */
    public record Price(LocalDate from, Money training, Money assessment) {

        public Money total() {
            return training.plus(assessment);
        }
    }

    /** A break in learning; {@code returned} empty while it goes on. */
    public record Break(LocalDate from, Optional<LocalDate> returned) {

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && returned.map(day::isBefore).orElse(true);
        }
    }

    public EarningsFacts {
        prices = prices.stream().sorted(Comparator.comparing(Price::from)).toList();
        breaks = List.copyOf(breaks);
        fundingBandMaximum = fundingBandMaximum.filter(maximum -> maximum.isMoreThan(Money.ZERO));
        new FieldErrors()
                .rejectIf(plannedEndDate.isBefore(startDate), "plannedEndDate",
                        "The planned end date must be on or after the start date")
                .rejectIf(prices.stream().anyMatch(p -> p.training().isNegative() || p.assessment().isNegative()),
                        "trainingPrice", "A price must be £0 or more")
                .throwIfAny();
    }

    /** The price that applies on the day: the latest from on or before it, else the first agreed. */
    Optional<Price> priceOn(LocalDate day) {
        Price applying = null;
        for (Price price : prices) {
            if (!price.from().isAfter(day) || applying == null) {
                applying = price;
            }
        }
        return Optional.ofNullable(applying);
    }
}
