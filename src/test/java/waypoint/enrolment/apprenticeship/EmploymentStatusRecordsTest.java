package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import waypoint.demo.DemoAccounts;
import waypoint.enrolment.EmploymentLists.EmpStat;
import waypoint.enrolment.EmploymentLists.LengthOfEmployment;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.EmploymentStatus;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.Api;
import waypoint.support.WaypointTest;

/**
 * The apprentice's employment status records for the ILR: entered by the staff who manage the apprenticeship, the
 * employer always the apprenticeship's own, and a change of employer adding a record dated from the change.
 */
@WaypointTest
class EmploymentStatusRecordsTest {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipService service;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    java.time.Clock clock;

    TestApprenticeships people;
    CurrentUser admin;
    UUID id;

    @BeforeEach
    void anApprenticeship() {
        people = new TestApprenticeships(organisation, accounts);
        var account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        admin = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
        id = service.create(admin, people.newFor(people.learner()));
    }

    @Test
    void in_paid_employment_names_the_apprenticeships_employer_and_needs_the_length_of_employment() {
        assertThatThrownBy(() -> lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(
                LocalDate.of(2025, 8, 1), EmpStat.IN_PAID_EMPLOYMENT, null, null)))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("Select how long they have been employed");
        var records = lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(LocalDate.of(2025, 8, 1),
                EmpStat.IN_PAID_EMPLOYMENT, LengthOfEmployment.FOUR_TO_6_MONTHS, null));
        assertThat(records).containsExactly(new EmploymentStatus(LocalDate.of(2025, 8, 1),
                EmpStat.IN_PAID_EMPLOYMENT, people.employer, LengthOfEmployment.FOUR_TO_6_MONTHS, null));
    }

    @Test
    void a_change_of_employer_adds_an_employment_record_dated_from_the_change() {
        lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(LocalDate.of(2025, 8, 1),
                EmpStat.IN_PAID_EMPLOYMENT, LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(admin, id, LocalDate.of(2025, 9, 1));
        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        LocalDate moved = LocalDate.now(clock).minusDays(1);
        lifecycle.changeEmployer(admin, id, newJob.employer, newJob.lineManager, moved, "Took a new job", null);

        assertThat(lifecycle.employment(admin, id)).containsExactly(
                new EmploymentStatus(LocalDate.of(2025, 8, 1), EmpStat.IN_PAID_EMPLOYMENT, people.employer,
                        LengthOfEmployment.MORE_THAN_12_MONTHS, null),
                new EmploymentStatus(moved, EmpStat.IN_PAID_EMPLOYMENT, newJob.employer,
                        LengthOfEmployment.UP_TO_3_MONTHS, null));
    }

    @Test
    void the_api_records_and_reads_them_for_staff_who_manage_the_apprenticeship_and_refuses_others() {
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        Api.Response saved = tutor.post("/api/v1/apprenticeships/" + id + "/employment-statuses",
                "{\"appliesFrom\":\"2025-08-01\",\"status\":\"IN_PAID_EMPLOYMENT\","
                        + "\"lengthOfEmployment\":\"UP_TO_3_MONTHS\",\"benefits\":\"UNIVERSAL_CREDIT\"}");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get(0).get("employerId").asString()).isEqualTo(people.employer.toString());

        Api.Response bad = tutor.post("/api/v1/apprenticeships/" + id + "/employment-statuses",
                "{\"appliesFrom\":\"not a date\",\"status\":\"NOT_EMPLOYED_LOOKING\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Enter a real date");

        Api manager = Api.at(port).signedInAs(people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(manager.get("/api/v1/apprenticeships/" + id + "/employment-statuses").status()).isEqualTo(200);
        assertThat(manager.post("/api/v1/apprenticeships/" + id + "/employment-statuses",
                "{\"appliesFrom\":\"2025-08-01\",\"status\":\"NOT_KNOWN\"}").status()).isEqualTo(403);
    }
}
