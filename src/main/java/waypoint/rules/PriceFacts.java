package waypoint.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import waypoint.shared.money.Money;

/**
 * What the employer's contribution to the price needs: the start date (its rules), the learner's date of birth (the
 * age at the start), whether the employer pays the levy (empty while not recorded), the agreed training (TNP1) and
 * end-point assessment (TNP2) prices and the standard's funding band maximum (empty while not recorded, never 0).
 */
public record PriceFacts(LocalDate startDate, LocalDate dateOfBirth, Optional<LevyStatus> levyStatus,
        Optional<Money> trainingPrice, Optional<Money> epaPrice, Optional<Money> fundingBandMaximum) {

    /** Whether the employer pays the apprenticeship levy (the ILR's ACT FAM 1) or not (2). */
    public enum LevyStatus {
        LEVY,
        NON_LEVY
    }

    public PriceFacts {
        levyStatus = levyStatus == null ? Optional.empty() : levyStatus;
        trainingPrice = trainingPrice == null ? Optional.empty() : trainingPrice;
        epaPrice = epaPrice == null ? Optional.empty() : epaPrice;
        fundingBandMaximum = fundingBandMaximum == null ? Optional.empty()
                : fundingBandMaximum.filter(maximum -> maximum.isMoreThan(Money.ZERO));
        new FieldErrors()
                .rejectIf(startDate == null, "startDate", "Enter the start date")
                .rejectIf(dateOfBirth == null, "dateOfBirth", "Enter the date of birth")
                .rejectIf(startDate != null && dateOfBirth != null && !dateOfBirth.isBefore(startDate), "dateOfBirth",
                        "The date of birth must be before the start date")
                .rejectIf(trainingPrice.filter(Money::isNegative).isPresent(), "trainingPrice",
                        "The training price must be £0 or more")
                .rejectIf(epaPrice.filter(Money::isNegative).isPresent(), "epaPrice",
                        "The end-point assessment price must be £0 or more")
                .throwIfAny();
    }

    /** Whole years on the start date, a birthday on the day counting. */
    public int ageAtStart() {
        return Period.between(dateOfBirth, startDate).getYears();
    }

    /** Training and end-point assessment together; empty while neither is agreed. */
    public Optional<Money> totalPrice() {
        if (trainingPrice.isEmpty() && epaPrice.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(trainingPrice.orElse(Money.ZERO).plus(epaPrice.orElse(Money.ZERO)));
    }
}
