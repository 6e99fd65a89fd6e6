package waypoint.epa;

import static org.assertj.core.api.Assertions.assertThat;
import static waypoint.epa.ReformedStandards.KNOWLEDGE_TEST;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.catalogue.Standards;
import waypoint.catalogue.internal.ReformedPlanEditor;
import waypoint.catalogue.internal.StandardEditor;
import waypoint.catalogue.internal.StandardImporter;
import waypoint.catalogue.internal.StandardQueries;
import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipImport;
import waypoint.epa.internal.GatewayChecklist;
import waypoint.epa.internal.ReadinessDashboard;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import tools.jackson.databind.JsonNode;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.TestClock;
import waypoint.support.WaypointTest;

/**
 * The gateway readiness dashboard (docs/domain/gateway-and-epa.md) shows, for an apprentice on a reformed assessment
 * plan (docs/domain/assessment-reform.md), the components taken during the programme as the apprentice's gateway page
 * does: one whose knowledge test failed with an attempt left is not ready, one who passed it is.
 */
@WaypointTest
class ReadinessDashboardOnReformedPlansTest {

    @Autowired
    TestClock clock;

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts accounts;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipImport apprenticeships;
    @Autowired
    EpaImport epa;
    @Autowired
    StandardImporter importer;
    @Autowired
    StandardEditor editor;
    @Autowired
    StandardQueries queries;
    @Autowired
    ReformedPlanEditor reform;
    @Autowired
    Standards standards;
    @Autowired
    ReadinessDashboard dashboard;

    @Test
    void an_apprentice_whose_on_programme_component_is_not_passed_is_not_ready_and_one_who_passed_it_is() {
        String reference = ReformedStandards.create(importer, editor, queries, reform, standards, true);
        LocalDate today = LocalDate.now(clock);
        // both within the last three months of the practical period, every other checklist item confirmed or waived
        EpaPeople resitting = new EpaPeople(accounts, organisation, apprenticeships, 500, reference);
        resitting.passGatewayByImportExceptTheMeeting(epa);
        epa.componentAttempt(new ApprenticeshipId(resitting.apprenticeship), KNOWLEDGE_TEST, "Fail",
                today.minusDays(30), "Pat Marker");
        EpaPeople passed = new EpaPeople(accounts, organisation, apprenticeships, 500, reference);
        passed.passGatewayByImportExceptTheMeeting(epa);
        epa.componentAttempt(new ApprenticeshipId(passed.apprenticeship), KNOWLEDGE_TEST, "Pass", today.minusDays(30),
                "Pat Marker");

        ReadinessDashboard.ReadinessLine notReady = dashboard.readiness(resitting.tutor, 0).items().get(0);
        assertThat(notReady.apprenticeship().id().value()).isEqualTo(resitting.apprenticeship);
        assertThat(notReady.missing()).extracting(GatewayChecklist.Item::key)
                .containsExactly(GatewayChecklist.ON_PROGRAMME);
        assertThat(notReady.onProgrammeWords()).contains(KNOWLEDGE_TEST
                + ": failed: another attempt is allowed (1 of 2 attempts left)");
        ReadinessDashboard.ReadinessLine ready = dashboard.readiness(passed.tutor, 0).items().get(0);
        assertThat(ready.missing()).isEmpty();
        assertThat(ready.onProgrammeWords()).contains(KNOWLEDGE_TEST + ": Pass, its final grade");

        // the page says the same as the apprentice's own gateway page
        PageClient resittingTutor = PageClient.signedInAs(port, resitting.tutor.email(), EpaPeople.PASSWORD);
        String page = resittingTutor.get("/gateway").text();
        assertThat(page).contains("Components taken during the programme", "Not finished",
                KNOWLEDGE_TEST + ": failed: another attempt is allowed (1 of 2 attempts left)",
                "Every assessment component taken during the programme has its final grade")
                .doesNotContain("Ready for the gateway meeting");
        assertThat(resittingTutor.get("/apprenticeships/" + resitting.apprenticeship + "/gateway").text())
                .contains("1 of 2 attempts left");
        String readyPage = PageClient.signedInAs(port, passed.tutor.email(), EpaPeople.PASSWORD).get("/gateway").text();
        assertThat(readyPage).contains("Final grades given", KNOWLEDGE_TEST + ": Pass, its final grade",
                "Ready for the gateway meeting");

        // and the API's dashboard
        JsonNode row = Api.at(port).signedInAs(resitting.tutor.email(), EpaPeople.PASSWORD).get("/api/v1/epa/readiness")
                .json().get("items").get(0);
        assertThat(row.get("onProgrammeComponents").asString()).isEqualTo(KNOWLEDGE_TEST
                + ": failed: another attempt is allowed (1 of 2 attempts left)");
        assertThat(row.get("missing").get(0).asString()).startsWith("Every assessment component taken during the"
                + " programme has its final grade");
        assertThat(Api.at(port).signedInAs(resitting.learner.email(), EpaPeople.PASSWORD).get("/api/v1/epa/readiness")
                .status()).as("the dashboard is for staff").isEqualTo(403);
    }
}
