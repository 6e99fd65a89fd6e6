package waypoint.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import waypoint.demo.DemoAccounts;
import waypoint.identity.Role;
import waypoint.identity.UserAccounts;
import waypoint.organisation.LearnerDetails;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.TestStandardReferences;
import waypoint.support.WaypointTest;

/**
 * The new programme types across the modules (docs/domain/programme-types.md), on standards of the test's own: an
 * apprenticeship unit (60 hours) refused under 19, over 16 weeks or over 140 hours, with each refusal a field error
 * naming the rule; a unit's pages ask and show no English and maths and no end-point assessment; a foundation
 * apprenticeship achieved in 2025 to 2026 is left out of the achievement rate and its drill-down; the demo's
 * foundation apprentice and unit learner are on the demo tutor's caseload.
 */
@WaypointTest
class ProgrammeTypesTest {

    @Autowired
    TestClock clock;

    static final LocalDate UNIT_START = LocalDate.of(2026, 9, 1);

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;

    TestApprenticeships people;

    @BeforeEach
    void people() {
        people = new TestApprenticeships(organisation, accounts);
    }

    Api admin() {
        return Api.at(port).signedInAs(DemoAccounts.ADMIN.email(), TestApprenticeships.PASSWORD);
    }

    /** A standard of the test's own, of the programme type, imported through the API. */
    String standard(String programmeType, int level, String hours) {
        String reference = TestStandardReferences.next();
        Api.Response imported = admin().post("/api/v1/standards/import", """
                {"referenceNumber": "%s", "title": "Programme type test", "level": %d, "version": "1.0",
                 "typicalDuration": 12, "maxFunding": 3000, "status": "Approved for delivery",
                 "programmeType": "%s" %s}""".formatted(reference, level, programmeType,
                hours == null ? "" : ", \"minimumHoursForCompliance\": " + hours));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return reference;
    }

    LearnerId learnerBorn(LocalDate born) {
        String suffix = TestApprenticeships.unique();
        String email = "types-" + suffix + "@example.test";
        accounts.createWithPassword(email, "Types Learner " + suffix, Set.of(Role.LEARNER),
                TestApprenticeships.PASSWORD);
        return organisation.learner(new LearnerDetails("Types", "Learner " + suffix, born, TestApprenticeships.uln(),
                null, email, null, "2 Low Road", null, "Leeds", "LS2 9JT", null, null));
    }

    Api.Response start(LearnerId learner, String standard, LocalDate plannedEnd) {
        return admin().post("/api/v1/apprenticeships", """
                {"learnerId": "%s", "employerId": "%s", "lineManagerId": "%s", "standardReference": "%s",
                 "tutorId": "%s", "startDate": "%s", "plannedEndDate": "%s", "weeklyHours": 37.5}"""
                .formatted(learner, people.employer, people.lineManager, standard, people.tutor, UNIT_START,
                        plannedEnd));
    }

