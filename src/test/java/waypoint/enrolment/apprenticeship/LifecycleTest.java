package waypoint.enrolment.apprenticeship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.demo.DemoAccounts;
import waypoint.enrolment.ApprenticeshipStatus;
import waypoint.enrolment.Apprenticeships;
import waypoint.enrolment.NewApprenticeship;
import waypoint.enrolment.TestApprenticeships;
import waypoint.enrolment.WithdrawalReason;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.BreakRequest;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipQueries;
import waypoint.enrolment.internal.apprenticeship.ApprenticeshipService;
import waypoint.enrolment.internal.apprenticeship.TransitionRefusedException;
import waypoint.identity.CurrentUser;
import waypoint.identity.UserAccounts;
import waypoint.organisation.OrganisationImport;
import waypoint.shared.web.FieldValidationException;
import waypoint.support.WaypointTest;

/** Breaks, returns, withdrawals and changes of employer, with their guards and their timeline. */
@WaypointTest
class LifecycleTest {

    @Autowired
    OrganisationImport organisation;
    @Autowired
    UserAccounts accounts;
    @Autowired
    ApprenticeshipService service;
    @Autowired
    ApprenticeshipLifecycle lifecycle;
    @Autowired
    ApprenticeshipQueries queries;
    @Autowired
    Apprenticeships apprenticeships;
    @Autowired
    java.time.Clock clock;

    TestApprenticeships people;
    CurrentUser admin;
    ApprenticeshipId id;

    static final LocalDate START = LocalDate.of(2025, 9, 1);

