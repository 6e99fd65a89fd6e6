package waypoint.epa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import waypoint.enrolment.ApprenticeshipId;
import waypoint.epa.EpaStage;
import waypoint.epa.internal.EpaPolicy.Party;
import waypoint.epa.internal.EpaRecord.Gateway;
import waypoint.shared.audit.RecordChanged;

/**
 * Each step of the EPA record carries the audit event it causes, whatever the route (page, API, import, demo data);
 * a step the record refuses causes none, and an import says so in the audit trail.
 */
class EpaRecordEventsTest {

    static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    static final Instant NOON = Instant.parse("2026-06-01T11:00:00Z");
    static final GatewayChecklist.Item MET = EpaRecordTest.MET;
    static final GatewayChecklist.Item NOT_MET = EpaRecordTest.NOT_MET;

    final UUID id = UUID.randomUUID();

    EpaRecord preparing() {
        return EpaRecord.preparing(new ApprenticeshipId(id));
    }

    EpaRecord atTheGateway() {
        return preparing().holdMeeting(true, DAY, "M", "E", "A", "", "text", List.of(MET)).after();
    }

    Gateway passed(EpaRecord record) {
        return Gateway.of(record, List.of(MET), EpaRecordTest.ALL_SIGNED);
    }

    EpaRecord passedTheAssessment() {
        EpaRecord gateway = atTheGateway();
        EpaRecord booked = gateway.book(passed(gateway), UUID.randomUUID(), "Test", NOON).after();
        return booked.recordResult("Pass", passed(booked), "Test", "Pass", 1, NOON).after();
    }

    @Test
    void a_checklist_confirmation_and_a_waiver_are_recorded_without_changing_the_record() {
        EpaRecord.Change confirmed = preparing().confirmItem("portfolio", "Seen it");
        assertThat(confirmed.save()).isFalse();
        assertThat(confirmed.events()).containsExactly(RecordChanged.created("gateway confirmation", id,
                "portfolio: Seen it"));
        EpaRecord.Change waived = preparing().waiveItem(NOT_MET, "Kept on paper", "Wanda Waiver");
        assertThat(waived.save()).isFalse();
        assertThat(waived.events()).containsExactly(RecordChanged.created("gateway waiver", id,
                "portfolio: waived by Wanda Waiver: Kept on paper"));
        assertThatThrownBy(() -> preparing().waiveItem(MET, "x", "Wanda Waiver"))
                .isInstanceOf(EpaRefusedException.class).hasMessageContaining("met already");
    }

    @Test
    void the_gateway_meeting_records_the_move_and_an_imported_one_says_so() {
        EpaRecord.Change held = preparing().holdMeeting(true, DAY, "M", "E", "A", "", "text", List.of(MET));
        assertThat(held.save()).isTrue();
        assertThat(held.events()).containsExactly(RecordChanged.updated("gateway meeting", id, "PREPARING",
                "GATEWAY on 2026-06-01"));
        assertThat(held.imported().events()).containsExactly(RecordChanged.updated("gateway meeting", id,
                "PREPARING", "GATEWAY on 2026-06-01 (imported)"));
        EpaRecord.Change earlier = EpaRecord.asTheLifecycleImplies(new ApprenticeshipId(id), EpaStage.ASSESSMENT)
                .recordEarlierMeeting(DAY, "M", "E", "A", "", "text");
        assertThat(earlier.events()).containsExactly(RecordChanged.updated("gateway meeting", id, "ASSESSMENT",
                "ASSESSMENT on 2026-06-01 (recorded afterwards)"));
    }

    @Test
    void each_signature_on_the_meeting_record_is_recorded_but_there_must_be_a_record_to_sign() {
        assertThat(atTheGateway().signMeeting(Party.EMPLOYER).events()).containsExactly(RecordChanged.updated(
                "gateway meeting", id, "", "signed by " + Party.EMPLOYER.words()));
        assertThatThrownBy(() -> preparing().signMeeting(Party.EMPLOYER)).isInstanceOf(EpaRefusedException.class)
                .hasMessageContaining("no gateway meeting record");
    }

    @Test
    void the_first_booking_moves_into_the_assessment_and_every_booking_is_recorded() {
        EpaRecord gateway = atTheGateway().storedAs(3);
        UUID booking = UUID.randomUUID();
        EpaRecord.Change first = gateway.book(passed(gateway), booking, "Observation", NOON);
        assertThat(first.save()).isTrue();
        assertThat(first.events()).containsExactly(RecordChanged.created("EPA booking", booking,
                "Observation on 2026-06-01 12:00"));
        EpaRecord.Change second = first.after().book(passed(first.after()), booking, "Interview", NOON);
        assertThat(second.save()).as("the stage stays").isFalse();
        assertThat(second.events()).hasSize(1);
    }

