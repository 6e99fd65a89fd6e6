package waypoint.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The report form: its questions, its errors, and what it keeps of what was typed. */
@WaypointTest
class ReportAConcernPagesTest {

    @LocalServerPort
    int port;

    @Test
    void every_page_offers_report_a_concern_to_anyone_signed_in() {
        for (DemoAccounts account : DemoAccounts.values()) {
            PageClient pages = PageClient.signedInAs(port, account);
            assertThat(pages.get("/").body()).as(account.name()).contains("href=\"/concerns/new\"");
            assertThat(pages.get("/concerns/new").status()).isEqualTo(200);
        }
    }

    @Test
    void a_health_and_safety_report_needs_what_it_was_when_and_where_and_keeps_what_was_typed() {
        PageClient employer = PageClient.signedInAs(port, DemoAccounts.EMPLOYER);
        PageClient.Page form = employer.get("/concerns/new");
        PageClient.Page page = employer.post("/concerns/new", form, Map.of("kind", "HEALTH_AND_SAFETY",
                "whatHappened", "A ladder slipped", "occurredOn", "31/2/2026", "place", ""));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("There is a problem")
                .contains("Select whether it was an accident, a near miss or an unsafe act")
                .contains("Enter the date it happened").contains("Enter where it happened");
        assertThat(page.body()).contains("A ladder slipped").contains("value=\"31/2/2026\"");
    }

    @Test
    void an_employer_names_only_an_apprentice_they_work_with() {
        PageClient employer = PageClient.signedInAs(port, DemoAccounts.EMPLOYER);
        PageClient.Page form = employer.get("/concerns/new");
        PageClient.Page page = employer.post("/concerns/new", form, Map.of("kind", "BULLYING_OR_HARASSMENT",
                "learnerUln", "1234567890", "whatHappened", "Name-calling"));
        assertThat(page.text()).contains("Enter the ULN of an apprentice you work with, or leave it blank");
    }

    @Test
    void a_sent_report_says_what_happens_next_and_links_to_nothing_of_the_case() {
        PageClient learner = PageClient.signedInAs(port, DemoAccounts.LEARNER);
        PageClient.Page form = learner.get("/concerns/new");
        PageClient.Page sent = learner.post("/concerns/new", form, Map.of("kind", "UNFAIR_TREATMENT",
                "whatHappened", "Left out of training"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/concerns/sent?kind=UNFAIR_TREATMENT");
        PageClient.Page next = learner.follow(sent);
        assertThat(next.text()).contains("Our quality team will look into what you have reported")
                .contains("Sam Safeguarding").doesNotContain("Left out of training");
    }
}
