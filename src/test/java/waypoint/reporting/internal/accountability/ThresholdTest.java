package waypoint.reporting.internal.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a figure stands against the provider's thresholds, at the edges (docs/domain/accountability.md,
 * "Thresholds"): compared exactly, so a figure on a threshold is never moved across it by rounding.
 */
class ThresholdTest {

    static final Threshold ACHIEVEMENT = new Threshold(Indicator.ACHIEVEMENT, new BigDecimal("50"),
            new BigDecimal("60"), "Example", true);
    static final Threshold WITHDRAWALS = new Threshold(Indicator.WITHDRAWALS, new BigDecimal("35"),
            new BigDecimal("15"), "Example", true);

    static Figure figure(Indicator indicator, long numerator, long denominator) {
        return new Figure(indicator, numerator, denominator, List.of(), 0);
    }

    @ParameterizedTest(name = "achievement {0} of {1} is {2}")
    @CsvSource({
            "4999, 10000, AT_RISK",
            "1, 2, NEEDS_IMPROVEMENT",
            "5999, 10000, NEEDS_IMPROVEMENT",
            "3, 5, MEETS",
            "1, 1, MEETS",
            "0, 3, AT_RISK"})
    void an_achievement_rate_below_the_at_risk_threshold_is_at_risk_and_on_it_needs_improvement(long numerator,
            long denominator, Band band) {
        assertThat(ACHIEVEMENT.band(figure(Indicator.ACHIEVEMENT, numerator, denominator))).isEqualTo(band);
    }

    @ParameterizedTest(name = "withdrawals {0} of {1} is {2}")
    @CsvSource({
            "36, 100, AT_RISK",
            "35, 100, NEEDS_IMPROVEMENT",
            "16, 100, NEEDS_IMPROVEMENT",
            "15, 100, MEETS",
            "0, 100, MEETS"})
    void withdrawals_above_the_at_risk_threshold_are_at_risk_and_on_the_lower_threshold_meet_it(long numerator,
            long denominator, Band band) {
        assertThat(WITHDRAWALS.band(figure(Indicator.WITHDRAWALS, numerator, denominator))).isEqualTo(band);
    }

    @Test
    void a_figure_with_nobody_counted_is_never_banded_or_shown_as_zero() {
        Figure none = figure(Indicator.ACHIEVEMENT, 0, 0);

        assertThat(ACHIEVEMENT.band(none)).isEqualTo(Band.NO_COHORT);
        assertThat(none.text()).isEqualTo("No apprenticeships counted");
        assertThat(none.percent()).isNull();
    }

    @Test
    void a_suspended_indicator_is_for_information_and_one_without_thresholds_says_so() {
        assertThat(Threshold.none(Indicator.BREAKS).band(figure(Indicator.BREAKS, 9, 10)))
                .isEqualTo(Band.FOR_INFORMATION);
        assertThat(Threshold.none(Indicator.TIMELY_ACHIEVEMENT).band(figure(Indicator.TIMELY_ACHIEVEMENT, 1, 10)))
                .isEqualTo(Band.NO_THRESHOLD);
    }
}
