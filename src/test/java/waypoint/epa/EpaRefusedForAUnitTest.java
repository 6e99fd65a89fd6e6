package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.enrolment.EmploymentLists;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.identity.UserAccounts;
import waypoint.organisation.Epaos;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * An apprenticeship unit has no gateway and no end-point assessment (docs/domain/programme-types.md): the EPA record
 * refuses every one of its steps for an apprentice on a unit, naming the apprenticeship unit funding rules, whatever
 * the route: the API (409 problem details), the pages (the error summary) and an import or the demo data.
 */
@WaypointTest
class EpaRefusedForAUnitTest {

    @Autowired
    TestClock clock;

    static final String WORDS = "apprenticeship unit funding rules";

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;
    @Autowired
    EpaImport epa;
    @Autowired
    Epaos epaos;

    TestApprenticeships people;
    UUID unit;
    String base;

    @BeforeEach
    void givenAnApprenticeOnAUnit() {
        people = new TestApprenticeships(organisation, accounts);
        String reference = TestStandardReferences.next();
        Api.Response imported = Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), TestApprenticeships.PASSWORD)
                .post("/api/v1/standards/import", """
                        {"referenceNumber": "%s", "title": "Unit refusal test", "level": 3, "version": "1.0",
                         "typicalDuration": 3, "maxFunding": 1500, "status": "Approved for delivery",
                         "programmeType": "ApprenticeshipUnit", "minimumHoursForCompliance": 60}"""
                        .formatted(reference));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        LocalDate start = LocalDate.now(clock).minusWeeks(2);
        unit = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                reference, people.tutor, start, start.plusWeeks(10), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(unit), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(unit), start);
        base = "/api/v1/apprenticeships/" + unit;
    }

    @Test
    void every_end_point_assessment_step_of_the_api_answers_409_naming_the_unit_funding_rules() {
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        String today = LocalDate.now(clock).toString();
        Map<String, String> steps = new LinkedHashMap<>();
        steps.put("/gateway/confirmations", "{\"item\":\"employer-confirmation\",\"evidence\":\"Seen\"}");
        steps.put("/gateway/waivers", "{\"item\":\"off-the-job-hours\",\"reason\":\"Because\"}");
        steps.put("/gateway/meeting", "{\"heldOn\":\"" + today + "\",\"mentor\":\"M\",\"employer\":\"E\","
                + "\"apprentice\":\"A\",\"decision\":\"READY\",\"fullName\":\"M\"}");
        steps.put("/gateway/meeting/signatures", "{\"fullName\":\"Tess Tutor\"}");
        steps.put("/gateway/readiness-request", "{\"reason\":\"Ahead of plan\"}");
        steps.put("/epa/bookings", "{\"method\":\"Test\",\"epaoId\":\"" + epaos.all().get(0).id()
                + "\",\"date\":\"" + today + "\",\"time\":\"09:00\",\"place\":\"Teams\"}");
        steps.put("/epa/results", "{\"method\":\"Test\",\"grade\":\"Pass\",\"assessedOn\":\"" + today + "\"}");
        steps.put("/epa/components/attempts", "{\"component\":\"Test\",\"grade\":\"Pass\",\"assessedOn\":\""
                + today + "\",\"marker\":\"Pat\"}");
        steps.put("/epa/appeals", "{\"method\":\"Test\",\"lodgedOn\":\"" + today + "\",\"reason\":\"Unfair\"}");
        steps.put("/epa/appeals/" + UUID.randomUUID() + "/revised-grade", "{\"grade\":\"Pass\"}");
        steps.put("/epa/completion", "{\"actualEndDate\":\"" + today + "\",\"achievementDate\":\"" + today + "\"}");
        steps.put("/epa/completion/correction", "{\"actualEndDate\":\"" + today + "\",\"achievementDate\":\""
                + today + "\",\"reason\":\"Wrong\"}");
        steps.put("/epa/certificate", "{\"requestedOn\":\"" + today + "\"}");
        steps.put("/epa/progression", "{\"kind\":\"PROMOTION\",\"heldOn\":\"" + today + "\"}");
        steps.forEach((path, body) -> {
            Api.Response refused = tutor.post(base + path, body);
            assertThat(refused.status()).as(path + ": " + refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).as(path).contains("application/problem+json");
            assertThat(refused.json().get("detail").asString()).as(path).contains(WORDS);
        });
        // nothing was written: the record is still not stored
        assertThat(epa.hasRecord(new ApprenticeshipId(unit))).isFalse();
    }

    @Test
    void the_readiness_dashboard_lists_an_apprenticeship_in_its_last_months_but_never_a_unit() {
        UUID programme = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusMonths(16));

        Api.Response dashboard = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/api/v1/epa/readiness");

        assertThat(dashboard.status()).as(dashboard.body()).isEqualTo(200);
        assertThat(dashboard.body()).contains(programme.toString()).doesNotContain(unit.toString());
    }

    @Test
    void the_gateway_page_shows_the_refusal_in_its_error_summary() {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page page = tutor.get("/apprenticeships/" + unit + "/gateway");
        assertThat(page.text()).contains("Does not apply: this is an apprenticeship unit");
        PageClient.Page refused = tutor.post("/apprenticeships/" + unit + "/epa/book", page, Map.of(
                "booking-method", "Test", "booking-epaoId", epaos.all().get(0).id().toString(), "booking-date",
                LocalDate.now(clock).toString(), "booking-time", "09:00", "booking-place", "Teams"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", WORDS, "Does not apply");
        PageClient.Page meeting = tutor.post("/apprenticeships/" + unit + "/gateway/meeting", page, Map.of(
                "meeting-heldOn", LocalDate.now(clock).toString(), "meeting-mentor", "M", "meeting-employer", "E",
                "meeting-apprentice", "A", "meeting-decision", "READY", "meeting-fullName", "M"));
        assertThat(meeting.text()).contains("There is a problem", WORDS);
    }

    @Test
    void an_import_or_the_demo_data_is_refused_the_same_way() {
        LocalDate day = LocalDate.now(clock).minusDays(1);
        assertThatThrownBy(() -> epa.confirm(new ApprenticeshipId(unit), "employer-confirmation", "Seen", "Tess",
                "Recorded by staff"))
                .hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.waive(new ApprenticeshipId(unit), "off-the-job-hours", "Because",
                "Tess")).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.gatewayMeeting(new ApprenticeshipId(unit), day, "M", "E", "A",
                "Ready")).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.meetingSigned(new ApprenticeshipId(unit), "M", "E", "A",
                clock.instant())).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.booking(new ApprenticeshipId(unit), "Test", epaos.all().get(0).id(),
                clock.instant(), "Teams", null, null)).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.result(new ApprenticeshipId(unit), "Test", "Pass",
                day)).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.componentAttempt(new ApprenticeshipId(unit), "Test", "Pass", day,
                "Pat")).hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.completed(new ApprenticeshipId(unit), day, day, null, null, null, null, null))
                .hasMessageContaining(WORDS);
        assertThatThrownBy(() -> epa.requestReadinessAsTutor(new ApprenticeshipId(unit),
                "Early")).hasMessageContaining(WORDS);
        assertThat(epa.hasRecord(new ApprenticeshipId(unit))).isFalse();
    }
}
