package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.enrolment.ApprenticeshipAccess;
import waypoint.enrolment.ApprenticeshipScope;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.identity.Role;
import waypoint.organisation.LearnerId;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;
import waypoint.organisation.EmployerId;
import waypoint.organisation.StaffMemberId;
import waypoint.shared.money.Money;

/** Recording an apprenticeship: checked against the rule pack of its start date, and then started. */
@WaypointTest
class RecordingAnApprenticeshipTest {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    ApprenticeshipService service;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    ApprenticeshipAccess access;
    @Autowired
    java.time.Clock clock;

    TestApprenticeships people;
    CurrentUser admin = new CurrentUser(UUID.randomUUID(), "admin-x@example.test", "Admin", Set.of(Role.ADMINISTRATOR));

    @BeforeEach
    void setUp() {
        people = new TestApprenticeships(organisation, accounts);
    }

    @Test
    void a_new_apprenticeship_begins_in_onboarding_with_its_standard_version() {
        LearnerId learner = people.learner();
        ApprenticeshipId id = service.create(admin, people.newFor(learner));

        var summary = apprenticeships.find(id).orElseThrow();
        assertThat(summary.status()).isEqualTo(ApprenticeshipStatus.ONBOARDING);
        assertThat(summary.standardReference()).isEqualTo("ST0116");
        assertThat(summary.standardTitle()).isNotBlank();
        assertThat(summary.learnerId()).isEqualTo(learner);
        assertThat(summary.migrated()).isFalse();
        assertThat(apprenticeships.ofLearner(learner)).extracting(s -> s.id())
                .containsExactly(id);
    }

