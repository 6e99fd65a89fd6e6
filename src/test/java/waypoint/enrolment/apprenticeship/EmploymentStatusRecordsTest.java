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
import waypoint.enrolment.ApprenticeshipId;
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
import waypoint.support.PageClient;
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
    ApprenticeshipId id;

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
                EmpStat.IN_PAID_EMPLOYMENT, people.employer.value(), LengthOfEmployment.FOUR_TO_6_MONTHS, null));
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
                new EmploymentStatus(LocalDate.of(2025, 8, 1), EmpStat.IN_PAID_EMPLOYMENT, people.employer.value(),
                        LengthOfEmployment.MORE_THAN_12_MONTHS, null),
                new EmploymentStatus(moved, EmpStat.IN_PAID_EMPLOYMENT, newJob.employer.value(),
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

    @Test
    void a_record_without_its_date_or_status_asks_for_them_on_the_page_and_in_the_api() {
        Api tutor = Api.at(port).signedInAs(people.tutorEmail, TestApprenticeships.PASSWORD);
        Api.Response bad = tutor.post("/api/v1/apprenticeships/" + id + "/employment-statuses", "{}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"appliesFrom\"", "Enter the date the employment status applies from",
                "\"status\"", "Select the employment status");

        PageClient pages = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        PageClient.Page form = pages.get("/apprenticeships/" + id + "/employment-status");
        PageClient.Page refused = pages.post("/apprenticeships/" + id + "/employment-status", form,
                java.util.Map.of("appliesFrom", "31/2/2025", "lengthOfEmployment", "UP_TO_3_MONTHS"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("There is a problem", "Enter a real date, like 1/8/2025",
                "Select the employment status");
        assertThat(refused.body()).contains("value=\"31/2/2025\"").contains("value=\"UP_TO_3_MONTHS\" selected");
        assertThat(lifecycle.employment(admin, id)).isEmpty();
    }

    @Test
    void an_apprenticeship_cannot_start_without_an_employment_status_that_applies_on_the_start_date() {
        LocalDate start = LocalDate.of(2025, 9, 1);
        assertThatThrownBy(() -> lifecycle.start(admin, id, start)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("An employment status record must apply on the start date");
        lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(start.plusDays(1),
                EmpStat.IN_PAID_EMPLOYMENT, LengthOfEmployment.UP_TO_3_MONTHS, null));
        assertThatThrownBy(() -> lifecycle.start(admin, id, start)).as("a record dated after the start is not enough")
                .isInstanceOf(FieldValidationException.class);
        lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(start.minusMonths(1), EmpStat.NOT_KNOWN,
                null, null));
        assertThatThrownBy(() -> lifecycle.start(admin, id, start)).isInstanceOf(FieldValidationException.class)
                .hasMessageContaining("must not be unknown");
        lifecycle.recordEmploymentStatus(admin, id, new EmploymentRequest(start.minusMonths(1),
                EmpStat.IN_PAID_EMPLOYMENT, LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        assertThat(lifecycle.start(admin, id, start).status()).isEqualTo(waypoint.enrolment.ApprenticeshipStatus.IN_LEARNING);
    }

    @Test
    void the_apprenticeship_page_shows_the_missing_employment_status_and_staff_record_it_with_an_error_summary() {
        PageClient tutor = PageClient.signedInAs(port, people.tutorEmail, TestApprenticeships.PASSWORD);
        assertThat(tutor.get("/apprenticeships/" + id).body())
                .contains("ILR facts missing: an employment status that applies on the start date");
        PageClient.Page form = tutor.get("/apprenticeships/" + id + "/employment-status");
        assertThat(form.status()).isEqualTo(200);
        PageClient.Page bad = tutor.post("/apprenticeships/" + id + "/employment-status", form,
                java.util.Map.of("appliesFrom", "1/8/2025", "status", "IN_PAID_EMPLOYMENT"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("govuk-error-summary").contains("Select how long they have been employed");
        PageClient.Page saved = tutor.post("/apprenticeships/" + id + "/employment-status", form, java.util.Map.of(
                "appliesFrom", "1/8/2025", "status", "IN_PAID_EMPLOYMENT", "lengthOfEmployment", "SEVEN_TO_12_MONTHS"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(tutor.get("/apprenticeships/" + id).body()).contains("7 to 12 months")
                .doesNotContain("ILR facts missing: an employment status");

        PageClient manager = PageClient.signedInAs(port, people.lineManagerEmail, TestApprenticeships.PASSWORD);
        assertThat(manager.get("/apprenticeships/" + id + "/employment-status").status()).isEqualTo(403);
    }
}
