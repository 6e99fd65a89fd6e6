package waypoint.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static waypoint.support.FormsUnderTest.problems;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

import waypoint.portfolio.web.PortfolioForms.AssessmentForm;
import waypoint.portfolio.web.PortfolioForms.DecisionForm;
import waypoint.portfolio.web.PortfolioForms.EvidenceRequest;
import waypoint.portfolio.web.PortfolioForms.JournalForm;
import waypoint.portfolio.web.PortfolioForms.Sample;
import waypoint.shared.web.FieldValidationException;
import waypoint.shared.web.FormChecks;
import waypoint.support.FormsUnderTest;

/** What the portfolio's forms ask for, checked on what was typed before a service sees it, every problem together. */
class PortfolioFormsTest {

    private static final Validator validator = FormsUnderTest.validator();

    @Test
    void a_sample_needs_a_choice_and_comments_with_both_errors_together() {
        assertThatThrownBy(() -> FormChecks.require(validator, new Sample(null, " ")))
                .isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).errors()).containsExactly(
                        java.util.Map.entry("agrees", "Choose whether you agree with the decision"),
                        java.util.Map.entry("comments", "Enter your comments on the decision")));
        assertThat(problems(new Sample(false, "Not shown"))).isEmpty();
    }

    @Test
    void new_evidence_needs_a_title_a_real_date_a_type_how_it_is_held_and_a_ksb_in_the_forms_order() {
        EvidenceRequest blank = new EvidenceRequest(" ", null, "31/2/2026", null, null, null, null, null,
                Arrays.asList(" ", null), null);
        assertThat(problems(blank, PortfolioForms.Adding.class).keySet())
                .containsExactly("title", "date", "type", "form", "ksbs");
        assertThat(problems(blank, PortfolioForms.Adding.class).get("ksbs"))
                .isEqualTo("Choose at least one KSB this evidence shows");
        // changing the details asks nothing about how the evidence is held
        assertThat(problems(blank).keySet()).containsExactly("title", "date", "type", "ksbs");
        assertThat(problems(new EvidenceRequest("Report", null, "27/4/2026", "PROJECT", "LINK", null,
                "https://example.org", null, List.of("K1"), null), PortfolioForms.Adding.class)).isEmpty();
    }

    @Test
    void journal_hours_are_a_number_from_a_quarter_to_twelve_in_quarter_hours() {
        for (String hours : List.of("0.25", "1", "1.5", "1.75", "12")) {
            assertThat(problems(form(hours))).as(hours).isEmpty();
        }
        assertThat(problems(form("one"))).containsEntry("hours", "Enter hours as a number, like 1.5");
        for (String hours : List.of("0", "1.3", "12.25", "-1")) {
            assertThat(problems(form(hours))).as(hours)
                    .containsEntry("hours", "Enter hours from 0.25 to 12, in quarter hours, like 1.5");
        }
    }

    @Test
    void each_decision_is_accepted_or_referred_back_and_one_referred_back_says_what_the_ksb_needs() {
        AssessmentForm form = new AssessmentForm(List.of(new DecisionForm("K1", "REFERRED_BACK", " "),
                new DecisionForm("S2", null, null), new DecisionForm("S3", "PENDING", null),
                new DecisionForm("S4", "ACCEPTED", null)));
        assertThat(problems(form)).containsOnly(
                java.util.Map.entry("feedback-K1", "Give feedback on what K1 needs"),
                java.util.Map.entry("decision-S2", "Choose whether S2 is accepted or referred back"),
                java.util.Map.entry("decision-S3", "Choose whether S3 is accepted or referred back"));
        assertThat(problems(new AssessmentForm(List.of(new DecisionForm("K1", "REFERRED_BACK", "Show the code"),
                new DecisionForm("S2", "ACCEPTED", null))))).isEmpty();
    }

    private static JournalForm form(String hours) {
        return new JournalForm("27/4/2026", "Sprint review", "What I learned", hours, "THEORY", null);
    }
}
