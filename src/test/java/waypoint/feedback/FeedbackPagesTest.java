package waypoint.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/** The feedback pages: raising, the case page and its steps, and who may see a complaint (denials show no data). */
@WaypointTest
class FeedbackPagesTest {

    @LocalServerPort
    int port;

    private PageClient as(DemoAccounts account) {
        return PageClient.signedInAs(port, account);
    }

    private String raiseAsLearner(String summary) {
        PageClient learner = as(DemoAccounts.LEARNER);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "COMPLAINT");
        fields.put("summary", summary);
        fields.put("details", "My tutor cancelled our review twice.");
        fields.put("category", "TEACHING");
        var raised = learner.postForm("/feedback/raise", "/feedback/raise", fields);
        assertThat(raised.status()).as(raised.body()).isEqualTo(302);
        return raised.location().replaceAll(".*/feedback/([0-9a-f-]{36}).*", "$1");
    }

    @Test
    void a_tutor_not_involved_cannot_see_a_complaint_about_another_tutor() {
        String summary = "Reviews cancelled " + UUID.randomUUID();
        String id = raiseAsLearner(summary);

        // her tutor handles it at stage 1 and sees it in their list
        PageClient tutor = as(DemoAccounts.TUTOR);
        assertThat(tutor.get("/feedback/" + id).text()).contains(summary, "Stage 1: received", "Acknowledge by");
        assertThat(tutor.get("/feedback?q=" + summary.substring(19)).text()).contains(summary);

        // another tutor, the administrator and the employer get "not found", and it is in none of their lists
        for (DemoAccounts outsider : new DemoAccounts[] {DemoAccounts.LEAD, DemoAccounts.ADMIN, DemoAccounts.EMPLOYER}) {
            PageClient client = as(outsider);
            var page = client.get("/feedback/" + id);
            assertThat(page.status()).as(outsider.name()).isEqualTo(404);
            assertThat(page.body()).doesNotContain(summary);
            assertThat(client.get("/feedback").body()).doesNotContain(summary);
        }

        // the quality role sees it
        assertThat(as(DemoAccounts.QUALITY).get("/feedback/" + id).text()).contains(summary);
    }

    @Test
    void a_learner_sees_their_own_feedback_under_feedback_and_complaints() {
        String summary = "My own complaint " + UUID.randomUUID();
        raiseAsLearner(summary);

        var list = as(DemoAccounts.LEARNER).get("/feedback");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).contains("Feedback and complaints", summary);
        assertThat(list.text()).doesNotContain("Board report");
    }

    @Test
    void the_handler_takes_steps_on_the_case_page_and_a_step_not_allowed_is_explained() {
        String id = raiseAsLearner("Step by step " + UUID.randomUUID());
        PageClient tutor = as(DemoAccounts.TUTOR);

        var acknowledged = tutor.postForm("/feedback/" + id, "/feedback/" + id + "/actions/acknowledge", Map.of());
        assertThat(acknowledged.status()).isEqualTo(302);
        assertThat(tutor.get("/feedback/" + id).text()).contains("Stage 1: acknowledged", "Acknowledged");

        var again = tutor.postForm("/feedback/" + id, "/feedback/" + id + "/actions/acknowledge", Map.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text()).contains("There is a problem", "cannot be given the step");

        var noResponse = tutor.postForm("/feedback/" + id, "/feedback/" + id + "/actions/respond", Map.of("text", ""));
        assertThat(noResponse.text()).contains("Enter the written response");

        var badDate = tutor.postForm("/feedback/" + id, "/feedback/" + id + "/actions/extend-deadline",
                Map.of("newDeadline", "31/2/2027", "text", "Waiting for a witness"));
        assertThat(badDate.text()).contains("Enter the new deadline as a real date", "Waiting for a witness");
    }

    @Test
    void staff_record_feedback_on_someones_behalf_and_bad_input_is_shown_on_the_form() {
        PageClient head = as(DemoAccounts.HEAD);
        assertThat(head.get("/feedback/raise").text()).contains("Record feedback on someone’s behalf", "How was it received?");

        var bad = head.postForm("/feedback/raise", "/feedback/raise",
                Map.of("kind", "COMPLAINT", "channel", "PHONE", "receivedOn", "32/13/2026", "summary", "Typed summary"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.text()).contains("There is a problem", "Enter the date received as a real date");
        assertThat(bad.body()).contains("value=\"Typed summary\"", "value=\"32/13/2026\"");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "SUGGESTION");
        fields.put("channel", "LETTER");
        fields.put("receivedOn", "5/1/2026");
        fields.put("complainantName", "Mo Letterwriter");
        fields.put("complainantType", "OTHER");
        fields.put("summary", "Printed handbooks");
        fields.put("details", "Please post printed handbooks.");
        fields.put("wantsResponse", "true");
        var raised = head.postForm("/feedback/raise", "/feedback/raise", fields);
        assertThat(raised.status()).isEqualTo(302);
        assertThat(head.follow(raised).text()).contains("Printed handbooks", "Respond by", "19 January 2026");
    }

    @Test
    void feedback_settings_are_for_the_quality_role_and_administrators() {
        assertThat(as(DemoAccounts.QUALITY).get("/feedback/settings").text()).contains("Acknowledge within");
        assertThat(as(DemoAccounts.TUTOR).get("/feedback/settings").status()).isEqualTo(403);
        PageClient quality = as(DemoAccounts.QUALITY);
        var bad = quality.postForm("/feedback/settings", "/feedback/settings", Map.of("acknowledgeWorkingDays", "two"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.text()).contains("There is a problem", "Enter a whole number from 1 to 30");
    }

    @Test
    void the_list_shows_the_working_days_left_and_flags_a_deadline_that_has_passed() {
        // the demo's formal complaint received by letter 25 days ago and never acknowledged
        var list = as(DemoAccounts.HEAD).get("/feedback?q=Invoice+sent+to+the+wrong+department");

        assertThat(list.text()).contains("Invoice sent to the wrong department", "working days overdue");
        assertThat(list.body()).contains("govuk-tag--red");
    }
}
