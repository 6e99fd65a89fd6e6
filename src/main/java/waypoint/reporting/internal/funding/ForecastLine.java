package waypoint.reporting.internal.funding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.rules.Earnings;
import waypoint.rules.Incentives;
import waypoint.shared.money.Money;

/**
 * One apprenticeship's line of the forecast for one funding year (docs/domain/funding-rules.md, The forecast): the
 * provider's amounts in each month from August to July (its earnings, and its incentive payments due or earned in that
 * month) and the employer's incentive payments due or earned in the year, which the provider passes on. These are
 * what the forecast keeps for each apprenticeship; its totals, by standard, employer and tutor, are their sums.
 */
public record ForecastLine(ApprenticeshipId apprenticeshipId, int fundingYear, List<Money> months,
        Money employerIncentives) {

    public ForecastLine {
        months = List.copyOf(months);
        if (months.size() != 12) {
            throw new IllegalArgumentException("A funding year has twelve months");
        }
    }

    /** The provider's amounts in the year. */
    public Money total() {
        return months.stream().reduce(Money.ZERO, Money::plus);
    }

    /** Some month has an amount for the provider: the forecast lists the apprenticeship in that year. */
    public boolean listed() {
        return months.stream().anyMatch(m -> !m.isZero());
    }

    /**
     * The apprenticeship's lines, one for each funding year in which it has an amount for the provider or the
     * employer, earliest first: each instalment and each incentive payment due or earned put in its month in one pass.
     * Payments not earned (withdrawn or ended before the day) and those whose day is not known (a break still going on)
     * are in no month. An apprenticeship whose earnings are not known has its incentive payments only.
     */
    static List<ForecastLine> of(FundingForecast.Apprentice a) {
        Map<Integer, Money[]> provider = new TreeMap<>();
        Map<Integer, Money> employer = new TreeMap<>();
        for (Earnings.Instalment i : a.earnings().instalments()) {
            add(provider, i.on(), i.amount());
        }
        if (a.incentives().isPresent()) {
            for (Incentives.Payment p : a.incentives().get().payments()) {
                if ((p.state() != Incentives.State.DUE && p.state() != Incentives.State.EARNED)
                        || p.dueOn().isEmpty()) {
                    continue;
                }
                LocalDate due = p.dueOn().get();
                if (p.recipient() == Incentives.Recipient.PROVIDER) {
                    add(provider, due, p.amount());
                } else if (p.recipient() == Incentives.Recipient.EMPLOYER) {
                    employer.merge(fundingYearOf(due), p.amount(), Money::plus);
                }
            }
        }
        TreeMap<Integer, Boolean> years = new TreeMap<>();
        provider.keySet().forEach(y -> years.put(y, true));
        employer.keySet().forEach(y -> years.put(y, true));
        List<ForecastLine> lines = new ArrayList<>();
        for (int year : years.keySet()) {
            ForecastLine line = new ForecastLine(a.apprenticeshipId(), year,
                    Arrays.asList(provider.getOrDefault(year, zeros())), employer.getOrDefault(year, Money.ZERO));
            if (line.listed() || !line.employerIncentives().isZero()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The funding year a day is in, named by the year of its August. */
    static int fundingYearOf(LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    /** The place of a day's month in its funding year: 0 for August to 11 for July. */
    static int monthOf(LocalDate day) {
        return (day.getMonthValue() + 4) % 12;
    }

    private static void add(Map<Integer, Money[]> years, LocalDate day, Money amount) {
        Money[] months = years.computeIfAbsent(fundingYearOf(day), y -> zeros());
        int m = monthOf(day);
        months[m] = months[m].plus(amount);
    }

    private static Money[] zeros() {
        Money[] months = new Money[12];
        Arrays.fill(months, Money.ZERO);
        return months;
    }
}
