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
 * An apprenticeship with no training plan yet, on a standard version whose minimum is not recorded, so nothing sets
 * its planned off-the-job hours: they are unknown, never 0 — through the plan facts, the stored pace, the summary, the
 * hours page and the caseload list, each with "not known" rather than a figure.
 */
@WaypointTest
class UnknownPlannedHoursPaceTest {

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
    UUID apprenticeship;

    @BeforeEach
    void anApprenticeWithoutATrainingPlan() {
        String reference = TestStandardReferences.next();
        Api.Response imported = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), "waypoint-demo")
                .post("/api/v1/standards/import", """
                        {"referenceNumber": "%s", "title": "Unplanned test standard", "level": 3, "version": "1.0",
                         "typicalDuration": 18, "maxFunding": 9000, "status": "Approved for delivery",
                         "knowledges": [{"knowledgeId": "%1$s-K1", "detail": "Knowledge"}]}""".formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        people = new TestApprenticeships(organisation, accounts);
        apprenticeship = people.inLearning(enrolment, reference, LocalDate.now(clock).minusMonths(3));
        planFacts.refresh(new ApprenticeshipId(apprenticeship));
    }

    @Test
    void planned_hours_nobody_set_are_unknown_everywhere_never_zero() {
        assertThat(planFacts.of(new ApprenticeshipId(apprenticeship)).planned()).isEmpty();
        assertThat(jdbc.sql("SELECT planned_hours FROM otj_pace WHERE apprenticeship_id = :a")
                .param("a", apprenticeship).query(java.math.BigDecimal.class).optional()).isEmpty();

        Api.Response summary = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/api/v1/apprenticeships/" + apprenticeship + "/otj-summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.json().get("plannedHours").isNull()).isTrue();
        assertThat(summary.json().get("expectedToDateHours").isNull()).isTrue();
        assertThat(summary.json().get("status").asString()).isEqualTo("UNKNOWN");
        assertThat(summary.json().get("warnings").toString()).contains("planned off-the-job hours are not known");

        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page page = tutor.get("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(page.text()).contains("planned off-the-job hours are not known", "Planned Not known",
                "Expected to date Not known");
        String body = tutor.get("/off-the-job/caseload").body();
        int at = body.indexOf("/apprenticeships/" + apprenticeship + "/off-the-job");
        assertThat(at).as("the apprenticeship is on the tutor's caseload").isPositive();
        String row = body.substring(at, body.indexOf("</tr>", at));
        assertThat(row).contains("Not known").doesNotContain(">0<");
    }
}