    @BeforeEach
    void anApprenticeInLearning() {
        people = new TestApprenticeships(organisation, accounts);
        var account = accounts.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
        admin = new CurrentUser(account.id(), account.email(), account.displayName(), account.roles());
        id = service.create(admin, people.newFor(people.learner()));
        lifecycle.recordEmploymentStatus(id, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(START.minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(admin, id, START);
    }

    BreakRequest breakFrom(LocalDate from, LocalDate expectedReturn) {
        return new BreakRequest(from, expectedReturn, true, false, "Long-term illness", null);
    }

    @Test
    void returning_from_a_break_moves_the_planned_end_by_the_length_of_the_break() {
        lifecycle.takeBreak(admin, id, breakFrom(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 1)));
        var back = lifecycle.returnFromBreak(admin, id, LocalDate.of(2026, 5, 4), "Well again", null);

        // 2 February to 4 May 2026 is 91 days; the planned end was 1 March 2027
        assertThat(back.plannedEndDate()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(back.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
        assertThat(apprenticeships.breaksOf(id)).singleElement().satisfies(b -> {
            assertThat(b.startDate()).isEqualTo(LocalDate.of(2026, 2, 2));
            assertThat(b.endDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        });
        assertThat(queries.view(admin, id).timeline()).extracting(e -> e.title()).containsExactly(
                "Apprenticeship recorded", "Started learning", "Break in learning",
                "Returned from a break in learning");
    }

    @Test
    void a_return_within_4_weeks_is_not_recorded_as_a_break_and_moves_nothing() {
        LocalDate plannedEnd = apprenticeships.find(id).orElseThrow().plannedEndDate();
        lifecycle.takeBreak(admin, id, breakFrom(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 1)));

        // back after 28 days, within the 4 weeks
        var back = lifecycle.returnFromBreak(admin, id, LocalDate.of(2026, 3, 2), "Recovered early", null);

        assertThat(back.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
        assertThat(back.plannedEndDate()).isEqualTo(plannedEnd);
        assertThat(apprenticeships.breaksOf(id)).isEmpty();
    }

    @Test
    void a_break_needs_the_employers_agreement_and_a_return_more_than_4_weeks_away() {
        assertThatThrownBy(() -> lifecycle.takeBreak(admin, id,
                new BreakRequest(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 16), false, false, "Illness", null)))
                .isInstanceOfSatisfying(FieldValidationException.class, wrong -> assertThat(wrong.errors())
                        .containsKeys("employerAgreed", "expectedReturnDate"));
    }

    @Test
    void a_break_is_not_for_an_absence_of_4_weeks_or_less() {
        assertThatThrownBy(() -> lifecycle.takeBreak(admin, id,
                breakFrom(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 2))))
                .isInstanceOfSatisfying(FieldValidationException.class, wrong -> assertThat(
                        wrong.errors().get("expectedReturnDate")).contains("4 weeks or less"));
        var justOver = lifecycle.takeBreak(admin, id, breakFrom(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 3, 3)));
        assertThat(justOver.status()).isEqualTo(ApprenticeshipStatus.BREAK_IN_LEARNING);
    }

    @Test
    void a_withdrawal_records_the_ilr_reason_and_ends_the_apprenticeship() {
        var withdrawn = lifecycle.withdraw(admin, id, LocalDate.of(2026, 1, 9),
                WithdrawalReason.OTHER_PERSONAL_REASONS, "Moved abroad", null);

        assertThat(withdrawn.status()).isEqualTo(ApprenticeshipStatus.WITHDRAWN);
        var timeline = queries.view(admin, id).timeline();
        var last = timeline.get(timeline.size() - 1);
        assertThat(last.particulars()).contains("Withdrawal reason: Other personal reasons (ILR code 44)");
        assertThat(last.reason()).isEqualTo("Moved abroad");
        assertThat(queries.view(admin, id).actions()).isEmpty();
        assertThatThrownBy(() -> lifecycle.gateway(admin, id, LocalDate.of(2026, 2, 1), null, null))
                .isInstanceOf(TransitionRefusedException.class);
    }

    @Test
    void gateway_then_end_point_assessment_then_completion() {
        lifecycle.gateway(admin, id, LocalDate.of(2027, 3, 1), null, null);
        lifecycle.endPointAssessment(admin, id, LocalDate.of(2027, 3, 15), null, null);
        var done = lifecycle.complete(admin, id, LocalDate.of(2027, 5, 20), "Passed with merit", null);

        assertThat(done.status()).isEqualTo(ApprenticeshipStatus.COMPLETED);
    }

    @Test
    void a_break_in_employment_over_12_weeks_without_a_new_employer_prompts_withdrawal() {
        LocalDate longAgo = LocalDate.now(clock).minusWeeks(13);
        NewApprenticeship earlier = NewApprenticeship.of(people.learner(), people.employer, people.lineManager,
                "ST0116", people.tutor, longAgo.minusMonths(6), longAgo.plusMonths(12), new java.math.BigDecimal("37.5"));
        ApprenticeshipId other = service.create(admin, earlier);
        lifecycle.recordEmploymentStatus(other, new waypoint.enrolment.internal.apprenticeship.ApprenticeshipLifecycle.EmploymentRequest(earlier.startDate().minusYears(1), waypoint.enrolment.EmploymentLists.EmpStat.IN_PAID_EMPLOYMENT, waypoint.enrolment.EmploymentLists.LengthOfEmployment.MORE_THAN_12_MONTHS, null));
        lifecycle.start(admin, other, earlier.startDate());
        lifecycle.takeBreak(admin, other, new BreakRequest(longAgo, longAgo.plusMonths(3), false, true,
                "Made redundant", null));

        assertThat(queries.view(admin, other).withdrawalPrompt()).hasValueSatisfying(prompt -> assertThat(prompt)
                .contains("must be withdrawn"));

        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        lifecycle.changeEmployer(admin, other, newJob.employer, newJob.lineManager, LocalDate.now(clock).minusDays(1),
                "Taken on by a new employer", null);
        assertThat(queries.view(admin, other).withdrawalPrompt()).isEmpty();
        assertThat(apprenticeships.find(other).orElseThrow().employerId())
                .isEqualTo(newJob.employer);
    }

    @Test
    void a_new_line_manager_at_the_same_employer_keeps_the_status_and_goes_on_the_timeline() {
        UUID nia = organisation.contact(people.employer, new waypoint.organisation.ContactDetails("Nia Newton",
                "nia-" + TestApprenticeships.unique() + "@example.test", null));

        var changed = lifecycle.changeLineManager(admin, id, nia, LocalDate.of(2026, 1, 5), null, null);

        assertThat(changed.status()).isEqualTo(ApprenticeshipStatus.IN_LEARNING);
        assertThat(changed.lineManagerId()).isEqualTo(nia);
        assertThat(changed.employerId()).isEqualTo(people.employer);
        assertThat(queries.view(admin, id).timeline()).extracting(e -> e.title()).containsExactly(
                "Apprenticeship recorded", "Started learning", "Changed line manager");
    }

    @Test
    void a_line_manager_is_not_named_before_the_start_nor_ahead_of_the_day_nor_after_the_end() {
        UUID nia = organisation.contact(people.employer, new waypoint.organisation.ContactDetails("Nia Newton",
                "nia-" + TestApprenticeships.unique() + "@example.test", null));

        assertThatThrownBy(() -> lifecycle.changeLineManager(admin, id, nia, START.minusDays(1), null, null))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        refused -> assertThat(refused.errors()).containsKey("effectiveDate"));
        assertThatThrownBy(() -> lifecycle.changeLineManager(admin, id, nia, LocalDate.now(clock).plusDays(1), null,
                null)).isInstanceOfSatisfying(FieldValidationException.class,
                        refused -> assertThat(refused.errors()).containsKey("effectiveDate"));

        lifecycle.withdraw(admin, id, LocalDate.of(2026, 1, 5), WithdrawalReason.OTHER_PERSONAL_REASONS, "Moved away",
                null);
        assertThatThrownBy(() -> lifecycle.changeLineManager(admin, id, nia, LocalDate.of(2026, 1, 6), null, null))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(apprenticeships.find(id).orElseThrow().lineManagerId()).isEqualTo(people.lineManager);
    }

    @Test
    void a_line_manager_from_another_employer_is_refused_on_a_change_of_employer() {
        TestApprenticeships newJob = new TestApprenticeships(organisation, accounts);
        assertThatThrownBy(() -> lifecycle.changeEmployer(admin, id, newJob.employer, people.lineManager,
                LocalDate.of(2026, 1, 5), "New job", null)).isInstanceOfSatisfying(FieldValidationException.class,
                wrong -> assertThat(wrong.errors()).containsKey("lineManagerId"));
    }
}
