package waypoint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The additional payments, worked by hand: who qualifies either side of the 19th and 25th birthdays and of
 * 1 August 2026 (the small-employer payment), and the day-90 and day-365 dates through a break and a withdrawal.
 */
class IncentivesTest {

    static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    static Incentives.Facts facts(String start, String born, boolean ehc, Boolean careLeaver, Boolean small) {
        return new Incentives.Facts(d(start), d(born), ehc, Optional.ofNullable(careLeaver), Optional.ofNullable(small),
                List.of(), Optional.empty(), Optional.empty());
    }

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2026-09-01 | 2008-09-02 | false |       | false | 1000.00 | 1000.00 | false | aged 17: £1,000 each to provider and employer
            2026-09-01 | 2007-09-02 | false | false | false | 1000.00 | 1000.00 | false | the day before the 19th birthday: still 18
            2026-09-01 | 2007-09-01 | false | false | false |    0    |    0    | false | on the 19th birthday, neither with a plan nor a care leaver: none
            2026-09-01 | 2007-09-01 | true  | false | false | 1000.00 | 1000.00 | false | aged 19 with an education, health and care plan
            2026-09-01 | 2002-09-02 | false | true  | false | 1000.00 | 1000.00 | false | a care leaver the day before the 25th birthday
            2026-09-01 | 2001-09-01 | false | true  | false |    0    |    0    | false | a care leaver on the 25th birthday: none
            2026-09-01 | 2005-01-01 | false |       | false |    0    |    0    | true  | aged 21, the care-leaver question not answered: not known, a warning
            2026-08-01 | 2004-01-01 | false | false | true  |    0    | 2000.00 | false | aged 22 at a small employer, a start on 1 August 2026: £2,000 to the employer
            2026-07-31 | 2004-01-01 | false | false | true  |    0    |    0    | false | the same on 31 July 2026: before the small-employer payment
            2026-08-01 | 2008-01-01 | false |       | true  | 1000.00 | 3000.00 | false | aged 18 at a small employer: both payments to the employer
            2026-08-01 | 2001-07-31 | false | false | true  |    0    |    0    | false | aged 25 at a small employer: none
            """)
    void who_qualifies(String start, String born, boolean ehc, Boolean careLeaver, Boolean small, String provider,
            String employer, boolean warned, String name) {
        Incentives incentives = Incentives.of(facts(start, born, ehc, careLeaver, small), d(start));
        assertThat(incentives.total(Incentives.Recipient.PROVIDER).pounds()).isEqualByComparingTo(provider);
        assertThat(incentives.total(Incentives.Recipient.EMPLOYER).pounds()).isEqualByComparingTo(employer);
        assertThat(incentives.warnings().isEmpty()).isEqualTo(!warned);
    }

    @Test
    void the_halves_fall_due_on_day_90_and_day_365_in_learning() {
        Incentives incentives = Incentives.of(facts("2026-09-01", "2009-01-01", false, null, false),
                d("2026-12-01"));
        // day 1 is 1 September 2026: day 90 is 29 November 2026, day 365 is 31 August 2027
        assertThat(incentives.payments()).filteredOn(p -> p.day() == 90)
                .allMatch(p -> p.dueOn().orElseThrow().equals(d("2026-11-29")))
                .allMatch(p -> p.state() == Incentives.State.EARNED);
        assertThat(incentives.payments()).filteredOn(p -> p.day() == 365)
                .allMatch(p -> p.dueOn().orElseThrow().equals(d("2027-08-31")))
                .allMatch(p -> p.state() == Incentives.State.DUE);
    }

    @Test
    void a_break_moves_the_days_on_by_its_length_and_a_break_that_goes_on_leaves_them_unknown() {
        // a 30-day break from 1 October 2026: day 90 moves from 29 November to 29 December
        Incentives after = Incentives.of(new Incentives.Facts(d("2026-09-01"), d("2009-01-01"), false,
                Optional.empty(), Optional.of(false), List.of(new EarningsFacts.Break(d("2026-10-01"),
                        Optional.of(d("2026-10-31")))), Optional.empty(), Optional.empty()), d("2026-12-01"));
        assertThat(after.payments()).filteredOn(p -> p.day() == 90)
                .allMatch(p -> p.dueOn().orElseThrow().equals(d("2026-12-29")))
                .allMatch(p -> p.state() == Incentives.State.DUE);

        Incentives during = Incentives.of(new Incentives.Facts(d("2026-09-01"), d("2009-01-01"), false,
                Optional.empty(), Optional.of(false), List.of(new EarningsFacts.Break(d("2026-10-01"),
                        Optional.empty())), Optional.empty(), Optional.empty()), d("2026-12-01"));
        assertThat(during.payments()).allMatch(p -> p.dueOn().isEmpty() && p.state() == Incentives.State.DUE);
    }

    @Test
    void withdrawn_before_the_day_the_half_is_not_earned_on_the_day_it_is() {
        Incentives incentives = Incentives.of(new Incentives.Facts(d("2026-09-01"), d("2009-01-01"), false,
                Optional.empty(), Optional.of(false), List.of(), Optional.of(d("2026-11-29")), Optional.empty()),
                d("2027-12-01"));
        assertThat(incentives.payments()).filteredOn(p -> p.day() == 90)
                .allMatch(p -> p.state() == Incentives.State.EARNED);
        assertThat(incentives.payments()).filteredOn(p -> p.day() == 365)
                .allMatch(p -> p.state() == Incentives.State.NOT_EARNED_WITHDRAWN);
        assertThat(incentives.total(Incentives.Recipient.PROVIDER).pounds()).isEqualByComparingTo("500.00");
    }

    static final FoundationIncentive FROM_AUGUST_2025 = new FoundationIncentive(d("2025-08-01"),
            waypoint.shared.money.Money.pounds("1500.00"), Incentives.Recipient.EMPLOYER, 90,
            "The apprenticeship funding rules 2025 to 2026, foundation apprenticeships",
            "https://www.gov.uk/government/collections/apprenticeship-funding-rules");
    static final FoundationIncentive FROM_AUGUST_2026 = new FoundationIncentive(d("2026-08-01"),
            waypoint.shared.money.Money.pounds("2000.00"), Incentives.Recipient.EMPLOYER, 120,
            "The apprenticeship funding rules 2026 to 2027, foundation apprenticeships",
            "https://www.gov.uk/government/collections/apprenticeship-funding-rules");

    static Incentives foundation(String start, List<FoundationIncentive> recorded, Optional<LocalDate> withdrawn) {
        // aged 20 at the start, no plan, not a care leaver: no payment for young apprentices
        return Incentives.of(new Incentives.Facts(d(start), d(start).minusYears(20), false, Optional.of(false),
                Optional.of(false), List.of(), withdrawn, Optional.empty(), ProgrammeType.FOUNDATION_APPRENTICESHIP,
                recorded), d("2027-12-31"));
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource(delimiter = '|', nullValues = "", textBlock = """
            2025-09-01 | none  |         |     | nothing recorded: not known, a warning, never £0
            2025-07-31 | both  |         |     | a start before any record applies: not known
            2025-08-01 | both  | 1500.00 | 90  | the first day of the 2025 record: its amount after its days
            2026-07-31 | both  | 1500.00 | 90  | the day before the 2026 record: still the 2025 one
            2026-08-01 | both  | 2000.00 | 120 | the first day of the 2026 record: the 2026 one
            2026-08-01 | 2025  | 1500.00 | 90  | only the 2025 record: it applies to later starts too
            """)
    void a_foundation_apprenticeship_s_payment_is_the_provider_s_record_for_its_start_and_unknown_without_one(
            String start, String recorded, String amount, Integer day, String name) {
        List<FoundationIncentive> records = switch (recorded) {
            case "both" -> List.of(FROM_AUGUST_2026, FROM_AUGUST_2025);
            case "2025" -> List.of(FROM_AUGUST_2025);
            default -> List.of();
        };
        Incentives incentives = foundation(start, records, Optional.empty());
        List<Incentives.Payment> payments = incentives.payments().stream()
                .filter(p -> p.kind() == Incentives.Kind.FOUNDATION_APPRENTICESHIP).toList();
        if (amount == null) {
            assertThat(payments).isEmpty();
            assertThat(incentives.warnings()).anyMatch(w -> w.contains("foundation apprenticeship's own payment is"
                    + " not known"));
        } else {
            assertThat(payments).singleElement().satisfies(p -> {
                assertThat(p.amount().pounds()).isEqualByComparingTo(amount);
                assertThat(p.day()).isEqualTo(day);
                assertThat(p.recipient()).isEqualTo(Incentives.Recipient.EMPLOYER);
            });
            assertThat(incentives.warnings()).noneMatch(w -> w.contains("foundation"));
            assertThat(incentives.explanations()).anyMatch(w -> w.contains("apprenticeship-funding-rules"));
        }
    }

    @Test
    void a_foundation_apprenticeship_s_payment_is_not_earned_when_withdrawn_before_its_day() {
        Incentives incentives = foundation("2025-09-01", List.of(FROM_AUGUST_2025), Optional.of(d("2025-10-01")));
        assertThat(incentives.payments()).singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(Incentives.State.NOT_EARNED_WITHDRAWN));
        assertThat(incentives.total(Incentives.Recipient.EMPLOYER).isZero()).isTrue();
        // an apprenticeship standard gets none of it
        assertThat(Incentives.of(new Incentives.Facts(d("2025-09-01"), d("2005-09-01"), false, Optional.of(false),
                Optional.of(false), List.of(), Optional.empty(), Optional.empty(), ProgrammeType.APPRENTICESHIP_STANDARD,
                List.of(FROM_AUGUST_2025)), d("2027-01-01")).payments()).isEmpty();
    }
}
