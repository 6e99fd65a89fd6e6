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
        assertThat(incentives.total(Incentives.Recipient.PROVIDER)).isEqualByComparingTo(provider);
        assertThat(incentives.total(Incentives.Recipient.EMPLOYER)).isEqualByComparingTo(employer);
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
        assertThat(incentives.total(Incentives.Recipient.PROVIDER)).isEqualByComparingTo("500.00");
    }
}
