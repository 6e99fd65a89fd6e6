package waypoint.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import waypoint.shared.money.Money;

/**
 * The provider's earnings from one apprenticeship, month by month (docs/domain/funding-rules.md, The provider's
 * earnings). Pure: the same history and day give the same figures.
 * <ul>
 *   <li>the funded price is the price up to the funding band maximum (the employer pays any part above it to the
 *       provider, outside these earnings);</li>
 *   <li>80% of it (the on-programme share) is earned in equal monthly instalments, one for each last day of a month
 *       in the planned practical period on which the apprentice is in learning; a practical period without a month
 *       end has one instalment, on its planned end;</li>
 *   <li>a finished break has already moved the planned end by its length: its month ends earn nothing and the same
 *       instalments are earned later; a break that goes on pauses the earnings until the return is recorded;</li>
 *   <li>a change of price or of dates recalculates: what remains of the on-programme share at the new price is
 *       spread over the month ends that remain;</li>
 *   <li>a withdrawal stops the earnings after the last day in learning, and nothing is paid on completion; one
 *       within the first 42 days in learning (the qualifying period) earns nothing at all;</li>
 *   <li>20% (the completion share) is earned on completion, with any of the on-programme share not yet earned (a
 *       completion before the planned end); until then it is forecast for the planned end plus the assessment
 *       period.</li>
 * </ul>
 * Amounts are rounded half up to the penny; the last instalment takes what rounding left, so the shares add up.
 */
