package waypoint.enrolment;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

class TutorUsesTheRulesCalculatorJourneyTest extends BrowserJourney {

    @Test
    void a_tutor_corrects_a_start_after_the_end_and_reads_the_answer_in_words() {
        // given a tutor, signed in
        signInAs(DemoAccounts.TUTOR);

        // when they open the rules calculator from the menu
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rules calculator")).click();
        assertAccessible();
        assertThat(page.locator("h1")).hasText("Rules calculator");

        // and ask about an apprenticeship whose start is after its planned end
        page.getByLabel("Standard").selectOption(new SelectOption().setValue("ST0116"));
        Locator start = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Start date"));
        start.getByLabel("Day").fill("2");
        start.getByLabel("Month").fill("3");
        start.getByLabel("Year").fill("2026");
        Locator end = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Planned end date"));
        end.getByLabel("Day").fill("1");
        end.getByLabel("Month").fill("3");
        end.getByLabel("Year").fill("2026");
        page.getByLabel("Contracted weekly hours").fill("37.5");
        Locator birth = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Date of birth"));
        birth.getByLabel("Day").fill("1");
        birth.getByLabel("Month").fill("5");
        birth.getByLabel("Year").fill("2004");
        Locator ehcPlan = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions()
                .setName("Does the learner have an education, health and care plan?"));
        ehcPlan.getByLabel("No").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work it out")).click();

        // then they see the error summary and the error at the planned end date, with what they typed kept
        assertAccessible();
        assertThat(page).hasTitle("Error: Rules calculator – Waypoint");
        assertThat(page.locator(".govuk-error-summary")).containsText("The planned end date must be after the start date");
        assertThat(page.locator("#end-error")).containsText("The planned end date must be after the start date");
        assertThat(start.getByLabel("Year")).hasValue("2026");
        assertThat(page.getByLabel("Contracted weekly hours")).hasValue("37.5");
        assertThat(page.getByLabel("Standard")).hasValue("ST0116");
        assertThat(ehcPlan.getByLabel("No")).isChecked();
        assertThat(page.locator("#results")).hasCount(0);
        screenshot("rules-calculator-error");

        // when they correct the start date and send it again
        start.getByLabel("Day").fill("2");
        start.getByLabel("Month").fill("9");
        start.getByLabel("Year").fill("2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Work it out")).click();

        // then they see the results, and how each was worked out in words with its source
        assertAccessible();
        assertThat(page).hasTitle("Rules calculator – Waypoint");
        Locator results = page.locator(".govuk-summary-list");
        assertThat(results).containsText("Minimum off-the-job hours");
        assertThat(results).containsText("417.0 hours");
        assertThat(results).containsText("521.2 hours (20% of contracted hours)");
        assertThat(results).containsText("25 November 2024");
        assertThat(results).containsText("Required at Level 2 by the funding rules");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How this was worked out")))
                .isVisible();
        assertThat(page.locator("ol.govuk-list--number li").first())
                .containsText("A start on 2 September 2024 follows the rules for starts from 1 August 2022 to 31 July 2025");
        assertThat(page.locator("ol.govuk-list--number")).containsText("Source: the apprenticeship funding rules");
        screenshot("rules-calculator-results");
    }
}
