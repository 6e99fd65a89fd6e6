package waypoint.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import waypoint.rules.PriceFacts.LevyStatus;
import waypoint.shared.money.Money;

/**
 * The employer's contribution to the price (co-investment), by levy status, age at the start and the start date's
 * rules (docs/domain/funding-rules.md, Employer's contribution):
 * <ul>
 *   <li>the funding rules fund the price up to the standard's funding band maximum; the employer pays any part above
 *       it in full;</li>
 *   <li>starts from 1 April 2025 to 31 July 2026: none for apprentices aged 16 to 21 at non-levy employers, 5%
 *       otherwise (a levy payer only once its levy funds run out);</li>
 *   <li>starts from 1 August 2026: none for apprentices aged 16 to 24 at non-levy employers, 5% otherwise; a levy payer
 *       whose levy funds run out pays 25% (the government's share falls from 95% to 75%);</li>
 *   <li>starts before 1 April 2025: not among the rules Waypoint holds, so unknown, never guessed.</li>
 * </ul>
 * Amounts are rounded half up to the penny.
 */
public final class EmployerContribution {

    static final LocalDate RULES_FROM = LocalDate.of(2025, 4, 1);
    static final LocalDate RULES_2026_27_FROM = LocalDate.of(2026, 8, 1);
    private static final BigDecimal FIVE = new BigDecimal("5");
    private static final BigDecimal TWENTY_FIVE = new BigDecimal("25");

    private EmployerContribution() {
    }

    public static PriceBreakdown of(PriceFacts facts) {
        List<Explanation> why = new ArrayList<>();
        Optional<Money> total = facts.totalPrice();
        Optional<Money> band = facts.fundingBandMaximum();
        Optional<Money> funded = Optional.empty();
        Optional<Money> above = Optional.empty();
        if (total.isEmpty()) {
            why.add(new Explanation("Price: not agreed yet, so nobody's share can be worked out",
                    Source.FUNDING_BAND));
        } else if (band.isEmpty()) {
            why.add(new Explanation("Price " + Words.pounds(total.get()) + ": the standard's funding band maximum is"
                    + " not recorded, so the funded part and the employer's share are unknown", Source.FUNDING_BAND));
        } else {
            funded = Optional.of(total.get().min(band.get()));
            above = Optional.of(total.get().minus(band.get()).max(Money.ZERO));
            why.add(new Explanation("Price " + Words.pounds(total.get()) + " (training and end-point assessment); the"
                    + " funding band maximum is " + Words.pounds(band.get()) + ", so " + Words.pounds(funded.get())
                    + " is funded" + (above.get().isMoreThan(Money.ZERO) ? " and the employer pays the " + Words.pounds(above.get())
                            + " above it" : ""), Source.FUNDING_BAND));
        }

        Optional<BigDecimal> rate = Optional.empty();
        Optional<BigDecimal> ifRunOut = Optional.empty();
        int age = facts.ageAtStart();
        boolean from2026 = !facts.startDate().isBefore(RULES_2026_27_FROM);
        Source source = from2026 ? Source.CO_INVESTMENT_2026_27 : Source.CO_INVESTMENT_FROM_APRIL_2025;
        if (facts.startDate().isBefore(RULES_FROM)) {
            why.add(new Explanation("Employer's contribution: unknown for a start on " + Words.date(facts.startDate())
                    + ", before 1 April 2025: the co-investment rules of that date are not among those Waypoint holds",
                    Source.CO_INVESTMENT_FROM_APRIL_2025));
        } else if (facts.levyStatus().isEmpty()) {
            why.add(new Explanation("Employer's contribution: unknown until the apprenticeship records whether the"
                    + " employer pays the levy", source));
        } else if (facts.levyStatus().get() == LevyStatus.LEVY) {
            rate = Optional.of(BigDecimal.ZERO);
            ifRunOut = Optional.of(from2026 ? TWENTY_FIVE : FIVE);
            why.add(new Explanation("Employer's contribution: a levy payer pays from its levy funds; once they run out"
                    + " it pays " + Words.percent(ifRunOut.get()) + " of the funded price"
                    + (from2026 ? " (for starts from 1 August 2026 the government's share falls from 95% to 75%)" : ""),
                    source));
        } else {
            int youngestPaying = from2026 ? 25 : 22;
            boolean exempt = age < youngestPaying;
            rate = Optional.of(exempt ? BigDecimal.ZERO : FIVE);
            why.add(new Explanation("Employer's contribution: a non-levy employer, the apprentice aged " + age + " on "
                    + Words.date(facts.startDate()) + ", the start: " + (exempt
                            ? "none, since training of apprentices aged 16 to " + (youngestPaying - 1)
                                    + " at non-levy employers is fully funded"
                            : "5% of the funded price"), source));
        }

        Optional<Money> contribution = Optional.empty();
        Optional<Money> government = Optional.empty();
        if (rate.isPresent() && funded.isPresent()) {
            Money share = funded.get().percent(rate.get());
            contribution = Optional.of(share);
            government = Optional.of(funded.get().minus(share));
            why.add(new Explanation(Words.percent(rate.get()) + " of " + Words.pounds(funded.get()) + " = "
                    + Words.pounds(share) + " from the employer; " + Words.pounds(government.get())
                    + (facts.levyStatus().orElse(LevyStatus.NON_LEVY) == LevyStatus.LEVY
                            ? " from the employer's levy funds" : " from the government"), source));
        }
        return new PriceBreakdown(total, funded, above, rate, contribution, government, ifRunOut,
                why.stream().map(Explanation::sentence).toList());
    }
}
