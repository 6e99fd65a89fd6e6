package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;

/**
 * The provider's documents: an administrator publishes a new version of the complaints policy (after a mistake the
 * page explains), and an apprentice reads it, on a computer and on a phone, with the version before still there.
 */
class ProviderDocumentsJourneyTest extends RoleJourney {

    @Test
    void an_administrator_publishes_a_new_version_and_an_apprentice_reads_it_with_the_earlier_one_kept() {
        String marker = "Stage 2 answers come within 15 working days " + UUID.randomUUID().toString().substring(0, 8);

        // given the administrator opens the complaints policy
        signInAs(DemoAccounts.ADMIN);
        navigationLink("Policies and handbook").click();
        assertAccessible();
        link("Complaints and feedback policy").click();
        assertAccessible();
        link("Publish a new version").click();
        assertAccessible();

        // when they publish without saying what changed
        page.getByLabel("The text").fill("## Stage 2\n\n" + marker + "\n- by letter\n- by email");
        button("Publish").click();

        // then the page says what to correct and keeps the text
        assertAccessible();
        assertThat(page.locator(".govuk-error-summary")).containsText("Say what this version changes");
        assertThat(page.getByLabel("The text")).hasValue(java.util.regex.Pattern.compile(marker));

        // when they say what changed and publish
        page.getByLabel("What this version changes").fill("Stage 2 now answered within 15 working days");
        button("Publish").click();
        assertAccessible();
        assertThat(page.locator(".govuk-notification-banner")).containsText("Version published");
        screenshot("documents-published");

        // then the apprentice reads the new version, and the one before is still there
        page.context().clearCookies();
        signInAs(DemoAccounts.LEARNER);
        navigationLink("Policies and handbook").click();
        assertAccessible();
        screenshot("documents-list");
        link("Complaints and feedback policy").click();
        assertAccessible();
        assertThat(page.locator("main")).containsText(marker);
        assertThat(page.locator("main h2").first()).hasText("Stage 2");
        assertThat(link("Publish a new version")).hasCount(0);
        screenshot("documents-complaints-policy");
        lookOnPhone("documents-complaints-policy-phone");
        link("Version 1").click();
        assertAccessible();
        assertThat(page.locator(".govuk-warning-text")).containsText("This is an earlier version");
        assertThat(page.locator("main")).not().containsText(marker);
        visitDenied("/documents/complaints-policy/new-version");
    }
}
