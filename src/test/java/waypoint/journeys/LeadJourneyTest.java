package waypoint.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.demo.DemoAccounts;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerSummary;
import waypoint.organisation.Learners;

class LeadJourneyTest extends RoleJourney {

    @Autowired
    Learners learners;
    @Autowired
    UserAccounts accounts;

    @Test
    void a_lead_who_also_tutors_sees_their_caseload_and_the_provider_and_searches_their_learners() {
        // given the demo lead, who also tutors, and the learners on their caseload
        UUID lead = accounts.findByEmail(DemoAccounts.LEAD.email()).orElseThrow().id();
        List<LearnerSummary> caseload = learners.caseloadOf(lead, 10_000);
        LearnerSummary one = caseload.get(caseload.size() / 2);

        // when they sign in
        signInAs(DemoAccounts.LEAD);

        // then their home page counts their caseload and, as a lead, every record across the provider
        assertThat(page.locator("h1")).hasText("Welcome, Lee Lead");
        // (a panel of their caseload's ILR errors may follow, when there are any)
        assertThat(page.locator("main h2").nth(0)).hasText("Your caseload");
        assertThat(page.locator("main h2").nth(1)).hasText("Across the provider");
        assertThat(page.locator("main .waypoint-figure").first()).hasText(String.valueOf(caseload.size()));
        assertThat(page.locator("main table")).containsText(caseload.get(0).fullName());
        assertThat(page.locator("main .waypoint-card")).hasCount(4);
        // and the staff navigation, without the administrator's links
        assertNavigation("Home", "Learners", "Apprenticeships", "Off-the-job hours", "Portfolio", "Sessions", "Reviews", "Messages", "Gateway and EPA", "Support cases", "Employers", "EPAOs", "Staff", "Standards", "Admissions", "Rules calculator", "Feedback", "Reports", "Policies and handbook");
        screenshot("lead-home");
        lookOnPhone("lead-home-phone");

        // when they open the learners, keep to their own caseload and search it for one learner
        navigationLink("Learners").click();
        assertAccessible();
        page.getByLabel("Tutor").selectOption(new SelectOption().setLabel("Lee Lead"));
        page.getByLabel("Search by name, ULN or email").fill(one.familyName());
        button("Search").click();
        assertAccessible();
        // then the list shows that learner, with them as the tutor, and keeps the filter and the search
        assertThat(page.locator("main tbody tr", new Page.LocatorOptions().setHasText(one.fullName())))
                .containsText("Lee Lead");
        assertThat(page.locator("main tbody tr").filter(new Locator.FilterOptions().setHasNotText("Lee Lead"))).hasCount(0);
        assertThat(page.getByLabel("Search by name, ULN or email")).hasValue(one.familyName());
        assertThat(page.getByLabel("Tutor")).hasValue(one.tutorId().toString());
        // and they are not offered to add learners, which only administrators do
        assertThat(button("Add a learner")).hasCount(0);

        // when they go to add a learner or read the audit trail by address
        visitDenied("/learners/new");
        visitDenied("/admin/audit");

        // when they schedule a session: seeing every apprentice of the provider, they search for each one instead
        visit("/sessions");
        button("Schedule a session").click();
        assertAccessible();
        assertThat(page.getByRole(AriaRole.CHECKBOX)).hasCount(0);
        page.getByLabel("Find apprentices").fill("nolan");
        button("Search").click();
        assertAccessible();
        // then they tick one of the matches, and search again for another
        Locator niamh = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Niamh Nolan"));
        niamh.check();
        page.getByLabel("Find apprentices").fill("owen");
        button("Search").click();
        assertAccessible();
        // and the one they ticked stays ticked above the new matches
        assertThat(niamh).isChecked();
        assertThat(page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Oscar Owen"))).not().isChecked();
        screenshot("lead-session-apprentices-found");
        lookOnPhoneAsItIs("lead-session-apprentices-found-phone");
    }
}