    @Test
    void a_result_and_a_revised_grade_are_recorded_with_the_overall_grade() {
        EpaRecord gateway = atTheGateway();
        EpaRecord booked = gateway.book(passed(gateway), UUID.randomUUID(), "Test", NOON).after();
        EpaRecord.Change result = booked.recordResult(null, passed(booked), "Test", "Fail", 1, NOON);
        assertThat(result.events()).containsExactly(RecordChanged.created("EPA result", id,
                "Test: Fail (attempt 1, sitting of " + waypoint.shared.time.GovUkDates.time(NOON) + ")"));
        EpaRecord.Change revised = result.after().reviseGrade("Pass", "Test", "Fail", "Pass");
        assertThat(revised.after().stage()).isEqualTo(EpaStage.PASSED);
        assertThat(revised.events()).containsExactly(RecordChanged.updated("EPA result", id, "Test: Fail",
                "Test: Pass (revised on appeal); overall Pass"));
    }

    @Test
    void an_appeal_is_recorded_against_its_result() {
        UUID appeal = UUID.randomUUID();
        EpaRecord passed = passedTheAssessment();
        assertThat(passed.appeal(appeal, "Test", "Pass", DAY, "FB-1").events()).containsExactly(
                RecordChanged.created("EPA appeal", appeal, "Test (Pass) on 2026-06-01, feedback FB-1"));
    }

    @Test
    void completion_its_correction_the_certificate_and_progression_are_each_recorded() {
        EpaRecord passed = passedTheAssessment();
        EpaRecord.Change completed = passed.complete(DAY, DAY.plusDays(1), DAY, passed(passed), "Pass");
        assertThat(completed.events()).containsExactly(RecordChanged.updated("EPA completion", id, "PASSED",
                "COMPLETED: Pass, achieved 2026-06-02"));
        EpaRecord done = completed.after();
        assertThat(done.correctCompletion(DAY, DAY.plusDays(3), DAY, "Cat Admin", "Typo").events()).containsExactly(
                RecordChanged.updated("EPA completion", id, "actual end 2026-06-01, achieved 2026-06-02",
                        "actual end 2026-06-01, achieved 2026-06-04; corrected by Cat Admin: Typo"));
        assertThat(done.trackCertificate(DAY, null).events()).containsExactly(RecordChanged.updated(
                "EPA certificate", id, "null", "requested 2026-06-01"));
        assertThat(done.recordProgression("PROMOTION", "", DAY).events()).containsExactly(RecordChanged.updated(
                "EPA progression", id, "null", "PROMOTION"));
    }

    @Test
    void an_imported_completion_with_its_certificate_and_progression_is_one_save_with_each_step_recorded() {
        EpaRecord passed = passedTheAssessment();
        EpaRecord.Change imported = passed.complete(DAY, DAY.plusDays(1), DAY, passed(passed), "Pass")
                .then(r -> r.trackCertificate(DAY, DAY.plusDays(5)))
                .then(r -> r.recordProgression("PROMOTION", "", DAY)).imported();
        assertThat(imported.after().progressionKind()).isEqualTo("PROMOTION");
        assertThat(imported.events()).extracting(RecordChanged::after).containsExactly(
                "COMPLETED: Pass, achieved 2026-06-02 (imported)",
                "requested 2026-06-01, received 2026-06-06 (imported)", "PROMOTION (imported)");
    }

    @Test
    void a_step_the_record_refuses_causes_no_change_and_no_event() {
        EpaRecord preparing = preparing();
        assertThatThrownBy(() -> preparing.book(passed(preparing), UUID.randomUUID(), "Test", NOON))
                .isInstanceOf(EpaRefusedException.class);
        assertThatThrownBy(() -> preparing.complete(DAY, DAY, DAY, passed(preparing), "Pass"))
                .isInstanceOf(EpaRefusedException.class);
        assertThatThrownBy(() -> preparing.holdMeeting(true, DAY, "M", "E", "A", "", "text", List.of(NOT_MET)))
                .isInstanceOf(EpaRefusedException.class);
        assertThatThrownBy(() -> preparing.trackCertificate(DAY, null)).isInstanceOf(EpaRefusedException.class);
        assertThatThrownBy(() -> preparing.appeal(UUID.randomUUID(), "Test", "Fail", DAY, "FB-1"))
                .isInstanceOf(EpaRefusedException.class);
    }
}