    static void refused(Api.Response response, String field, String... words) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).contains("application/problem+json");
        JsonNode error = null;
        for (JsonNode e : response.json().get("errors")) {
            if (e.get("field").asString().equals(field)) {
                error = e;
            }
        }
        assertThat(error).as(response.body()).isNotNull();
        assertThat(error.get("message").asString()).contains(words);
    }

    @Test
    void an_apprenticeship_unit_is_refused_under_19_over_16_weeks_and_over_140_hours_naming_the_rule() {
        String unit = standard("ApprenticeshipUnit", 3, "60");
        // 19th birthday on 2 September 2026, the day after the start
        refused(start(learnerBorn(LocalDate.of(2007, 9, 2)), unit, UNIT_START.plusWeeks(12)), "learnerId",
                "aged 19 or over", "apprenticeship unit funding rules");
        refused(start(people.learner(), unit, UNIT_START.plusDays(113)), "plannedEndDate", "1 to 16 weeks",
                "22 December 2026");
        refused(start(people.learner(), standard("ApprenticeshipUnit", 3, "150"), UNIT_START.plusWeeks(12)),
                "standardReference", "30 to 140 hours");

        // 19 on the start, 16 weeks exactly: not the 8-month minimum of an apprenticeship standard
        Api.Response adult = start(learnerBorn(LocalDate.of(2007, 9, 1)), unit, UNIT_START.plusWeeks(16));
        assertThat(adult.status()).as(adult.body()).isEqualTo(201);
        assertThat(adult.json().get("figures").get("plannedOtjHours").decimalValue()).isEqualByComparingTo("60");
    }

    @Test
    void an_apprenticeship_units_pages_show_no_english_and_maths_and_no_end_point_assessment() {
        String unit = standard("ApprenticeshipUnit", 3, "60");
        Api.Response created = start(people.learner(), unit, UNIT_START.plusWeeks(12));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);

        PageClient.Page apprenticeship = tutor.get("/apprenticeships/" + id);
        assertThat(apprenticeship.status()).isEqualTo(200);
        assertThat(apprenticeship.text()).contains("Apprenticeship unit")
                .contains("end-point assessment does not apply to an apprenticeship unit")
                .doesNotContain("End-point assessment organisation").doesNotContain("End-point assessment period");

        PageClient.Page gateway = tutor.get("/apprenticeships/" + id + "/gateway");
        assertThat(gateway.status()).isEqualTo(200);
        assertThat(gateway.text()).contains("Does not apply: this is an apprenticeship unit")
                .doesNotContain("Gateway checklist");

        PageClient.Page assessment = tutor.get("/apprenticeships/" + id + "/onboarding/initial-assessment");
        assertThat(assessment.status()).isEqualTo(200);
        assertThat(assessment.text()).contains("English and maths does not apply")
                .doesNotContain("The employer's decision on English and maths").doesNotContain("Claim an exemption");

        // someone else's apprentice sees nothing of it
        people.learner();
        assertThat(PageClient.signedInAs(port, people.lastLearnerEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + id + "/gateway").status()).isEqualTo(404);
    }

    @Test
    void an_apprenticeship_unit_is_completed_by_its_provider_test_the_employer_validates_and_nothing_else_is() {
        String unit = standard("ApprenticeshipUnit", 3, "60");
        Api.Response created = start(people.learner(), unit, UNIT_START.plusWeeks(12));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID id = UUID.fromString(created.json().get("id").asString());
        String apprentice = people.lastLearnerEmail;
        enrolment.employed(new ApprenticeshipId(id), UNIT_START.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), UNIT_START);
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        String path = "/api/v1/apprenticeships/" + id + "/unit-completion";

        refused(tutor.post(path, """
                {"test": "Data essentials test", "passedOn": "2026-11-20", "validatedBy": "Erin Employer",
                 "validatedOn": "2026-11-19"}"""), "validatedOn", "on or after the day it was passed");
        assertThat(Api.at(port).signedInAs(apprentice, TestApprenticeships.PASSWORD).post(path, """
                {"test": "Mine", "passedOn": "2026-11-20", "validatedBy": "Me", "validatedOn": "2026-11-20"}""")
                .status()).isIn(403, 404);
        // the end-point assessment's completion is not a way round it
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> enrolment.complete(new ApprenticeshipId(id),
                UNIT_START.plusWeeks(10),
                "Passed")).hasMessageContaining("end-point assessment");

        Api.Response done = tutor.post(path, """
                {"test": "Data essentials test", "passedOn": "2026-11-20", "validatedBy": "Erin Employer",
                 "validatedOn": "2026-11-23"}""");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(done.json().get("unitAssessment").get("validatedBy").asString()).isEqualTo("Erin Employer");
        assertThat(PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/apprenticeships/" + id).text())
                .contains("Provider test “Data essentials test” passed on 20 November 2026, validated by the"
                        + " employer (Erin Employer) on 23 November 2026");

        // an apprenticeship standard in learning is not completed this way
        UUID standard = people.inLearning(enrolment, "ST0116", LocalDate.of(2025, 9, 1));
        Api.Response notAUnit = tutor.post("/api/v1/apprenticeships/" + standard + "/unit-completion", """
                {"test": "A test", "passedOn": "2026-11-20", "validatedBy": "Erin Employer",
                 "validatedOn": "2026-11-23"}""");
        assertThat(notAUnit.status()).as(notAUnit.body()).isEqualTo(409);
        assertThat(notAUnit.body()).contains("Only an apprenticeship unit ends with a provider test");
    }

    @Test
    void the_caseload_board_shows_no_english_and_maths_missing_for_an_apprenticeship_unit() {
        String unit = standard("ApprenticeshipUnit", 3, "60");
        LocalDate start = LocalDate.now(clock).minusWeeks(2);
        UUID id = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager, unit,
                people.tutor, start, start.plusWeeks(10), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(id), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(id), start);

        JsonNode board = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/api/v1/caseload-board").json();
        JsonNode row = board.get("rows").get(0);
        assertThat(row.get("apprenticeshipId").asString()).isEqualTo(id.toString());
        List<String> englishAndMaths = new ArrayList<>();
        row.get("signals").forEach(signal -> {
            if (signal.toString().contains("apprenticeship unit")) {
                englishAndMaths.add(signal.get("words").asString() + " " + signal.get("rag").asString());
            }
        });
        assertThat(englishAndMaths).containsExactly("Does not apply: an apprenticeship unit GREEN");
    }

    @Test
    void an_apprenticeship_unit_is_never_on_the_gateway_readiness_dashboard() {
        String unit = standard("ApprenticeshipUnit", 3, "60");
        LocalDate start = LocalDate.now(clock).minusWeeks(2);
        UUID onUnit = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                unit, people.tutor, start, start.plusWeeks(10), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(onUnit), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(onUnit), start);
        // an apprenticeship standard in its last three months is there
        UUID onStandard = people.inLearning(enrolment, "ST0116", LocalDate.now(clock).minusMonths(16));

        PageClient.Page dashboard = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD)
                .get("/gateway");
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("/apprenticeships/" + onStandard + "/gateway")
                .doesNotContain(onUnit.toString());
    }

    @Test
    void a_foundation_apprenticeship_achieved_in_2025_to_2026_is_left_out_of_the_achievement_rate() {
        String foundation = standard("FoundationApprenticeship", 2, null);
        // an 8-month foundation apprenticeship from 4 August 2025, achieved on 1 May 2026
        LocalDate start = LocalDate.of(2025, 8, 4);
        UUID fa = enrolment.record(NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                foundation, people.tutor, start, start.plusDays(245), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(fa), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(fa), start);
        enrolment.gateway(new ApprenticeshipId(fa), start.plusDays(245));
        enrolment.endPointAssessment(new ApprenticeshipId(fa), start.plusDays(250));
        enrolment.complete(new ApprenticeshipId(fa), LocalDate.of(2026, 5, 1), "Passed");
        // an apprenticeship standard achieved in the same year, on the same caseload: counted
        LocalDate earlier = LocalDate.of(2024, 9, 2);
        UUID standard = people.inLearning(enrolment, "ST0116", earlier);
        enrolment.gateway(new ApprenticeshipId(standard), earlier.plusMonths(18));
        enrolment.endPointAssessment(new ApprenticeshipId(standard), earlier.plusMonths(18).plusDays(10));
        enrolment.complete(new ApprenticeshipId(standard), LocalDate.of(2026, 4, 1), "Passed");

        Api head = Api.at(port).signedInAs(DemoAccounts.HEAD.email(), DemoAccounts.PASSWORD);
        waypoint.reporting.FiguresRecalculated.by(head);
        Api.Response drill = head.get("/api/v1/accountability/apprentices?indicator=achievement&year=2025&by=tutor"
                + "&group=" + people.tutor);
        assertThat(drill.status()).as(drill.body()).isEqualTo(200);
        List<String> listed = new ArrayList<>();
        drill.json().get("items").forEach(item -> listed.add(item.get("apprenticeshipId").asString()));
        assertThat(listed).containsExactly(standard.toString());
        assertThat(drill.json().get("figure").get("denominator").asLong()).isEqualTo(1);
    }

    @Test
    void the_demo_tutor_has_a_foundation_apprentice_and_an_apprenticeship_unit_learner() {
        Api tutor = Api.at(port).signedInAs(DemoAccounts.TUTOR.email(), DemoAccounts.PASSWORD);
        for (String standard : List.of("ST9901", "ST9902")) {
            Api.Response list = tutor.get("/api/v1/apprenticeships?standard=" + standard);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            assertThat(list.body()).as(standard).contains(standard.equals("ST9901") ? "Freya Foundation" : "Umar Unit");
        }
    }
}
