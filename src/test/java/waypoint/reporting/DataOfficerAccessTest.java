package waypoint.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
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
import waypoint.organisation.IlrDetails;
import waypoint.organisation.IlrLists;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.support.Api;
import waypoint.support.PageClient;
import waypoint.support.WaypointTest;

/**
 * The data officer (docs/domain/ilr.md, "Who prepares the return") reads every learner, apprenticeship and employer
 * as the return needs them and puts right the ILR's own facts (the learner's ILR details, employment status, the
 * employer reference number); not the declarations, the lifecycle, the employer's other details, nor safeguarding.
 */
@WaypointTest
class DataOfficerAccessTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipImport enrolment;

    TestApprenticeships people;
    LearnerId learner;
    UUID apprenticeship;

    @BeforeEach
    void anApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        learner = people.learner();
        // declared, so the 2025-26 return stays valid against its schema for the tests that export it
        organisation.learnerIlrFacts(learner, IlrLists.IlrSex.F, 31, false,
                new IlrDetails(IlrLists.PriorLevel.FULL_LEVEL_2, "LS2 9JT", Set.of(), null, Set.of()));
        LocalDate start = LocalDate.of(2025, 9, 1);
        apprenticeship = enrolment.record(NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0116",
                people.tutor, start, start.plusMonths(18), new BigDecimal("37.5"))).value();
        enrolment.employed(new ApprenticeshipId(apprenticeship), start.minusYears(1),
                EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS);
        enrolment.start(new ApprenticeshipId(apprenticeship), start);
    }

    @Test
    void the_data_officer_reads_the_records_and_changes_the_learners_ilr_details_but_not_the_declarations() {
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        assertThat(pages.get("/learners").status()).isEqualTo(200);
        assertThat(pages.get("/learners/" + learner).status()).isEqualTo(200);
        assertThat(pages.get("/learners/" + learner + "/ilr").status()).isEqualTo(200);
        assertThat(pages.get("/learners/" + learner + "/ilr/edit").status()).isEqualTo(200);
        assertThat(pages.get("/learners/" + learner + "/declarations").status()).isEqualTo(403);
        assertThat(pages.get("/apprenticeships/" + apprenticeship).status()).isEqualTo(200);
        assertThat(pages.get("/employers/" + people.employer).status()).isEqualTo(200);
        assertThat(pages.get("/concerns").status()).isEqualTo(403);

        Api api = Api.at(port).signedInAs(DemoAccounts.DATA_OFFICER.email(), DemoAccounts.PASSWORD);
        Api.Response changed = api.put("/api/v1/learners/" + learner + "/ilr",
                "{\"priorAttainment\":\"FULL_LEVEL_2\",\"postcodePrior\":\"LS2 9JT\"}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/learners/" + learner + "/declarations").status()).isEqualTo(403);
    }

    @Test
    void the_data_officer_records_employment_status_but_does_not_move_the_apprenticeship_through_its_lifecycle() {
        Api api = Api.at(port).signedInAs(DemoAccounts.DATA_OFFICER.email(), DemoAccounts.PASSWORD);
        Api.Response saved = api.post("/api/v1/apprenticeships/" + apprenticeship + "/employment-statuses",
                "{\"appliesFrom\":\"2026-01-05\",\"status\":\"IN_PAID_EMPLOYMENT\","
                        + "\"lengthOfEmployment\":\"MORE_THAN_12_MONTHS\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        Api.Response withdrawn = api.post("/api/v1/apprenticeships/" + apprenticeship + "/withdraw",
                "{\"effectiveDate\":\"2026-02-02\",\"withdrawalReason\":\"OTHER_PERSONAL_REASONS\",\"reason\":\"Left\"}");
        assertThat(withdrawn.status()).isEqualTo(403);

        PageClient pages = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        assertThat(pages.get("/apprenticeships/" + apprenticeship).body())
                .contains("/apprenticeships/" + apprenticeship + "/employment-status");
        PageClient.Page form = pages.get("/apprenticeships/" + apprenticeship + "/employment-status");
        assertThat(form.status()).isEqualTo(200);
        assertThat(pages.post("/apprenticeships/" + apprenticeship + "/employment-status", form, Map.of(
                "appliesFrom", "1/3/2026", "status", "IN_PAID_EMPLOYMENT", "lengthOfEmployment", "SEVEN_TO_12_MONTHS"))
                .status()).isEqualTo(302);
    }

    @Test
    void the_data_officer_records_the_employer_reference_number_alone_and_others_may_not() {
        PageClient pages = PageClient.signedInAs(port, DemoAccounts.DATA_OFFICER);
        String page = "/employers/" + people.employer + "/reference-number";
        PageClient.Page form = pages.get(page);
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page wrong = pages.post(page, form, Map.of("employerReferenceNumber", "100000003"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("govuk-error-summary").contains("Enter a valid employer reference number");
        assertThat(pages.post(page, form, Map.of("employerReferenceNumber", "100000002")).status()).isEqualTo(302);
        assertThat(pages.get("/employers/" + people.employer).text()).contains("100000002");
        assertThat(pages.get("/employers/" + people.employer + "/edit").status()).isEqualTo(403);

        assertThat(PageClient.signedInAs(port, DemoAccounts.TUTOR).get(page).status()).isEqualTo(403);
        assertThat(PageClient.signedInAs(port, DemoAccounts.QUALITY).get(page).status()).isEqualTo(403);
    }
}
