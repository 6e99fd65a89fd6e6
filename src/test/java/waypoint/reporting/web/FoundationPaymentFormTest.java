package waypoint.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.support.FormsUnderTest.problems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waypoint.rules.Incentives;

/** What an administrator types for the foundation apprenticeship payment, and what it is refused for. */
class FoundationPaymentFormTest {

    @Test
    void a_payment_as_people_type_it_is_read_as_the_funding_rules_take_it() {
        FoundationPaymentForm form = new FoundationPaymentForm("1/8/2025", "£1,000.50", "employer", " 90 ",
                " The funding rules ", "https://www.gov.uk/x");
        assertThat(problems(form)).isEmpty();
        assertThat(form.payment().startsFrom()).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(form.payment().amount().pounds()).isEqualByComparingTo(new BigDecimal("1000.50"));
        assertThat(form.payment().paidTo()).isEqualTo(Incentives.Recipient.EMPLOYER);
        assertThat(form.payment().afterDays()).isEqualTo(90);
        assertThat(form.payment().source()).isEqualTo("The funding rules");
    }

    @Test
    void each_figure_out_of_range_is_a_field_error_in_the_order_the_form_asks() {
        assertThat(problems(new FoundationPaymentForm("31/7/2025", "0", "NOBODY", "731", "", "http://example.test")))
                .containsExactly(
                        Map.entry("startsFrom", "Foundation apprenticeships start from 1 August 2025 (the"
                                + " apprenticeship funding rules for foundation apprenticeships): enter that date or"
                                + " a later one"),
                        Map.entry("amount", "Enter an amount in pounds above £0, with at most two figures for pence"),
                        Map.entry("paidTo", "Choose who the payment is made to: the employer or the provider"),
                        Map.entry("afterDays", "Enter the days in learning after which it is paid, from 1 to 730"),
                        Map.entry("source", "Enter the document the payment comes from (300 characters or fewer),"
                                + " for example the apprenticeship funding rules 2025 to 2026, foundation"
                                + " apprenticeships"),
                        Map.entry("sourceAddress", "Enter the address of the document, starting https://"));
    }

    @Test
    void a_figure_that_is_not_one_says_what_to_enter() {
        assertThat(problems(new FoundationPaymentForm("soon", "lots", "", "ninety", "Rules", "https://www.gov.uk/x")))
                .containsExactly(
                        Map.entry("startsFrom", "Enter the first start date the payment applies to, for example"
                                + " 1/8/2025"),
                        Map.entry("amount", "Enter the amount in pounds, for example 1,000"),
                        Map.entry("paidTo", "Choose who the payment is made to: the employer or the provider"),
                        Map.entry("afterDays", "Enter the days in learning after which it is paid, for example 90"));
        assertThat(problems(new FoundationPaymentForm("1/8/2025", "10.005", "PROVIDER", "90", "Rules",
                "https://www.gov.uk/x"))).containsOnlyKeys("amount");
    }
}
