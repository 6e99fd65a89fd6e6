package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.BreakInLearning;
import waypoint.otj.internal.Pace;
import waypoint.otj.RagStatus;
import waypoint.otj.internal.Thresholds;
import waypoint.rules.ApprenticeshipFacts;
import waypoint.rules.FundingRules;
import waypoint.rules.RuleEvaluation;
import waypoint.rules.StandardFacts;
import waypoint.shared.money.Money;

/**
 * The pace figures against examples worked by hand: expected to date = planned × elapsed days ÷ days of the practical
 * period (breaks taken off both); forecast = approved × days ÷ elapsed days; status by the thresholds 90% and 75%.
 */
class PaceFiguresTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2); // 182 days after the start

    private static BigDecimal h(String hours) {
        return new BigDecimal(hours);
    }

    private static long minutes(String hours) {
        return new BigDecimal(hours).multiply(BigDecimal.valueOf(60)).longValueExact();
    }

    @Test
    void full_time_twelve_months_half_way_is_green_at_ninety_percent_of_expected() {
        // 1 Sep 2025 to 1 Sep 2026 = 365 days; 182 elapsed; 400 × 182 / 365 = 199.45 → 199.5
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.of(h("278.4")), h("400"),
                minutes("180"), minutes("7.5"), Thresholds.DEFAULT);

        assertThat(pace.practicalPeriodDays()).isEqualTo(365);
        assertThat(pace.elapsedDays()).isEqualTo(182);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("199.5");
        // 180 × 365 / 182 = 360.99 → 361.0
        assertThat(pace.forecastHours()).isEqualByComparingTo("361.0");
        assertThat(pace.status()).isEqualTo(RagStatus.GREEN); // 180 / 199.45 = 90.2%
        assertThat(pace.pendingHours()).isEqualByComparingTo("7.5");
        assertThat(pace.minimumHours()).contains(h("278.4"));
        assertThat(pace.explanations()).anyMatch(e -> e.contains("400 hours × 182 ÷ 365"));
    }

    @Test
    void part_time_with_the_duration_extended_is_amber_below_ninety_percent() {
        // 1 Sep 2025 to 1 Mar 2027 = 546 days; 250 × 182 / 546 = 83.33 → 83.3
        Pace pace = Pace.of(START, LocalDate.of(2027, 3, 1), List.of(), TODAY, Optional.empty(), h("250"), minutes("70"),
                0, Thresholds.DEFAULT);

        assertThat(pace.practicalPeriodDays()).isEqualTo(546);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("83.3");
        assertThat(pace.forecastHours()).isEqualByComparingTo("210.0"); // 70 × 546 / 182
        assertThat(pace.status()).isEqualTo(RagStatus.AMBER); // 84%
    }

    @Test
    void a_finished_break_is_taken_off_both_the_elapsed_days_and_the_practical_period() {
        // Break 1 Nov to 1 Dec 2025 (30 days); the planned end moved from 1 Sep to 1 Oct 2026 on return.
        // Period: 395 − 30 = 365 days; elapsed: 182 − 30 = 152; 400 × 152 / 365 = 166.58 → 166.6
        Pace pace = Pace.of(START, LocalDate.of(2026, 10, 1),
                List.of(new BreakInLearning(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 12, 1),
                        LocalDate.of(2025, 12, 1))),
                TODAY, Optional.empty(), h("400"), minutes("100"), 0, Thresholds.DEFAULT);

        assertThat(pace.practicalPeriodDays()).isEqualTo(365);
        assertThat(pace.elapsedDays()).isEqualTo(152);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("166.6");
        assertThat(pace.forecastHours()).isEqualByComparingTo("240.1"); // 100 × 365 / 152
        assertThat(pace.status()).isEqualTo(RagStatus.RED); // 60%
    }

    @Test
    void expected_hours_do_not_grow_during_a_break_that_goes_on() {
        // Break since 1 Feb 2026: 29 days of it by 2 Mar; elapsed 182 − 29 = 153; 400 × 153 / 365 = 167.67 → 167.7
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1),
                List.of(new BreakInLearning(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 1), null)),
                TODAY, Optional.empty(), h("400"), minutes("150"), 0, Thresholds.DEFAULT);

        assertThat(pace.elapsedDays()).isEqualTo(153);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("167.7");
        assertThat(pace.explanations()).anyMatch(e -> e.contains("on a break in learning"));
    }

    @Test
    void prior_learning_lowers_the_minimum_and_so_the_hours_expected() {
        // From August 2025: the standard's published minimum (400 h here) less the 100 h recognised = 300 h.
        ApprenticeshipFacts facts = ApprenticeshipFacts.of(START, LocalDate.of(2026, 9, 1), h("37.5"),
                LocalDate.of(2000, 1, 1), new StandardFacts("ST0116", Optional.of(h("400")), Money.pounds(18000), 12))
                .withRplHours(h("100"));
        RuleEvaluation rules = FundingRules.evaluate(facts);
        BigDecimal minimum = rules.minimumOtjHours().orElseThrow();
        assertThat(minimum).isEqualByComparingTo("300");

        // 182 of 365 days: 300 × 182 / 365 = 149.59 → 149.6
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.of(minimum), minimum,
                minutes("150"), 0, Thresholds.DEFAULT);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("149.6");
        assertThat(pace.status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void the_provider_sets_the_thresholds() {
        Pace strict = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.empty(), h("400"),
                minutes("180"), 0, new Thresholds(95, 90));
        assertThat(strict.status()).isEqualTo(RagStatus.AMBER);
    }

    @Test
    void after_the_planned_end_everything_planned_is_expected() {
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), LocalDate.of(2026, 12, 1), Optional.empty(),
                h("400"), minutes("400"), 0, Thresholds.DEFAULT);
        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("400.0");
        assertThat(pace.forecastHours()).isEqualByComparingTo("400.0");
    }

    @Test
    void the_forecast_carries_the_exact_minutes_forward_not_the_hours_rounded_to_a_tenth() {
        // 1,000 minutes = 16.667 h (shown as 16.7); 16.667 × 365 ÷ 182 = 33.42 → 33.4, where 16.7 would give 33.5
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.of(h("278.4")), h("40"),
                1000, 0, Thresholds.DEFAULT);

        assertThat(pace.approvedHours()).isEqualByComparingTo("16.7");
        assertThat(pace.forecastHours()).isEqualByComparingTo("33.4");
    }

    @Test
    void while_the_funding_minimum_is_unknown_the_pace_is_never_green_and_says_so() {
        // on track against the plan (180 of 199.5 expected) but the standard's minimum is not recorded
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.empty(), h("400"),
                minutes("180"), 0, Thresholds.DEFAULT);

        assertThat(pace.status()).isEqualTo(RagStatus.UNKNOWN);
        assertThat(pace.minimumHours()).isEmpty();
        assertThat(pace.warnings()).anyMatch(w -> w.contains("funding minimum of off-the-job hours is not known"));
    }

    @Test
    void behind_stays_behind_when_the_minimum_is_unknown() {
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.empty(), h("400"),
                minutes("100"), 0, Thresholds.DEFAULT);

        assertThat(pace.status()).isEqualTo(RagStatus.RED);
    }

    @Test
    void no_planned_hours_and_no_hours_months_after_the_start_is_never_green() {
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.of(h("278.4")),
                BigDecimal.ZERO, 0, 0, Thresholds.DEFAULT);

        assertThat(pace.expectedToDateHours()).isEqualByComparingTo("0");
        assertThat(pace.status()).isEqualTo(RagStatus.UNKNOWN);
        assertThat(pace.warnings()).anyMatch(w -> w.contains("No off-the-job hours are planned"));
    }

    @Test
    void with_the_minimum_known_and_hours_planned_no_warning_is_given() {
        Pace pace = Pace.of(START, LocalDate.of(2026, 9, 1), List.of(), TODAY, Optional.of(h("278.4")), h("400"),
                minutes("180"), 0, Thresholds.DEFAULT);

        assertThat(pace.status()).isEqualTo(RagStatus.GREEN);
        assertThat(pace.warnings()).isEmpty();
    }
}