    @Test
    void a_planned_end_under_the_minimum_duration_is_a_field_error_naming_the_minimum() {
        NewApprenticeship tooShort = NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                "ST0116", people.tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 3, 1),
                new java.math.BigDecimal("37.5"));

        assertThatThrownBy(() -> service.create(admin, tooShort)).isInstanceOfSatisfying(
                FieldValidationException.class, wrong -> assertThat(wrong.errors().get("plannedEndDate"))
                        .contains("at least 242 days").contains("minimum duration").contains("1 May 2026"));
    }

    @Test
    void a_planned_end_before_the_start_is_a_field_error() {
        NewApprenticeship backwards = NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                "ST0116", people.tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 8, 1),
                new java.math.BigDecimal("37.5"));

        assertThatThrownBy(() -> service.create(admin, backwards)).isInstanceOfSatisfying(
                FieldValidationException.class, wrong -> assertThat(wrong.errors()).containsEntry("plannedEndDate",
                        "The planned end date must be after the start date"));
    }

    @Test
    void unknown_people_and_standards_are_named_all_at_once() {
        NewApprenticeship nonsense = NewApprenticeship.of(new LearnerId(UUID.randomUUID()),
                new EmployerId(UUID.randomUUID()), null,
                "ST9999", new StaffMemberId(UUID.randomUUID()), null, null, null);

        assertThatThrownBy(() -> service.create(admin, nonsense)).isInstanceOfSatisfying(
                FieldValidationException.class, wrong -> assertThat(wrong.errors().keySet()).contains("learnerId",
                        "employerId", "standardReference", "tutorId", "startDate", "plannedEndDate", "weeklyHours"));
    }

    @Test
    void the_same_request_twice_records_one_apprenticeship() {
        LearnerId learner = people.learner();
        NewApprenticeship details = people.newFor(learner).withRequestKey("key-" + TestApprenticeships.unique());

        ApprenticeshipId first = service.create(admin, details);
        ApprenticeshipId second = service.create(admin, details);

        assertThat(second).isEqualTo(first);
        assertThat(apprenticeships.ofLearner(learner)).hasSize(1);
    }

    @Test
    void starting_moves_onboarding_to_in_learning() {
        ApprenticeshipId id = service.create(admin, people.newFor(people.learner()));

        lifecycle.recordEmploymentStatus(id, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(LocalDate.of(2025, 9, 1).minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        var started = lifecycle.start(admin, id, LocalDate.of(2025, 9, 1));

        assertThat(started.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
    }

    @Test
    void starting_confirms_the_actual_start_date_and_the_planned_end_moves_with_it() {
        ApprenticeshipId id = service.create(admin, people.newFor(people.learner()));

        lifecycle.recordEmploymentStatus(id, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(LocalDate.of(2025, 9, 15).minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        var started = lifecycle.start(admin, id, LocalDate.of(2025, 9, 15));

        assertThat(started.startDate()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(started.plannedEndDate()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void an_apprenticeship_cannot_be_started_on_a_day_still_to_come() {
        ApprenticeshipId id = service.create(admin, people.newFor(people.learner()));

        assertThatThrownBy(() -> lifecycle.start(admin, id, LocalDate.now(clock).plusDays(2)))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        wrong -> assertThat(wrong.errors()).containsKey("startDate"));
        assertThat(apprenticeships.find(id).orElseThrow().status())
                .isEqualTo(ApprenticeshipStatus.ONBOARDING);
    }

    @Test
    void a_retired_standard_version_cannot_be_chosen_for_a_new_start() {
        NewApprenticeship onRetired = NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                "ST0148", people.tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1),
                new java.math.BigDecimal("37.5"));

        assertThatThrownBy(() -> service.create(admin, onRetired)).isInstanceOfSatisfying(
                FieldValidationException.class, wrong -> assertThat(wrong.errors().get("standardReference"))
                        .contains("ST0148").contains("retired").contains("cannot start on it"));
        assertThat(service.standardChoices(false)).extracting(s -> s.referenceNumber()).doesNotContain("ST0148")
                .contains("ST0116");
    }

    @Test
    void an_apprenticeship_already_under_way_on_a_retired_version_can_still_be_brought_in() {
        LearnerId learner = people.learner();
        NewApprenticeship underWay = NewApprenticeship.of(learner, people.employer, people.lineManager, "ST0148",
                people.tutor, LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), new java.math.BigDecimal("37.5"))
                .migrated(new NewApprenticeship.Migration(ApprenticeshipStatus.IN_LEARNING, LocalDate.of(2025, 9, 1),
                        null, null));

        ApprenticeshipId id = service.create(admin, underWay);

        assertThat(apprenticeships.find(id).orElseThrow().standardReference())
                .isEqualTo("ST0148");
        assertThat(service.standardChoices(true)).extracting(s -> s.referenceNumber()).contains("ST0148");
    }

    /** On ST1379, whose funding band maximum is £5,000, at this training and end-point assessment price. */
    private NewApprenticeship pricedAt(String training, String epa) {
        return new NewApprenticeship(people.learner(), people.employer, people.lineManager, "ST1379", null,
                people.tutor, java.util.List.of(), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 3, 1), null,
                new java.math.BigDecimal("37.5"), null, null, Set.of(), null, Money.pounds(training),
                Money.pounds(epa), null, null, null);
    }

    @Test
    void a_price_above_the_funding_band_maximum_is_accepted_with_a_warning_that_the_employer_pays_the_excess() {
        NewApprenticeship priced = pricedAt("5800", "700");

        var figures = service.check(priced);
        ApprenticeshipId id = service.create(admin, priced);

        assertThat(figures.warnings()).singleElement().asString().contains("£6,500").contains("£1,500 above")
                .contains("funding band maximum of £5,000").contains("the employer pays the £1,500");
        assertThat(apprenticeships.find(id)).isPresent();
    }

    @Test
    void a_price_within_the_funding_band_has_no_warning() {
        assertThat(service.check(pricedAt("4500", "500")).warnings()).isEmpty();
    }

    @Test
    void the_tutor_sees_and_manages_it_and_an_unrelated_tutor_does_not() {
        ApprenticeshipId id = service.create(admin, people.newFor(people.learner()));
        CurrentUser tutor = userOf(people.tutorEmail, Role.TUTOR);
        TestApprenticeships others = new TestApprenticeships(organisation, accounts);
        CurrentUser otherTutor = userOf(others.tutorEmail, Role.TUTOR);

        assertThat(access.canView(tutor, id)).isTrue();
        assertThat(access.canManage(tutor, id)).isTrue();
        assertThat(access.scopeOf(tutor).kind()).isEqualTo(ApprenticeshipScope.Kind.STAFF);
        assertThat(access.canView(otherTutor, id)).isFalse();
        assertThat(access.canManage(otherTutor, id)).isFalse();
    }

    @Autowired
    UserAccounts accounts;

    private CurrentUser userOf(String email, Role role) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
    }
}
