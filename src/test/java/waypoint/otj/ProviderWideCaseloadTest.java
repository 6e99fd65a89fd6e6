package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.TestApprenticeships;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.ProviderWideTest;

/**
 * The off-the-job caseload of someone who sees every apprenticeship is read a page at a time, and the number of
 * entries waiting from the totals the database keeps: what it shows is what reading every row would show, and a tutor
 * still sees only their own apprentices.
 */
class ProviderWideCaseloadTest extends ProviderWideTest {

    @Test
    void the_head_of_delivery_is_told_how_many_entries_wait_as_counting_every_entry_would_tell() {
        Api learner = theLearner();
        Api tutor = theTutor();
        List<String> logged = List.of(log(learner, 2), log(learner, 3), log(learner, 4), log(learner, 5));
        String entries = "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries/";
        assertThat(tutor.post(entries + logged.get(0) + "/approve", "{}").status()).isEqualTo(200);
        assertThat(tutor.post(entries + logged.get(1) + "/reject", "{\"reason\": \"DUPLICATE\"}").status())
                .isEqualTo(200);
        assertThat(tutor.post(entries + logged.get(2) + "/ask-for-detail", "{\"note\": \"Which module?\"}")
                .status()).isEqualTo(200);

        Map<String, Long> counted = countedAsKept("otj_entry", "state", "otj_entry_totals", "entries");
        assertThat(counted).containsKeys("SUBMITTED", "APPROVED", "REJECTED", "MORE_DETAIL_REQUESTED");

        String page = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/off-the-job/caseload").text();
        assertThat(page).contains(counted.get("SUBMITTED") + " entries waiting, the oldest first");
    }

    @Test
    void the_head_of_delivery_sees_the_largest_shortfall_first_and_a_tutor_sees_only_their_own() {
        // the page brings every pace up to date first; the largest shortfall is then read as it was
        String head = PageClient.signedInAs(port, DemoAccounts.HEAD).get("/off-the-job/caseload").text();
        String first = jdbc.sql("""
                        SELECT l.full_name FROM otj_pace t JOIN enrolment.apprenticeship a ON a.id = t.apprenticeship_id
                        JOIN organisation.learner l ON l.id = a.learner_id
                        WHERE a.status IN ('IN_LEARNING', 'BREAK_IN_LEARNING')
                        ORDER BY t.shortfall_hours DESC, t.apprenticeship_id LIMIT 1""")
                .query(String.class).single();
        assertThat(head).contains(first);

        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        UUID othersApprenticeship = others.inLearning(enrolment, "ST0116", today.minusMonths(2));
        String tutors = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/off-the-job/caseload").text();
        assertThat(tutors).contains(learnerOf(apprenticeship)).doesNotContain(learnerOf(othersApprenticeship));
    }

    private String learnerOf(UUID apprenticeshipId) {
        return jdbc.sql("SELECT l.full_name FROM organisation.learner l JOIN enrolment.apprenticeship a"
                + " ON a.learner_id = l.id WHERE a.id = :id").param("id", apprenticeshipId).query(String.class)
                .single();
    }

    private String log(Api learner, int daysAgo) {
        Api.Response logged = learner.post("/api/v1/apprenticeships/" + apprenticeship + "/otj-entries", """
                {"date": "%s", "startTime": "09:00", "endTime": "11:00", "activityType": "ONLINE_LEARNING",
                 "description": "Unit testing course, module %d", "ksbs": ["K1"]}"""
                .formatted(today.minusDays(daysAgo), daysAgo));
        assertThat(logged.status()).as(logged.body()).isEqualTo(201);
        return logged.json().get("id").asString();
    }
}
