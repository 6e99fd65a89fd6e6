package waypoint.feedback;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.support.BrowserJourney;

/**
 * A learner complains, her tutor tries to resolve it and registers it formally, the operations manager responds,
 * and the learner escalates it to senior management: every page checked for accessibility on the way.
 */
class ComplaintJourneyTest extends BrowserJourney {

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void signOutAndInAs(DemoAccounts account) {
        page.context().clearCookies();
        signInAs(account);
    }

    @Test
    void a_complaint_moves_from_the_learner_through_the_stages() {
        String summary = "Reviews moved at short notice " + UUID.randomUUID().toString().substring(0, 8);

        // given Lola Learner signed in
        signInAs(DemoAccounts.LEARNER);

        // when she opens "Feedback and complaints" and makes an informal complaint
        page.locator("#navigation").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Feedback and complaints")).click();
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give feedback or make a complaint")).click();
        assertAccessible();
        button("Send").click();
        // then leaving it empty is explained
        assertThat(page.locator(".govuk-error-summary")).containsText("Select what kind of feedback this is");
        assertAccessible();
        page.getByLabel("Complaint", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Summary").fill(summary);
        page.getByLabel("Details").fill("My last three reviews were moved the day before.");
        page.getByLabel("Teaching and learning").check();
        button("Send").click();
        assertAccessible();

        // then the case is at stage 1 with its acknowledgement deadline
        assertThat(page.locator("h1")).containsText(summary);
        assertThat(page.locator("main")).containsText("Stage 1: received");
        assertThat(page.locator("#deadline-now")).containsText("Acknowledge by");
        String caseUrl = page.url().replaceAll("\\?.*", "");

        // when her tutor acknowledges it, and then registers it as a formal complaint
        signOutAndInAs(DemoAccounts.TUTOR);
        visit(caseUrl);
        button("Acknowledge").click();
        assertAccessible();
        assertThat(page.locator("main")).containsText("Stage 1: acknowledged");
        button("Register as a formal complaint (stage 2)").click();
        assertAccessible();
        // then it is at stage 2 with the operations manager, due in 10 working days
        assertThat(page.locator("main")).containsText("Stage 2: received");
        assertThat(page.locator("#timeline")).containsText("Registered as a formal complaint");

        // when the operations manager sends the written response
        signOutAndInAs(DemoAccounts.HEAD);
        visit("/feedback?q=" + summary.substring(summary.length() - 8));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("FB-"))).first().click();
        assertAccessible();
        button("Send the written response").click();
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the written response");
        assertAccessible();
        page.getByLabel("Written response").fill("We have agreed fixed review dates with your employer.");
        button("Send the written response").click();
        assertAccessible();
        // then the learner has a calendar month to escalate
        assertThat(page.locator("main")).containsText("Stage 2: responded");
        assertThat(page.locator("main")).containsText("The complainant may escalate until");

        // when the learner escalates it to senior management
        signOutAndInAs(DemoAccounts.LEARNER);
        visit(caseUrl);
        button("Escalate to senior management (stage 3)").click();
        assertAccessible();
        // then it is at stage 3, and she cannot close it herself
        assertThat(page.locator("main")).containsText("Stage 3: received");
        assertThat(button("Close")).hasCount(0);
    }
}