public record Earnings(boolean known, List<Instalment> instalments, List<String> explanations,
        List<String> warnings) {

    static final BigDecimal ON_PROGRAMME_SHARE = new BigDecimal("0.80");
    static final BigDecimal COMPLETION_SHARE = new BigDecimal("0.20");
    /** An apprentice withdrawn within the first 42 days in learning earns nothing (the qualifying period). */
    static final int QUALIFYING_DAYS = 42;

    public enum Kind {
        ON_PROGRAMME("On-programme instalment"),
        BALANCING("Balance of the on-programme share, on completion"),
        COMPLETION("Completion share");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Earned: the day has passed with its conditions met. Forecast: the day is still to come, or not recorded. */
    public enum State {
        EARNED,
        FORECAST
    }

    public record Instalment(LocalDate on, Kind kind, Money amount, State state) {

        public YearMonth month() {
            return YearMonth.from(on);
        }
    }

    public Earnings {
        instalments = List.copyOf(instalments);
        explanations = List.copyOf(explanations);
        warnings = List.copyOf(warnings);
    }

    public static Earnings of(EarningsFacts facts, LocalDate today) {
        List<String> why = new ArrayList<>();
        if (facts.prices().isEmpty()) {
            return unknown("No price is agreed yet, so the earnings are not known");
        }
        if (facts.fundingBandMaximum().isEmpty()) {
            return unknown("The standard version's funding band maximum is not recorded, so the funded price and the"
                    + " earnings are not known");
        }
        BigDecimal band = facts.fundingBandMaximum().get().pounds();

        List<LocalDate> monthEnds = new ArrayList<>();
        for (YearMonth m = YearMonth.from(facts.startDate()); !m.isAfter(YearMonth.from(facts.plannedEndDate()));
                m = m.plusMonths(1)) {
            LocalDate end = m.atEndOfMonth();
            boolean inFinishedBreak = facts.breaks().stream().anyMatch(b -> b.returned().isPresent() && b.covers(end));
            if (!end.isBefore(facts.startDate()) && !end.isAfter(facts.plannedEndDate()) && !inFinishedBreak) {
                monthEnds.add(end);
            }
        }
        if (monthEnds.isEmpty()) {
            monthEnds.add(facts.plannedEndDate());
        }
        EarningsFacts.Price first = facts.priceOn(facts.startDate()).orElseThrow();
        why.add(sentence("The price " + Words.pounds(first.total()) + " (training " + Words.pounds(first.training())
                + ", assessment " + Words.pounds(first.assessment()) + "); funded up to the band maximum of "
                + Words.pounds(band) + ": " + Words.pounds(funded(first, band))));
        why.add(sentence("80% of the funded price is earned in " + monthEnds.size() + " monthly instalments, one for"
                + " each month end from " + Words.date(monthEnds.get(0)) + " to "
                + Words.date(monthEnds.get(monthEnds.size() - 1)) + " on which the apprentice is in learning"));
        facts.breaks().stream().filter(b -> b.returned().isPresent()).forEach(b -> why.add(sentence(
                "A break in learning from " + Words.date(b.from()) + " to " + Words.date(b.returned().get())
                        + ": its month ends earn nothing, and the planned end moved by its length")));

        if (facts.withdrawn().isPresent() && java.time.temporal.ChronoUnit.DAYS.between(facts.startDate(),
                facts.withdrawn().get()) + 1 < QUALIFYING_DAYS) {
            why.add(sentence("Withdrawn on " + Words.date(facts.withdrawn().get()) + ", within the first "
                    + QUALIFYING_DAYS + " days in learning: the apprenticeship earns nothing"));
            return new Earnings(true, List.of(), why, List.of());
        }
        List<Instalment> out = new ArrayList<>();
        BigDecimal earned = BigDecimal.ZERO;
        EarningsFacts.Price applied = first;
        BigDecimal perMonth = null;
        boolean stopped = false;
        for (int i = 0; i < monthEnds.size(); i++) {
            LocalDate day = monthEnds.get(i);
            if (facts.withdrawn().filter(day::isAfter).isPresent()) {
                why.add(sentence("Withdrawn on " + Words.date(facts.withdrawn().get()) + ": nothing is earned after"
                        + " the last day in learning, and no completion share"));
                stopped = true;
                break;
            }
            if (facts.completed().filter(day::isAfter).isPresent()) {
                break;
            }
            Optional<EarningsFacts.Break> ongoing = facts.breaks().stream()
                    .filter(b -> b.returned().isEmpty() && b.covers(day)).findFirst();
            if (ongoing.isPresent()) {
                why.add(sentence("On a break in learning since " + Words.date(ongoing.get().from()) + ": the earnings"
                        + " are paused until the return is recorded, when the rest is spread over the months then"
                        + " remaining"));
                stopped = true;
                break;
            }
            EarningsFacts.Price price = facts.priceOn(day).orElseThrow();
            BigDecimal share = funded(price, band).multiply(ON_PROGRAMME_SHARE);
            boolean changed = !price.equals(applied);
            if (changed) {
                why.add(sentence("The price changed on " + Words.date(price.from()) + " to "
                        + Words.pounds(price.total()) + ": what remains of 80% of " + Words.pounds(funded(price, band))
                        + " after the " + Words.pounds(earned) + " already earned is spread over the "
                        + (monthEnds.size() - i) + " month ends that remain"));
            }
            int remaining = monthEnds.size() - i;
            if (perMonth == null || changed) {
                perMonth = share.subtract(earned).divide(BigDecimal.valueOf(remaining), 2, RoundingMode.HALF_UP);
            }
            BigDecimal amount = remaining == 1 ? share.subtract(earned) : perMonth;
            amount = amount.max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            out.add(new Instalment(day, Kind.ON_PROGRAMME, Money.pounds(amount), day.isAfter(today) ? State.FORECAST
                    : State.EARNED));
            earned = earned.add(amount);
            applied = price;
        }

        if (facts.completed().isPresent()) {
            LocalDate on = facts.completed().get();
            EarningsFacts.Price price = facts.priceOn(on).orElseThrow();
            BigDecimal balance = funded(price, band).multiply(ON_PROGRAMME_SHARE).subtract(earned)
                    .setScale(2, RoundingMode.HALF_UP);
            State state = on.isAfter(today) ? State.FORECAST : State.EARNED;
            if (balance.signum() > 0) {
                out.add(new Instalment(on, Kind.BALANCING, Money.pounds(balance), state));
                why.add(sentence("Completed on " + Words.date(on) + " before every instalment was earned: the "
                        + Words.pounds(balance) + " left of the on-programme share is earned then"));
            }
            BigDecimal completion = completionShare(price, band);
            out.add(new Instalment(on, Kind.COMPLETION, Money.pounds(completion), state));
            why.add(sentence("Completed on " + Words.date(on) + ": 20% of " + Words.pounds(funded(price, band))
                    + " = " + Words.pounds(completion)));
        } else if (!stopped) {
            LocalDate expected = facts.plannedEndDate().plusMonths(facts.assessmentPeriodMonths().orElse(0));
            LocalDate on = expected.isBefore(today) ? today : expected;
            EarningsFacts.Price price = facts.priceOn(on).orElseThrow();
            BigDecimal completion = completionShare(price, band);
            out.add(new Instalment(on, Kind.COMPLETION, Money.pounds(completion), State.FORECAST));
            why.add(sentence("The completion share, 20% of " + Words.pounds(funded(price, band)) + " = "
                    + Words.pounds(completion) + ", is forecast for " + Words.date(on) + (expected.isBefore(today)
                    ? " (the planned end and assessment period have passed without a completion recorded)"
                    : ", the planned end" + (facts.assessmentPeriodMonths().orElse(0) > 0 ? " plus the "
                            + facts.assessmentPeriodMonths().get() + "-month assessment period" : ""))));
        }
        return new Earnings(true, out, why, List.of());
    }

    private static Earnings unknown(String warning) {
        return new Earnings(false, List.of(), List.of(sentence(warning)), List.of(warning + "."));
    }

    private static BigDecimal funded(EarningsFacts.Price price, BigDecimal band) {
        return price.total().pounds().min(band).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal completionShare(EarningsFacts.Price price, BigDecimal band) {
        return funded(price, band).multiply(COMPLETION_SHARE).setScale(2, RoundingMode.HALF_UP);
    }

    private static String sentence(String statement) {
        return new Explanation(statement, Source.EARNINGS).sentence();
    }

    /** Every amount in all, earned and forecast. */
    public Money total() {
        return instalments.stream().map(Instalment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** What has been earned so far. */
    public Money earned() {
        return instalments.stream().filter(i -> i.state() == State.EARNED).map(Instalment::amount)
                .reduce(Money.ZERO, Money::plus);
    }

    /** The amounts by calendar month, earliest first. */
    public Map<YearMonth, Money> byMonth() {
        Map<YearMonth, Money> months = new TreeMap<>();
        instalments.forEach(i -> months.merge(i.month(), i.amount(), Money::plus));
        return months;
    }
}
