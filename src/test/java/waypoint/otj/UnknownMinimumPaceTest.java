package waypoint.otj;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.otj.internal.PlanFacts;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * An apprenticeship started after 1 August 2025 on a standard version whose minimum hours for compliance are not
 * recorded: on track against its plan, yet never green — the summary, the hours page and the caseload list (read from
 * the day's snapshot) all say "not known", with a warning to staff — until an administrator records the minimum.
 */
@WaypointTest
class UnknownMinimumPaceTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    PlanFacts planFacts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    TestApprenticeships people;
    String reference;
    UUID apprenticeship;
    String learnerEmail;
    LocalDate today;

    @BeforeEach
    void anApprenticeOnTrackOnAStandardWithoutARecordedMinimum() {
        reference = TestStandardReferences.next();
        Api.Response imported = admin().post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Pace test standard", "level": 3, "version": "1.0",
                 "typicalDuration": 18, "maxFunding": 9000, "status": "Approved for delivery",
                 "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}]}""".formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        people = new TestApprenticeships(organisation, accounts);
        today = LocalDate.now(clock);
        apprenticeship = people.inLearning(enrolment, reference, today.minusMonths(4));
        learnerEmail = people.lastLearnerEmail;
        PlannedHours.plan(jdbc, apprenticeship, 120);
        planFacts.refresh(new ApprenticeshipId(apprenticeship));
        // 28 hours approved: above the 26 to 27 hours expected four months into eighteen
        Api learnerApi = as(learnerEmail);
        Api tutor = as(people.tutorEmail);
        for (int d = 1; d <= 4; d++) {
            Api.Response logged = learnerApi.post(entries(), """
                    {"date": "%s", "startTime": "09:00", "endTime": "16:00", "activityType": "ONLINE_LEARNING",
                     "description": "Course day %d"}""".formatted(today.minusDays(d), d));
            assertThat(logged.status()).as(logged.body()).isEqualTo(201);
            assertThat(tutor.post(entries() + "/" + logged.json().get("id").asString() + "/approve", "{}").status())
                    .isEqualTo(200);
        }
    }

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo");
    }

    Api as(String email) {
        return Api.at(port).signedInAs(email, TestApprenticeships.PASSWORD);
    }

    String entries() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-entries";
    }

    String summary() {
        return "/api/v1/apprenticeships/" + apprenticeship + "/otj-summary";
    }

    String caseloadRow(PageClient tutor) {
        String body = tutor.get("/off-the-job/caseload").body();
        int at = body.indexOf("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(at).as("the apprenticeship is on the tutor's caseload").isPositive();
        return body.substring(at, body.indexOf("</tr>", at));
    }

    @Test
    void while_the_minimum_is_unknown_the_pace_is_not_green_anywhere_and_staff_are_warned() {
        Api.Response summary = as(people.tutorEmail).get(summary());
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(summary.json().get("minimumHours").isNull()).isTrue();
        assertThat(summary.json().get("warnings").toString()).contains("funding minimum of off-the-job hours is not known");
        assertThat(summary.json().get("approvedHours").asDouble()).isEqualTo(28.0);

        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page page = tutor.get("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(page.body()).contains("govuk-warning-text");
        assertThat(page.text()).contains("funding minimum of off-the-job hours is not known", "Not known")
                .doesNotContain("On track");
        assertThat(caseloadRow(tutor)).contains("Not known").doesNotContain("On track");

        PageClient learner = PageClient.signedInAs(port, learnerEmail, TestApprenticeships.PASSWORD);
        PageClient.Page own = learner.get("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(own.text()).contains("Not known").doesNotContain("funding minimum of off-the-job hours is not known");
    }

    @Test
    void once_an_administrator_records_the_minimum_the_summary_and_the_list_agree_it_is_on_track() {
        Api.Response recorded = admin().put("/api/v1/standards/" + reference + "/versions/1.0/minimum-otj-hours",
                "{\"minimumHoursForCompliance\": 300}");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("publishedMinimumOtjHours").asInt()).isEqualTo(300);

        Api.Response summary = as(people.tutorEmail).get(summary());
        assertThat(summary.json().get("status").asString()).isEqualTo("GREEN");
        assertThat(summary.json().get("minimumHours").asDouble()).isEqualTo(300.0);
        assertThat(summary.json().get("warnings").size()).isZero();
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(caseloadRow(tutor)).contains("On track");

        // cleared again: unknown again, never zero
        assertThat(admin().put("/api/v1/standards/" + reference + "/versions/1.0/minimum-otj-hours",
                "{\"minimumHoursForCompliance\": null}").status()).isEqualTo(200);
        assertThat(as(people.tutorEmail).get(summary()).json().get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(caseloadRow(tutor)).contains("Not known");
    }

    @Test
    void once_an_upload_of_the_published_file_gives_the_minimum_the_list_agrees_with_the_summary() {
        Api.Response imported = admin().post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Pace test standard", "level": 3, "version": "1.0",
                 "minimumHoursForCompliance": 300}""".formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        assertThat(as(people.tutorEmail).get(summary()).json().get("status").asString()).isEqualTo("GREEN");
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(caseloadRow(tutor)).as("the import tells the apprenticeships on the version, as an edit does")
                .contains("On track");
    }
}
