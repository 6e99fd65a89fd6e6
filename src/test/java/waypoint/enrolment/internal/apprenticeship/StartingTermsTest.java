package waypoint.enrolment.internal.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.catalogue.StandardSummary;
import waypoint.catalogue.StandardVersionId;
import waypoint.shared.money.Money;

/** Which standard versions take new starts, and the warning on a price above the funding band maximum. */
class StartingTermsTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private static StandardSummary version(String status, LocalDate retiredOn, BigDecimal band) {
        return new StandardSummary(new StandardVersionId(UUID.randomUUID()), "ST0148", "1.0", "Learning mentor", 3,
                Optional.empty(), Optional.empty(), Optional.ofNullable(band).map(Money::of), Optional.empty(),
                Optional.ofNullable(status), Optional.empty(), Optional.ofNullable(retiredOn), Optional.empty(), true);
    }

    @Test
    void a_version_approved_for_delivery_takes_new_starts() {
        assertThat(StartingTerms.openToNewStarts(version("Approved for delivery", null, null), START)).isTrue();
        assertThat(StartingTerms.openToNewStarts(version(null, null, null), START)).isTrue();
    }

    @Test
    void a_version_marked_retired_or_withdrawn_with_no_date_takes_none() {
        assertThat(StartingTerms.openToNewStarts(version("Retired", null, null), START)).isFalse();
        assertThat(StartingTerms.openToNewStarts(version("withdrawn", null, null), START)).isFalse();
    }

    @Test
    void a_version_with_a_retirement_date_takes_starts_before_that_date_only() {
        StandardSummary retiring = version("Retired", START, null);

        assertThat(StartingTerms.openToNewStarts(retiring, START.minusDays(1))).isTrue();
        assertThat(StartingTerms.openToNewStarts(retiring, START)).isFalse();
    }

    @Test
    void a_price_above_the_band_is_warned_of_with_the_excess_the_employer_pays() {
        assertThat(StartingTerms.priceWarnings(version(null, null, new BigDecimal("9000")), Money.pounds("8500.50"),
                Money.pounds(1000))).singleElement().asString().contains("£9,500.50").contains("£500.50 above")
                .contains("£9,000").contains("the employer pays the £500.50");
    }

    @Test
    void a_price_at_or_below_the_band_or_no_price_has_no_warning() {
        StandardSummary banded = version(null, null, new BigDecimal("9000"));

        assertThat(StartingTerms.priceWarnings(banded, Money.pounds(8000), Money.pounds(1000))).isEmpty();
        assertThat(StartingTerms.priceWarnings(banded, null, null)).isEmpty();
    }

    @Test
    void a_band_nobody_recorded_is_unknown_and_said_so_never_taken_as_zero() {
        assertThat(StartingTerms.priceWarnings(version(null, null, null), Money.pounds(8000), null))
                .singleElement().asString().contains("not recorded").contains("cannot be checked");
    }
}
