package waypoint.admissions.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import waypoint.enrolment.ApprenticeshipId;

/**
 * The triage of enquiries and applications and the cohort's capacity, driven through the aggregates: every move
 * the table allows, every one it refuses, the guards beyond it, and its diagram in docs/workflows.
 */
class TriageTableTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID COURSE = UUID.randomUUID();

    static Stream<Arguments> allowed() {
        return Stream.of(
                Arguments.of(AdmissionState.NEW, TriageAction.CONTACT, AdmissionState.CONTACTED),
                Arguments.of(AdmissionState.NEW, TriageAction.FIND_ELIGIBLE, AdmissionState.ELIGIBLE),
                Arguments.of(AdmissionState.CONTACTED, TriageAction.FIND_ELIGIBLE, AdmissionState.ELIGIBLE),
                Arguments.of(AdmissionState.NEW, TriageAction.FIND_NOT_ELIGIBLE, AdmissionState.NOT_ELIGIBLE),
                Arguments.of(AdmissionState.CONTACTED, TriageAction.FIND_NOT_ELIGIBLE, AdmissionState.NOT_ELIGIBLE),
                Arguments.of(AdmissionState.ELIGIBLE, TriageAction.FIND_NOT_ELIGIBLE, AdmissionState.NOT_ELIGIBLE),
                Arguments.of(AdmissionState.NEW, TriageAction.WITHDRAW, AdmissionState.WITHDRAWN),
                Arguments.of(AdmissionState.CONTACTED, TriageAction.WITHDRAW, AdmissionState.WITHDRAWN),
                Arguments.of(AdmissionState.ELIGIBLE, TriageAction.WITHDRAW, AdmissionState.WITHDRAWN),
                Arguments.of(AdmissionState.NOT_ELIGIBLE, TriageAction.REOPEN, AdmissionState.CONTACTED),
                Arguments.of(AdmissionState.WITHDRAWN, TriageAction.REOPEN, AdmissionState.CONTACTED),
                Arguments.of(AdmissionState.ELIGIBLE, TriageAction.ACCEPT, AdmissionState.ACCEPTED));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("allowed")
    void the_table_allows(AdmissionState from, TriageAction action, AdmissionState to) {
        assertThat(TriageTable.TABLE.next(from, action)).contains(to);
    }

    static Stream<Arguments> refused() {
        List<Arguments> refused = new ArrayList<>();
        for (AdmissionState from : AdmissionState.values()) {
            for (TriageAction action : TriageAction.values()) {
                if (allowed().noneMatch(a -> a.get()[0] == from && a.get()[1] == action)) {
                    refused.add(Arguments.of(from, action));
                }
            }
        }
        return refused.stream();
    }

    @ParameterizedTest(name = "{0} cannot {1}")
    @MethodSource("refused")
    void the_table_refuses_everything_else(AdmissionState from, TriageAction action) {
        assertThat(TriageTable.TABLE.allows(from, action)).isFalse();
    }

    @Test
    void the_table_holds_exactly_the_allowed_moves() {
        assertThat(TriageTable.TABLE.moves()).hasSize((int) allowed().count());
    }

    @Test
    void an_accepted_application_allows_nothing_more() {
        assertThat(TriageTable.TABLE.actionsFrom(AdmissionState.ACCEPTED)).isEmpty();
    }

    @Test
    void a_step_the_table_refuses_is_refused_by_the_aggregate_with_the_state_in_words() {
        Admission enquiry = enquiry();
        enquiry.withdraw("Moved away", NOW);

        assertThatThrownBy(() -> enquiry.contact(NOW)).isInstanceOf(AdmissionRefused.class)
                .hasMessageContaining("withdrawn");
        assertThat(enquiry.state()).isEqualTo(AdmissionState.WITHDRAWN);
    }

    @Test
    void not_eligible_needs_the_reason() {
        Admission enquiry = enquiry();

        assertThatThrownBy(() -> enquiry.findNotEligible(" ", NOW)).isInstanceOf(AdmissionRefused.class)
                .hasMessageContaining("why");
        enquiry.findNotEligible("Not employed", NOW);
        assertThat(enquiry.notEligibleReason()).isEqualTo("Not employed");
    }

    @Test
    void an_enquiry_is_never_accepted_onto_a_cohort() {
        Cohort cohort = cohort(5);
        Admission enquiry = enquiry();
        enquiry.findEligible(NOW);

        assertThatThrownBy(() -> enquiry.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW))
                .isInstanceOf(AdmissionRefused.class).hasMessageContaining("applies for a cohort first");
    }

    @Test
    void an_application_is_accepted_only_when_eligible_and_with_the_employer_s_agreement() {
        Cohort cohort = cohort(5);
        Admission application = application(cohort);

        assertThatThrownBy(() -> application.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW))
                .isInstanceOf(AdmissionRefused.class);
        application.findEligible(NOW);
        assertThatThrownBy(() -> application.accept(cohort, new Admission.EmployerAgreement(" ", null),
                UUID.randomUUID(), anyId(), NOW)).isInstanceOf(AdmissionRefused.class)
                .hasMessageContaining("employer agreed");

        application.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW);

        assertThat(application.state()).isEqualTo(AdmissionState.ACCEPTED);
        assertThat(cohort.placesLeft()).isEqualTo(4);
    }

    @Test
    void a_full_cohort_takes_no_more_and_the_application_stays_eligible() {
        Cohort cohort = cohort(1);
        Admission first = application(cohort);
        first.findEligible(NOW);
        first.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW);
        Admission second = application(cohort);
        second.findEligible(NOW);

        assertThatThrownBy(() -> second.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW))
                .isInstanceOf(AdmissionRefused.class).hasMessageContaining("full");
        assertThat(second.state()).isEqualTo(AdmissionState.ELIGIBLE);
        assertThat(cohort.placesTaken()).isEqualTo(1);
    }

    @Test
    void a_cohort_s_capacity_never_drops_below_the_places_taken() {
        Cohort cohort = cohort(2);
        Admission a = application(cohort);
        a.findEligible(NOW);
        a.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW);
        Admission b = application(cohort);
        b.findEligible(NOW);
        b.accept(cohort, agreement(), UUID.randomUUID(), anyId(), NOW);

        assertThatThrownBy(() -> cohort.replan(cohort.name(), cohort.startDate(), 1, cohort.tutorStaffId(),
                cohort.deliveryPattern(), List.of())).isInstanceOf(AdmissionRefused.class)
                .hasMessageContaining("already has 2 accepted");
        assertThatThrownBy(() -> Cohort.plan(COURSE, "Empty", LocalDate.of(2027, 1, 11), 0, UUID.randomUUID(),
                "Online", List.of())).isInstanceOf(AdmissionRefused.class);
    }

    @Test
    void the_diagram_in_docs_is_drawn_from_the_table() {
        String intro = """
                Drawn from `TriageTable` by `TriageTableTest` (do not edit by hand). Enquiries and applications
                from the public course pages start as new. Guards beyond the table: not eligible needs the reason;
                only an application is accepted, onto the cohort it applied for, with the employer's agreement
                recorded and while the cohort has a place; accepting records the learner and the apprenticeship in
                onboarding (docs/domain/admissions.md).
                """;
        StringBuilder states = new StringBuilder("| State | Words |\n|---|---|\n");
        for (AdmissionState state : AdmissionState.values()) {
            states.append("| ").append(state).append(" | ").append(state.label()).append(" |\n");
        }
        String md = TriageTable.TABLE.diagram(m -> m.action().label())
                .start(AdmissionState.NEW, "Enquiry or application received")
                .end(AdmissionState.ACCEPTED)
                .writeTo(Path.of("docs/workflows/admissions-triage.md"), "Admissions triage", intro,
                        states.toString());
        assertThat(md).contains("ELIGIBLE --> ACCEPTED: Accept onto the cohort");
    }

    private static Admission enquiry() {
        return Admission.enquiry("ENQ-1", COURSE, person(), false, NOW);
    }

    private static Admission application(Cohort cohort) {
        return Admission.application("APP-1", COURSE, cohort.id(), person(), false, NOW);
    }

    private static Cohort cohort(int capacity) {
        return Cohort.plan(COURSE, "January 2027", LocalDate.of(2027, 1, 11), capacity, UUID.randomUUID(),
                "Online every 4 weeks", List.of());
    }

    private static ApprenticeshipId anyId() {
        return new ApprenticeshipId(UUID.randomUUID());
    }

    private static Admission.EmployerAgreement agreement() {
        return new Admission.EmployerAgreement("Morgan Price, line manager", LocalDate.of(2026, 11, 30));
    }

    private static PersonDetails person() {
        return new PersonDetails(PersonDetails.Enquirer.INDIVIDUAL, "Ada", "Lovelace", "ada@example.test", null,
                "Northgate", null, LocalDate.of(1995, 1, 1), "LS1 6DT", null, "Morgan Price",
                "morgan@example.test", null, "GCSE", "GCSE", "Not said");
    }
}
